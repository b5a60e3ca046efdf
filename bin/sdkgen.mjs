#!/usr/bin/env node
// Entry point of the sdkgen CLI. Installed from npm it runs the compiled dist/; in the sdkgen
// repository (where generator/cli.ts exists) it runs the TypeScript sources through tsx, so
// tests and `npm run generate` never see a stale build. SDKGEN_DIST=1 forces dist/ there too.
import { existsSync } from 'node:fs';

const sources = new URL('../generator/cli.ts', import.meta.url);
let main;
if (process.env.SDKGEN_DIST !== '1' && existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(sources.href));
} else {
  ({ main } = await import('../dist/cli.js'));
}
process.exitCode = await main(process.argv.slice(2));

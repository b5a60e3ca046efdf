/**
 * The helper layer keeps zod optional: importing the built package root (ESM and CommonJS)
 * and using the stream helpers loads no zod module; `<pkg>/helpers/zod` does. Each case runs
 * in a fresh Node process whose module hooks report every zod module resolved.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './package.js';

const run = promisify(execFile);
const hooks = `export async function resolve(s, c, next) { const r = await next(s, c); if (/node_modules\\/zod\\//.test(r.url)) console.log('ZOD ' + r.url); return r; }`;
const register = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`;

/** Runs `code` as an ES module in a fresh Node, with the hooks; returns its output lines. */
async function node(code: string): Promise<string[]> {
  const dist = join(PACKAGE_DIR, 'dist');
  if (!existsSync(join(dist, 'esm', 'lib', 'index.js'))) throw new Error(`${dist} has no helper layer: run \`npm run generate\`.`);
  const args = ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', code];
  const { stdout } = await run(process.execPath, args, { cwd: PACKAGE_DIR, timeout: 60_000 });
  return stdout.trim().split('\n');
}

describe('zod stays optional', () => {
  it.each([
    {
      why: 'ESM root, stream helper created',
      code: `const m = await import('./dist/esm/index.js'); new m.default({ apiKey: 'k' }).chat.completions.stream({ model: 'm', messages: [] }).on('error', () => {}); console.log(typeof m.ChatCompletionStream);`,
      zod: false,
    },
    {
      why: 'CommonJS root',
      code: `import { createRequire } from 'node:module'; const m = createRequire(process.cwd() + '/')('./dist/cjs/index.js'); console.log(typeof m.ResponseStream);`,
      zod: false,
    },
    { why: 'the helpers/zod subpath', code: `const h = await import('./dist/esm/lib/helpers/zod.js'); console.log(typeof h.zodResponseFormat);`, zod: true },
  ])('$why', async ({ code, zod }) => {
    const lines = await node(code);
    expect(lines).toContain('function');
    expect(lines.some((l) => l.startsWith('ZOD '))).toBe(zod);
  });
});

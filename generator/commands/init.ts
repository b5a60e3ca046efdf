import { relative } from 'node:path';
import type { Command } from '../cli.js';
import { SdkgenError } from '../errors.js';
import { INIT_FORMATS, initProject, type InitFormat, type InitOptions } from '../project/init.js';

const USAGE = 'sdkgen init SPEC|URL [--output DIR] [--name PKG] [--format ts|mjs|json|yaml] [--force]';

function bad(message: string, expected = USAGE): never {
  throw new SdkgenError({ level: 'error', stage: 'config', message, expected });
}

/** Parses `SPEC [--output DIR] [--name PKG] [--format F] [--force]`. */
export function parseInitArgs(args: string[]): InitOptions {
  const positional: string[] = [];
  const out: Partial<InitOptions> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--force') out.force = true;
    else if (['--output', '--name', '--format'].includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) bad(`${arg} needs a value`);
      if (arg === '--format' && !(INIT_FORMATS as readonly string[]).includes(value))
        bad(`unknown --format "${value}"`, `one of ${INIT_FORMATS.join(', ')}`);
      if (arg === '--format') out.format = value as InitFormat;
      else out[arg.slice(2) as 'output' | 'name'] = value;
    } else if (arg.startsWith('-')) bad(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  if (positional.length !== 1) bad(positional.length === 0 ? 'no spec given' : 'more than one spec given');
  return { ...out, input: positional[0]! };
}

/** `sdkgen init SPEC`: checks the spec loads, writes a starter config, says what to run next. */
export const init: Command = async (args) => {
  const { file, operations } = await initProject(parseInitArgs(args));
  console.log(`wrote ${relative(process.cwd(), file) || file} (the spec loads: ${operations} operations)`);
  console.log('next: npx sdkgen generate   (and in CI: npx sdkgen generate --check)');
  return 0;
};

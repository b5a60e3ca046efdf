import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import type { CustomSection } from '../../config/types.js';
import { SdkgenError } from '../../errors.js';
import { join as pointerJoin } from '../../util/pointer.js';
import { compareStrings } from '../../util/sort.js';

/** The config's `custom:` section as the emitter reads it: `dir` absolute, the config file for messages. */
export type CustomSettings = CustomSection & { configFile?: string };

/** One hand-written module: its path under `dir` (`helpers/zod.ts`), its file on disk, its text. */
export interface CustomModule {
  rel: string;
  file: string;
  text: string;
}

/** Where a custom module goes in the package: `helpers/zod.ts` → `src/lib/helpers/zod.ts`. */
export const packagePath = (rel: string): string => `src/lib/${rel}`;

/** A config-stage error at `#/custom/...` of the SDK config. */
export function customError(custom: CustomSettings, tokens: string[], message: string, expected: string): SdkgenError {
  return new SdkgenError({
    level: 'error',
    stage: 'config',
    ...(custom.configFile ? { file: custom.configFile } : {}),
    pointer: pointerJoin('#/custom', ...tokens),
    message,
    expected,
  });
}

function listTs(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort(compareStrings)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) listTs(full, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
}

/** Every `.ts` under `custom.dir` (tests and declaration files left out), sorted by path. */
export function readModules(custom: CustomSettings): CustomModule[] {
  if (!existsSync(custom.dir) || !statSync(custom.dir).isDirectory()) {
    throw customError(custom, ['dir'], `the custom code folder ${custom.dir} does not exist`, 'a folder relative to the SDK config file');
  }
  const files: string[] = [];
  listTs(custom.dir, files);
  return files.map((file) => ({ rel: relative(custom.dir, file).split(sep).join('/'), file, text: readFileSync(file, 'utf8') }));
}

/** The first line of a copied module: where it comes from (relative to the config's folder). */
export function copiedHeader(custom: CustomSettings, module: CustomModule): string {
  const from = custom.configFile ? relative(dirname(custom.configFile), module.file).split(sep).join('/') : module.rel;
  return `// Copied by sdkgen from ${from}: edit that file, not this one.\n`;
}

/** Checks that `module` (a path under `dir`, no extension) is one of the modules; names the config key if not. */
export function requireModule(custom: CustomSettings, modules: CustomModule[], module: string, tokens: string[]): void {
  if (modules.some((m) => m.rel === `${module}.ts`)) return;
  const known = modules.map((m) => `"${m.rel.replace(/\.ts$/, '')}"`).slice(0, 12);
  throw customError(
    custom,
    tokens,
    `"${module}" is not a module under ${custom.dir}`,
    known.length ? `one of ${known.join(', ')}` : 'a .ts file under the custom code folder',
  );
}

/** A markdown file under `dir` (`readme:` / `api:`), or an error naming the config key. */
export function readMarkdown(custom: CustomSettings, key: 'readme' | 'api'): string | undefined {
  const name = custom[key];
  if (name === undefined) return undefined;
  const file = posix.normalize(name);
  const full = join(custom.dir, file);
  if (file.startsWith('..') || !existsSync(full)) {
    throw customError(custom, [key], `the markdown file "${name}" is not under ${custom.dir}`, 'a markdown file under the custom code folder');
  }
  return readFileSync(full, 'utf8');
}

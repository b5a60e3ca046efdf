import { join } from 'node:path';

/**
 * Where sdkgen's own files are, the same from the TypeScript sources (`generator/paths.ts`, run
 * through tsx in this repository) and from the compiled package (`dist/paths.js`, installed from
 * npm). Both folders sit one level below the package root, and `dist/` mirrors `generator/`
 * file for file, so every path below is found from here whichever of the two is running.
 * Nothing else in the generator joins `import.meta.dirname` with `..` to reach the root.
 */

/** The sdkgen package root: `package.json`, `bin/`, `templates/`, `.cache/`. */
export const PACKAGE_ROOT = join(import.meta.dirname, '..');

/** The folder of the running generator modules: `generator/` (sources) or `dist/` (compiled). */
export const GENERATOR_DIR = import.meta.dirname;

/** Extension of the running generator modules: `.ts` from the sources, `.js` compiled. */
export const MODULE_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** Handlebars templates of the emitters. */
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');

/** The hand-written runtime copied into every generated package. */
export const RUNTIME_DIR = join(TEMPLATES_DIR, 'runtime');

/** The CLI entry (`sdkgen`), for commands that run another sdkgen process. */
export const BIN = join(PACKAGE_ROOT, 'bin', 'sdkgen.mjs');

/** `.cache/<kind>` of the package: emit and declaration caches. */
export function packageCacheDir(...kind: string[]): string {
  return join(PACKAGE_ROOT, '.cache', ...kind);
}

/**
 * A generator module by its path under `generator/` without extension, e.g. `emit/zod/index`:
 * the `.ts` source or the compiled `.js`, whichever is running.
 */
export function generatorModule(path: string): string {
  return join(GENERATOR_DIR, `${path}${MODULE_EXT}`);
}

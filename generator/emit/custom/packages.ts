import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../../paths.js';
import type { CustomModule } from './modules.js';

/** Every module specifier in import/export-from statements and `import()` calls, type-only ones included. */
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/gm;

/** The packages the custom modules import (`zod` for `zod/v4`, `@scope/x` for `@scope/x/y`), Node built-ins left out. */
export function importedPackages(modules: CustomModule[]): string[] {
  const names = new Set<string>();
  for (const m of modules) {
    for (const match of m.text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return [...names].sort();
}

/** The `node_modules/<name>` folder Node's lookup finds from `from` upwards, if any. */
function lookup(from: string, name: string): string | undefined {
  for (let dir = from.replace(/\/+$/, ''); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where custom code's `import … from '<name>'` finds its package for a package generated in
 * `outDir`: the copy a `node_modules` from `outDir` upwards holds (the user's), else sdkgen's own
 * (a package generated outside any `node_modules` tree); undefined when neither has it.
 * `fromUser` tells which.
 */
export function packageFor(outDir: string, name: string): { dir: string; fromUser: boolean } | undefined {
  const user = lookup(outDir, name);
  if (user) return { dir: user, fromUser: true };
  const own = lookup(PACKAGE_ROOT, name);
  return own ? { dir: own, fromUser: false } : undefined;
}

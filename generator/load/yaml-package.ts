import { createRequire } from 'node:module';

/**
 * The `yaml` package, loaded on first use: most specs are read by `yaml-fast.ts` alone, and
 * lines are found by a full parse only when the fast lookup cannot (`lines.ts`).
 */
export function yamlPackage(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

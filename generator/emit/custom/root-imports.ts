import { posix } from 'node:path';
import { SdkgenError } from '../../errors.js';
import type { Diagnostic } from '../../ir/types.js';
import type { CustomModule } from './modules.js';

/** Value imports and re-exports (`import type` / `export type` are erased and left out). */
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The specifiers a module loads at run time, with their 1-based line. */
export function valueImports(text: string): { specifier: string; line: number }[] {
  const out: { specifier: string; line: number }[] = [];
  for (const m of text.matchAll(VALUE_IMPORT)) {
    const at = m.index + m[0].search(/\S/);
    const line = text.slice(0, at).split('\n').length;
    out.push({ specifier: m[1]!, line });
  }
  return out;
}

/**
 * The package has no dependencies: modules loaded by the package root (the `index:` module and
 * custom resource classes, and what they import from the custom folder) may not load another
 * package (`zod`), or every user would need it. Such imports belong in modules reached only
 * through a subpath export. Node built-ins (`node:`) are allowed.
 */
export function checkRootImports(modules: CustomModule[], rootModules: string[]): void {
  const byRel = new Map(modules.map((m) => [m.rel, m]));
  const seen = new Set<string>();
  const queue = rootModules.map((r) => `${r}.ts`);
  const found: Diagnostic[] = [];
  while (queue.length > 0) {
    const rel = queue.pop()!;
    const module = byRel.get(rel);
    if (!module || seen.has(rel)) continue;
    seen.add(rel);
    for (const { specifier, line } of valueImports(module.text)) {
      if (specifier.startsWith('.')) {
        queue.push(posix.normalize(posix.join(posix.dirname(rel), specifier)).replace(/\.js$/, '.ts'));
      } else if (!specifier.startsWith('node:')) {
        found.push({
          level: 'error',
          stage: 'emit',
          file: module.file,
          line,
          message: `imports "${specifier}", but this module is loaded by the package root, so every user would need "${specifier}"`,
          expected: `"${specifier}" imported only from modules reached through a subpath export (\`custom.exports\`), or with \`import type\``,
        });
      }
    }
  }
  if (found.length > 0) throw new SdkgenError(found);
}

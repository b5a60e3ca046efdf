import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Every `.ts` file under `dir`, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? tsFiles(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Points the new package at the old package's runtime folder (`src/core`): every relative import
 * into the new runtime is rewritten to the old one and the new copy is deleted. The runtime is
 * copied verbatim into each package, but classes with private fields (`APIPromise`) are nominal,
 * so two copies would never be assignable; one copy makes the types comparable.
 */
export function shareRuntime(oldRoot: string, newRoot: string, runtime = join('src', 'core')): void {
  const oldCore = resolve(oldRoot, runtime);
  const newCore = resolve(newRoot, runtime);
  for (const file of tsFiles(join(newRoot, 'src'))) {
    if (file.startsWith(newCore + sep)) continue;
    const text = readFileSync(file, 'utf8');
    const next = text.replace(
      /(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g,
      (all, lead: string, q: string, spec: string) => {
        const target = resolve(dirname(file), spec);
        if (target !== newCore && !target.startsWith(newCore + sep)) return all;
        const moved = relative(dirname(file), join(oldCore, relative(newCore, target)))
          .split(sep)
          .join('/');
        return `${lead}${q}${moved.startsWith('.') ? moved : `./${moved}`}${q}`;
      },
    );
    if (next !== text) writeFileSync(file, next);
  }
  rmSync(newCore, { recursive: true, force: true });
}

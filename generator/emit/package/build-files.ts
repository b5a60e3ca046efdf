import { resolve } from 'node:path';
import type { GeneratedFile } from '../types.js';
import { nativeBuild } from './native.js';

/** `src/core/client.ts` → `core/client` (the key of a declaration in the output). */
export const rel = (file: GeneratedFile): string => file.path.replace(/^src\//, '').replace(/\.ts$/, '');

/**
 * Declarations of the modules oxc could not declare from their own text (an export without the
 * type annotation `isolatedDeclarations` asks for): through a TypeScript program without type
 * checking (`declarations.ts`). TypeScript is loaded only when some module needs it.
 */
async function fallbackDeclarations(sources: GeneratedFile[], wanted: GeneratedFile[], pkgDir: string): Promise<Map<string, string>> {
  const { programDeclarations, ESM_OPTIONS } = await import('./declarations.js');
  const out = new Map<string, string>();
  const runtime = wanted.filter((f) => f.path.startsWith('src/core/'));
  const rest = wanted.filter((f) => !f.path.startsWith('src/core/'));
  for (const group of [runtime, rest]) {
    if (group.length > 0) for (const [k, v] of programDeclarations(sources, group, ESM_OPTIONS(), pkgDir)) out.set(k, v);
  }
  return out;
}

/**
 * ESM under `dist/esm`, CommonJS under `dist/cjs`, each with `.d.ts` beside the `.js` (one
 * declaration for both: it does not depend on the module format). JavaScript and declarations
 * come from native transformers in one pass (`native.ts`: no type checking; `tsc --strict` over
 * the package and consumers type-checked against these declarations are tests, not build steps).
 */
export async function buildFiles(sources: GeneratedFile[], pkgDir: string): Promise<GeneratedFile[]> {
  const ts = sources.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  const built = await nativeBuild(ts);
  const undeclared = ts.filter((f) => built.get(f.path)!.dts === undefined);
  const fallback = undeclared.length > 0 ? await fallbackDeclarations(sources, undeclared, resolve(pkgDir)) : new Map<string, string>();
  const out: GeneratedFile[] = [
    { path: 'dist/esm/package.json', contents: '{ "type": "module" }\n' },
    { path: 'dist/cjs/package.json', contents: '{ "type": "commonjs" }\n' },
  ];
  for (const file of ts) {
    const name = rel(file);
    const m = built.get(file.path)!;
    const d = m.dts ?? fallback.get(name) ?? 'export {};\n';
    out.push({ path: `dist/esm/${name}.js`, contents: m.esm }, { path: `dist/esm/${name}.d.ts`, contents: d });
    out.push({ path: `dist/cjs/${name}.js`, contents: m.cjs }, { path: `dist/cjs/${name}.d.ts`, contents: d });
  }
  return out;
}

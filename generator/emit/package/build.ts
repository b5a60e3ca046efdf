import { resolve } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../types.js';
import { cacheKey, emitCacheDir, TextCache } from '../cache.js';
import { sharedPool } from '../work/shared.js';
import { declarations, rel } from './declarations.js';

const BASE: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  skipLibCheck: true,
  isolatedModules: true,
  declaration: true,
  types: [],
};
const ESM = { ...BASE, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
const CJS = { ...BASE, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 };
const CJS_EMPTY = '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n';

const jsCache = new TextCache(emitCacheDir('js'));

/**
 * JavaScript of every file in one module format: cache hits at once, the misses transpiled on
 * the worker pool, all posted up front so the workers run while the main thread makes the
 * declarations.
 */
function javascript(files: GeneratedFile[], options: ts.CompilerOptions): Promise<string[]> {
  const kind = options === CJS ? 'cjs' : 'esm';
  const out: string[] = [];
  const misses: { index: number; key: string; file: GeneratedFile }[] = [];
  for (const file of files) {
    if (file.typesOnly) {
      out.push(options === CJS ? CJS_EMPTY : 'export {};\n');
      continue;
    }
    const key = cacheKey(['js-v1', ts.version, kind, file.path, file.contents]);
    const hit = jsCache.get(key);
    if (hit === undefined) misses.push({ index: out.length, key, file });
    out.push(hit ?? '');
  }
  if (misses.length === 0) return Promise.resolve(out);
  const jobs = misses.map(({ file }) => ({ kind: 'js' as const, source: file.contents, fileName: file.path, options }));
  return sharedPool()
    .runAll(jobs, true)
    .then((texts) => {
      misses.forEach(({ index, key }, i) => {
        out[index] = texts[i]!;
        jsCache.set(key, texts[i]!);
      });
      jsCache.prune();
      return out;
    });
}

/**
 * ESM under `dist/esm`, CommonJS under `dist/cjs`, each with `.d.ts` beside the `.js`.
 * JavaScript comes from `transpileModule` per file on the worker pool (no type checking:
 * `tsc --strict` over the package is a test, not a build step).
 */
export async function buildPackage(sources: GeneratedFile[], pkgDir: string): Promise<GeneratedFile[]> {
  const ts_ = sources.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  const js = Promise.all([javascript(ts_, ESM), javascript(ts_, CJS)]);
  js.catch(() => {}); // awaited below; a failure must not surface as unhandled meanwhile
  const dts = declarations(ts_, ESM, resolve(pkgDir));
  const [esm, cjs] = await js;
  const out: GeneratedFile[] = [
    { path: 'dist/esm/package.json', contents: '{ "type": "module" }\n' },
    { path: 'dist/cjs/package.json', contents: '{ "type": "commonjs" }\n' },
  ];
  ts_.forEach((file, i) => {
    const name = rel(file);
    const d = dts.get(name) ?? 'export {};\n';
    out.push({ path: `dist/esm/${name}.js`, contents: esm[i]! }, { path: `dist/esm/${name}.d.ts`, contents: d });
    out.push({ path: `dist/cjs/${name}.js`, contents: cjs[i]! }, { path: `dist/cjs/${name}.d.ts`, contents: d });
  });
  return out;
}

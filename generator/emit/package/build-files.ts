import { resolve } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../types.js';
import { cacheKey, emitCacheDir, TextCache } from '../cache.js';
import { declarations, rel } from './declarations.js';
import { transpileAll } from './transpile.js';

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

/** JavaScript of every file in one module format, by path: cache hits, then the misses in one batch. */
function javascript(files: GeneratedFile[], options: ts.CompilerOptions): Map<string, string> {
  const kind = options === CJS ? 'cjs' : 'esm';
  const out = new Map<string, string>();
  const misses: { file: GeneratedFile; key: string }[] = [];
  for (const file of files) {
    if (file.typesOnly) {
      out.set(file.path, options === CJS ? CJS_EMPTY : 'export {};\n');
      continue;
    }
    const key = cacheKey(['js-v1', ts.version, kind, file.path, file.contents]);
    const hit = jsCache.get(key);
    if (hit !== undefined) out.set(file.path, hit);
    else misses.push({ file, key });
  }
  const made = transpileAll(misses.map((m) => m.file), options);
  for (const { file, key } of misses) {
    const js = made.get(file.path) ?? ts.transpileModule(file.contents, { compilerOptions: options, fileName: file.path }).outputText;
    jsCache.set(key, js);
    out.set(file.path, js);
  }
  jsCache.prune();
  return out;
}

/**
 * ESM under `dist/esm`, CommonJS under `dist/cjs`, each with `.d.ts` beside the `.js`.
 * JavaScript is made per file as `transpileModule` makes it, in one batch per module format
 * (`transpile.ts`; no type checking: `tsc --strict` over the package is a test, not a build
 * step), on the main thread: in a worker, loading and warming up
 * TypeScript a second time cost more CPU (~2.5 s for OpenAI) than running beside the
 * declarations saved.
 */
export function buildFiles(sources: GeneratedFile[], pkgDir: string): GeneratedFile[] {
  const ts_ = sources.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  const dts = declarations(ts_, ESM, resolve(pkgDir));
  const esm = javascript(ts_, ESM);
  const cjs = javascript(ts_, CJS);
  const out: GeneratedFile[] = [
    { path: 'dist/esm/package.json', contents: '{ "type": "module" }\n' },
    { path: 'dist/cjs/package.json', contents: '{ "type": "commonjs" }\n' },
  ];
  for (const file of ts_) {
    const name = rel(file);
    const d = dts.get(name) ?? 'export {};\n';
    out.push({ path: `dist/esm/${name}.js`, contents: esm.get(file.path)! }, { path: `dist/esm/${name}.d.ts`, contents: d });
    out.push({ path: `dist/cjs/${name}.js`, contents: cjs.get(file.path)! }, { path: `dist/cjs/${name}.d.ts`, contents: d });
  }
  return out;
}

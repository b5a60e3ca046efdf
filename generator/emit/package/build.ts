import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../types.js';

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

const CACHE_DIR = join(import.meta.dirname, '..', '..', '..', '.cache', 'dts');

const rel = (file: GeneratedFile) => file.path.replace(/^src\//, '').replace(/\.ts$/, '');

/**
 * Declarations, once for both formats (a `.d.ts` does not depend on the module format).
 * `transpileDeclaration` handles each file alone; files it cannot (types inferred from
 * expressions) go through one program that skips type checking (`noCheck`).
 */
function declarations(sources: GeneratedFile[], pkgDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const rest: GeneratedFile[] = [];
  for (const file of sources) {
    if (file.typesOnly) {
      out.set(rel(file), file.contents);
      continue;
    }
    const dts = ts.transpileDeclaration(file.contents, { compilerOptions: ESM, fileName: file.path, reportDiagnostics: true });
    if (dts.diagnostics && dts.diagnostics.length > 0) rest.push(file);
    else out.set(rel(file), dts.outputText);
  }
  if (rest.length > 0) programDeclarations(sources, rest, out, pkgDir);
  return out;
}

/**
 * The program is rooted at the package's real output folder, so bare imports (`zod`) resolve
 * the way they will for the package's users. Results are cached on disk by content hash: the
 * hand-written runtime is the same on every run.
 */
function programDeclarations(all: GeneratedFile[], wanted: GeneratedFile[], out: Map<string, string>, pkgDir: string): void {
  const key = createHash('sha256').update(ts.version);
  for (const f of all) key.update(f.path).update('\0').update(f.contents).update('\0');
  for (const f of wanted) key.update(f.path);
  const cacheFile = join(CACHE_DIR, `${key.digest('hex')}.json`);
  if (existsSync(cacheFile)) {
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>)) out.set(k, v);
    return;
  }
  const emitted: Record<string, string> = {};
  const root = pkgDir.replace(/\/+$/, '') + '/';
  const byPath = new Map(all.map((f) => [root + f.path, f.contents]));
  const options: ts.CompilerOptions = { ...ESM, noCheck: true, emitDeclarationOnly: true, rootDir: root + 'src', outDir: root + 'out' };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (p) => byPath.get(p) ?? read(p);
  host.fileExists = (p) => byPath.has(p) || exists(p);
  host.getSourceFile = (p, lang) => {
    const text = byPath.get(p);
    return text !== undefined ? ts.createSourceFile(p, text, lang, true) : getSourceFile(p, lang);
  };
  const wantedPaths = new Set(wanted.map((f) => root + f.path));
  const program = ts.createProgram({ rootNames: [...wantedPaths], options, host });
  for (const sf of program.getSourceFiles()) {
    if (!wantedPaths.has(sf.fileName)) continue;
    program.emit(sf, (fileName, text) => (emitted[fileName.slice((root + 'out/').length).replace(/\.d\.ts$/, '')] = text), undefined, true);
  }
  for (const [k, v] of Object.entries(emitted)) out.set(k, v);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(emitted));
}

function javascript(file: GeneratedFile, options: ts.CompilerOptions): string {
  if (file.typesOnly) return options === CJS ? CJS_EMPTY : 'export {};\n';
  return ts.transpileModule(file.contents, { compilerOptions: options, fileName: file.path }).outputText;
}

/** ESM under `dist/esm`, CommonJS under `dist/cjs`, each with `.d.ts` beside the `.js`. */
export function buildPackage(sources: GeneratedFile[], pkgDir: string): GeneratedFile[] {
  const ts_ = sources.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  const dts = declarations(ts_, resolve(pkgDir));
  const out: GeneratedFile[] = [
    { path: 'dist/esm/package.json', contents: '{ "type": "module" }\n' },
    { path: 'dist/cjs/package.json', contents: '{ "type": "commonjs" }\n' },
  ];
  for (const file of ts_) {
    const name = rel(file);
    const d = dts.get(name) ?? 'export {};\n';
    out.push({ path: `dist/esm/${name}.js`, contents: javascript(file, ESM) }, { path: `dist/esm/${name}.d.ts`, contents: d });
    out.push({ path: `dist/cjs/${name}.js`, contents: javascript(file, CJS) }, { path: `dist/cjs/${name}.d.ts`, contents: d });
  }
  return out;
}

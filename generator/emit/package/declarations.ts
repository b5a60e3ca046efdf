import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { packageCacheDir } from '../../paths.js';
import type { GeneratedFile } from '../types.js';

const CACHE_DIR = packageCacheDir('dts');

/** The options of the package's declarations (those of its ESM build; a `.d.ts` is the same for CommonJS). */
export const ESM_OPTIONS = (): ts.CompilerOptions => ({
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  skipLibCheck: true,
  isolatedModules: true,
  declaration: true,
  types: [],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
});

/** The file and every package file it imports (relative specifiers), transitively. */
function closure(start: GeneratedFile[], byPath: Map<string, GeneratedFile>): GeneratedFile[] {
  const seen = new Map<string, GeneratedFile>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file.path)) continue;
    seen.set(file.path, file);
    for (const m of file.contents.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
      const target = posix.join(posix.dirname(file.path), m[1]!.replace(/\.js$/, '.ts'));
      const next = byPath.get(target);
      if (next) queue.push(next);
    }
  }
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Declarations through one program that skips type checking (`noCheck`), rooted at the
 * package's real folder so bare imports (`zod`) resolve as they will for users: the fallback for
 * modules that are not `isolatedDeclarations`-clean (`build-files.ts`), and the oracle the tests
 * compare the native declarations with. Cached on disk by the content of the files involved
 * (neither read nor written under `SDKGEN_NO_CACHE=1`).
 */
export function programDeclarations(all: GeneratedFile[], wanted: GeneratedFile[], options: ts.CompilerOptions, pkgDir: string): Map<string, string> {
  const byPath = new Map(all.map((f) => [f.path, f]));
  const involved = closure(wanted, byPath);
  const key = createHash('sha256').update('program-dts-v2').update(ts.version).update(pkgDir);
  for (const f of involved) key.update(f.path).update('\0').update(f.contents).update('\0');
  for (const f of wanted) key.update('>').update(f.path);
  const cacheFile = join(CACHE_DIR, `${key.digest('hex')}.json`);
  const out = new Map<string, string>();
  const useCache = process.env.SDKGEN_NO_CACHE !== '1';
  if (useCache && existsSync(cacheFile)) {
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>)) out.set(k, v);
    return out;
  }
  const root = pkgDir.replace(/\/+$/, '') + '/';
  const texts = new Map(involved.map((f) => [root + f.path, f.contents]));
  const opts: ts.CompilerOptions = { ...options, noCheck: true, emitDeclarationOnly: true, rootDir: root + 'src', outDir: root + 'out' };
  const host = ts.createCompilerHost(opts);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (p) => texts.get(p) ?? read(p);
  host.fileExists = (p) => texts.has(p) || exists(p);
  // Module resolution asks whether a folder exists before it looks for files in it: the folders
  // of the in-memory files must exist too, or a first build into a new folder resolves nothing
  // (declarations fall back to `any`) while a rebuild over an old package resolves from disk.
  const dirs = new Set<string>();
  for (const p of texts.keys()) for (let d = posix.dirname(p); d.length > 1 && !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  const dirExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) => dirs.has(d.replace(/\/+$/, '')) || (dirExists ? dirExists(d) : false);
  host.getSourceFile = (p, lang) => {
    const text = texts.get(p);
    return text !== undefined ? ts.createSourceFile(p, text, lang, true) : getSourceFile(p, lang);
  };
  const wantedPaths = new Set(wanted.map((f) => root + f.path));
  const program = ts.createProgram({ rootNames: [...wantedPaths], options: opts, host });
  for (const sf of program.getSourceFiles()) {
    if (!wantedPaths.has(sf.fileName)) continue;
    program.emit(sf, (name, text) => out.set(name.slice((root + 'out/').length).replace(/\.d\.ts$/, ''), text), undefined, true);
  }
  if (useCache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(out)));
  }
  return out;
}

import { createRequire } from 'node:module';
import { join, posix, resolve } from 'node:path';
import type ts from 'typescript';
import { SdkgenError } from '../../errors.js';
import type { Diagnostic } from '../../ir/types.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { cacheKey, emitCacheDir, TextCache } from '../cache.js';
import type { GeneratedFile } from '../types.js';
import { packagePath, type CustomModule } from './modules.js';

/** Programs that passed, by the hash of every source they could read: a warm regeneration skips TypeScript. */
const passed = new TextCache(emitCacheDir('custom-check'), 200);

/** TypeScript, loaded by the first check: generating a package without custom code never loads it (~1 s CPU). */
let typescript: typeof ts | undefined;
const loadTypeScript = (): typeof ts => (typescript ??= createRequire(import.meta.url)('typescript') as typeof ts);

/**
 * The generated package's options (strict, ESM with bundler resolution), plus
 * `isolatedDeclarations`: custom modules are built like generated ones, declarations per file.
 */
const options = (tsc: typeof ts): ts.CompilerOptions => ({
  target: tsc.ScriptTarget.ES2022,
  module: tsc.ModuleKind.ESNext,
  moduleResolution: tsc.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  skipLibCheck: true,
  isolatedModules: true,
  declaration: true,
  isolatedDeclarations: true,
  noEmit: true,
});

/**
 * Type-checks the custom modules (their own text, so lines match the files the user edits)
 * against the package's other sources, held in memory under `pkgDir` so bare imports (`zod`)
 * resolve as they will for users. Only the custom files are checked; the generated and runtime
 * modules are read for their types (and only those the custom code reaches are parsed). Any
 * error is an `SdkgenError` naming the custom file, line and TypeScript's message.
 */
export function checkCustomModules(sources: GeneratedFile[], modules: CustomModule[], pkgDir: string): void {
  if (modules.length === 0) return;
  const tsc = loadTypeScript();
  const OPTIONS = options(tsc);
  const root = resolve(pkgDir).replace(/\/+$/, '') + '/';
  const texts = new Map<string, string>();
  for (const f of sources) if (f.path.startsWith('src/') && f.path.endsWith('.ts')) texts.set(root + f.path, f.contents);
  const byPath = new Map<string, CustomModule>();
  for (const m of modules) {
    texts.set(root + packagePath(m.rel), m.text);
    byPath.set(root + packagePath(m.rel), m);
  }
  const parts = ['custom-check-v1', tsc.version, root];
  for (const [p, t] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) parts.push(p, t);
  const key = cacheKey(parts);
  if (passed.get(key) !== undefined) return;

  const host = tsc.createCompilerHost(OPTIONS);
  const src = root + 'src/';
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const dirExists = host.directoryExists?.bind(host);
  // Under src/ only the sources in memory exist (an older package on disk must not answer).
  host.fileExists = (p) => texts.has(p) || (!p.startsWith(src) && fileExists(p));
  host.readFile = (p) => texts.get(p) ?? (p.startsWith(src) ? undefined : readFile(p));
  const dirs = new Set<string>();
  for (const p of texts.keys()) for (let d = posix.dirname(p); d.length > 1 && !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  host.directoryExists = (d) => dirs.has(d.replace(/\/+$/, '')) || (!d.startsWith(src) && (dirExists ? dirExists(d) : true));
  host.getSourceFile = (p, lang) => {
    const text = texts.get(p);
    if (text !== undefined) return tsc.createSourceFile(p, text, lang, true);
    return p.startsWith(src) ? undefined : getSourceFile(p, lang);
  };
  // A bare import (`zod`, an optional peer) the package's folder cannot resolve (a package
  // generated outside any node_modules tree) is resolved from sdkgen's own folder instead.
  const fallback = join(PACKAGE_ROOT, 'package.json');
  host.resolveModuleNames = (names, containing) =>
    names.map((name) => {
      const found = tsc.resolveModuleName(name, containing, OPTIONS, host).resolvedModule;
      if (found || name.startsWith('.')) return found;
      return tsc.resolveModuleName(name, fallback, OPTIONS, host).resolvedModule;
    });
  const program = tsc.createProgram({ rootNames: [...byPath.keys()], options: OPTIONS, host });
  const found: Diagnostic[] = [];
  for (const [path, module] of byPath) {
    const sf = program.getSourceFile(path);
    if (!sf) continue;
    const list = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    if (list.length === 0) list.push(...program.getDeclarationDiagnostics(sf));
    for (const d of list) found.push(toDiagnostic(tsc, d, module));
  }
  if (found.length > 0) throw new SdkgenError(found);
  passed.set(key, 'ok');
  passed.prune();
}

function toDiagnostic(tsc: typeof ts, d: ts.Diagnostic, module: CustomModule): Diagnostic {
  const out: Diagnostic = {
    level: 'error',
    stage: 'emit',
    file: module.file,
    message: tsc.flattenDiagnosticMessageText(d.messageText, ' ').replace(/\s+/g, ' ').trim(),
    expected: `custom code that type-checks against the package generated from this spec (TS${d.code})`,
  };
  if (d.file && d.start !== undefined) out.line = d.file.getLineAndCharacterOfPosition(d.start).line + 1;
  return out;
}

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

/** Builds for one module format: JS by `transpileModule`, declarations by `transpileDeclaration`. */
function buildFormat(sources: GeneratedFile[], module: ts.ModuleKind, outDir: string): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  const needProgram: GeneratedFile[] = [];
  const options = { ...BASE, module, moduleResolution: ts.ModuleResolutionKind.Bundler };
  if (module === ts.ModuleKind.CommonJS) options.moduleResolution = ts.ModuleResolutionKind.Node10;
  for (const file of sources) {
    const rel = file.path.replace(/^src\//, '').replace(/\.ts$/, '');
    const js = ts.transpileModule(file.contents, { compilerOptions: options, fileName: file.path });
    out.push({ path: `${outDir}/${rel}.js`, contents: js.outputText });
    const dts = ts.transpileDeclaration(file.contents, { compilerOptions: options, fileName: file.path, reportDiagnostics: true });
    if (dts.diagnostics && dts.diagnostics.length > 0) needProgram.push(file);
    else out.push({ path: `${outDir}/${rel}.d.ts`, contents: dts.outputText });
  }
  if (needProgram.length > 0) out.push(...programDeclarations(sources, needProgram, options, outDir));
  return out;
}

/**
 * Declarations for files `transpileDeclaration` cannot do alone (inferred types in the
 * hand-written runtime): a checked program over all sources, emitting only those files.
 */
function programDeclarations(all: GeneratedFile[], wanted: GeneratedFile[], options: ts.CompilerOptions, outDir: string): GeneratedFile[] {
  const root = '/__pkg__/';
  const byPath = new Map(all.map((f) => [root + f.path, f.contents]));
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (p) => byPath.get(p) ?? read(p);
  host.fileExists = (p) => byPath.has(p) || exists(p);
  host.getSourceFile = ((get) => (p: string, lang: ts.ScriptTarget) => {
    const text = byPath.get(p);
    return text !== undefined ? ts.createSourceFile(p, text, lang, true) : get(p, lang);
  })(host.getSourceFile.bind(host));
  const out: GeneratedFile[] = [];
  const wantedPaths = new Set(wanted.map((f) => root + f.path));
  const program = ts.createProgram({
    rootNames: [...wantedPaths],
    options: { ...options, emitDeclarationOnly: true, noEmit: false, rootDir: root + 'src', outDir: root + 'out' },
    host,
  });
  for (const sf of program.getSourceFiles()) {
    if (!wantedPaths.has(sf.fileName)) continue;
    program.emit(sf, (fileName, text) => {
      const rel = fileName.slice((root + 'out/').length);
      out.push({ path: `${outDir}/${rel}`, contents: text });
    }, undefined, true);
  }
  return out;
}

/** ESM under `dist/esm`, CommonJS under `dist/cjs`, each with `.d.ts` beside the `.js`. */
export function buildPackage(sources: GeneratedFile[]): GeneratedFile[] {
  const ts_ = sources.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  return [
    ...buildFormat(ts_, ts.ModuleKind.ESNext, 'dist/esm'),
    { path: 'dist/esm/package.json', contents: '{ "type": "module" }\n' },
    ...buildFormat(ts_, ts.ModuleKind.CommonJS, 'dist/cjs'),
    { path: 'dist/cjs/package.json', contents: '{ "type": "commonjs" }\n' },
  ];
}

import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../types.js';

/**
 * Declarations of modules written to the `isolatedDeclarations` standard, all through one program
 * that reads no imports (`noResolve`) and checks nothing (`noCheck`): each file's declaration is
 * made from its own text, as `transpileDeclaration` makes it, but the program, the libs and the
 * type checker are set up once instead of once per file (~10 ms each: 1.9 s → 0.9 s CPU for the
 * OpenAI package). The libs are the ones the options name, so names such as `Symbol` resolve.
 * A file with any diagnostic maps to `undefined` (the caller falls back to a full program).
 */
export function isolatedDeclarations(files: GeneratedFile[], options: ts.CompilerOptions): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  if (files.length === 0) return out;
  const opts: ts.CompilerOptions = {
    ...options,
    declaration: true,
    emitDeclarationOnly: true,
    isolatedDeclarations: true,
    noCheck: true,
    noResolve: true,
    skipLibCheck: true,
    suppressOutputPathCheck: true,
    allowNonTsExtensions: true,
  };
  const texts = new Map(files.map((f) => [f.path, f.contents]));
  const libFile = ts.getDefaultLibFilePath(opts);
  const libDir = dirname(libFile);
  const host: ts.CompilerHost = {
    getSourceFile: (name, language) => {
      const text = texts.get(name) ?? (name.startsWith(libDir) ? readFileSync(name, 'utf8') : undefined);
      return text === undefined ? undefined : ts.createSourceFile(name, text, language);
    },
    writeFile: () => {},
    getDefaultLibFileName: () => libFile,
    getDefaultLibLocation: () => libDir,
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    fileExists: (name) => texts.has(name) || (name.startsWith(libDir) && ts.sys.fileExists(name)),
    readFile: (name) => texts.get(name) ?? (name.startsWith(libDir) ? ts.sys.readFile(name) : undefined),
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram({ rootNames: [...texts.keys()], options: opts, host });
  for (const file of files) {
    const sf = program.getSourceFile(file.path);
    if (!sf || program.getSyntacticDiagnostics(sf).length > 0) {
      out.set(file.path, undefined);
      continue;
    }
    let text: string | undefined;
    const result = program.emit(sf, (_name, t) => (text = t), undefined, true);
    out.set(file.path, result.diagnostics.length > 0 ? undefined : text);
  }
  return out;
}

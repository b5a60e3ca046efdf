import ts from 'typescript';
import type { GeneratedFile } from '../types.js';

/**
 * The globals a declaration file can name without a lib: the types the checker cannot start
 * without, and `Symbol` with its well-known symbols, so `[Symbol.asyncIterator]()` stays a method
 * (the full libs cost ~0.7 s to parse and bind, and no declaration needs more of them).
 */
const LIB_NAME = '/sdkgen-declaration-globals.d.ts';
const LIB = `
interface Array<T> { length: number; [n: number]: T; }
interface Boolean {}
interface CallableFunction {}
interface Function {}
interface IArguments {}
interface NewableFunction {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface SymbolConstructor {
  readonly asyncIterator: unique symbol;
  readonly iterator: unique symbol;
  readonly toStringTag: unique symbol;
}
declare var Symbol: SymbolConstructor;
`;

/**
 * Declarations of modules written to the `isolatedDeclarations` standard, all through one program
 * that reads no imports (`noResolve`) and checks nothing (`noCheck`): each file's declaration is
 * made from its own text, as `transpileDeclaration` makes it, but the program, the libs and the
 * type checker are set up once instead of once per file (~10 ms each: 1.9 s → 0.9 s CPU for the
 * OpenAI package).
 * A file with any diagnostic maps to `undefined` (the caller falls back to a full program).
 */
export function isolatedDeclarations(
  files: GeneratedFile[],
  options: ts.CompilerOptions,
): Map<string, string | undefined> {
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
    noLib: true,
    lib: undefined,
    suppressOutputPathCheck: true,
    allowNonTsExtensions: true,
  };
  const texts = new Map(files.map((f) => [f.path, f.contents]));
  texts.set(LIB_NAME, LIB);
  const host: ts.CompilerHost = {
    getSourceFile: (name, language) => {
      const text = texts.get(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, language);
    },
    writeFile: () => {},
    getDefaultLibFileName: () => LIB_NAME,
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    fileExists: (name) => texts.has(name),
    readFile: (name) => texts.get(name),
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram({ rootNames: [...texts.keys()], options: opts, host });
  texts.delete(LIB_NAME);
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

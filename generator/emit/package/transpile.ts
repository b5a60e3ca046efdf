import ts from 'typescript';
import type { GeneratedFile } from '../types.js';

/** What `transpileModule` forces (TypeScript 5.9's list; read from TypeScript when it exposes it). */
const FORCED: [string, unknown][] = [
  ...[
    'incremental',
    'declaration',
    'emitDeclarationOnly',
    'noEmit',
    'lib',
    'outFile',
    'composite',
    'tsBuildInfoFile',
    'paths',
    'rootDirs',
    'types',
    'allowImportingTsExtensions',
    'out',
    'noEmitOnError',
    'declarationDir',
  ].map((n): [string, unknown] => [n, undefined]),
  ['noCheck', true],
  ['isolatedModules', true],
  ['noLib', true],
  ['noResolve', true],
];

function forced(): [string, unknown][] {
  const list = (
    ts as unknown as {
      transpileOptionValueCompilerOptions?: { name: string; transpileOptionValue: unknown }[];
    }
  ).transpileOptionValueCompilerOptions;
  return Array.isArray(list) ? list.map((o) => [o.name, o.transpileOptionValue]) : FORCED;
}

/**
 * JavaScript for many modules at once, as `ts.transpileModule` makes it for each: the same
 * options it forces (`ts.transpileOptionValueCompilerOptions`: no lib, no resolution, no check,
 * isolated modules), so every file is emitted from its own text alone, but one program and one
 * emit resolver for all files instead of one per file.
 */
export function transpileAll(files: GeneratedFile[], options: ts.CompilerOptions): Map<string, string> {
  const out = new Map<string, string>();
  if (files.length === 0) return out;
  const opts: Record<string, unknown> = { ...ts.getDefaultCompilerOptions(), ...options };
  for (const [name, value] of forced()) opts[name] = value;
  opts['suppressOutputPathCheck'] = true;
  opts['allowNonTsExtensions'] = true;
  opts['declaration'] = false;
  opts['declarationMap'] = false;
  const texts = new Map(files.map((f) => [f.path, f.contents]));
  const host: ts.CompilerHost = {
    getSourceFile: (name, language) => {
      const text = texts.get(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, language);
    },
    writeFile: () => {},
    getDefaultLibFileName: () => 'lib.d.ts',
    useCaseSensitiveFileNames: () => false,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    fileExists: (name) => texts.has(name),
    readFile: () => '',
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram({
    rootNames: [...texts.keys()],
    options: opts as ts.CompilerOptions,
    host,
  });
  for (const file of files) {
    const sf = program.getSourceFile(file.path);
    if (!sf) continue;
    program.emit(sf, (name, text) => {
      if (!name.endsWith('.map')) out.set(file.path, text);
    });
  }
  return out;
}

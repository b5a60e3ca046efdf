import ts from 'typescript';

/** One tsc error, with its file and 1-based line. */
export interface TsError {
  file: string;
  line: number;
  message: string;
}

/** Type-checks `files` with `--strict` (NodeNext) through the TypeScript API; returns every error. */
export function typeCheck(files: string[], extra: ts.CompilerOptions = {}): TsError[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    ...extra,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return {
      file: d.file?.fileName ?? '',
      line: pos ? pos.line + 1 : 0,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    };
  });
}

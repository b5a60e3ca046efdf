/**
 * The generated package's declarations seen through the TypeScript checker: one program over
 * the consumer fixture (which imports `dist/esm/index.js`), and the return types of a client
 * method found by its resource path.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const CONSUMER = fileURLToPath(new URL('../../fixtures/patterns/consumer.mts', import.meta.url));
const INDEX_DTS = fileURLToPath(new URL('../../../generated/openai/dist/esm/index.d.ts', import.meta.url));

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.dom.asynciterable.d.ts'],
  types: [],
  skipLibCheck: true,
};

export interface Declarations {
  /** Errors in the consumer fixture, as `line: message`. */
  errors: string[];
  /** Return types (as printed by tsc) of every call signature of `client.<resource>.<method>`. */
  returnTypes(resource: string[], method: string): string[];
}

export function loadDeclarations(): Declarations {
  const program = ts.createProgram([CONSUMER], OPTIONS);
  const checker = program.getTypeChecker();
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  const index = program.getSourceFile(INDEX_DTS);
  const moduleSymbol = index && checker.getSymbolAtLocation(index);
  if (!moduleSymbol) throw new Error(`${INDEX_DTS} is not part of the program: run \`npm run generate\``);
  let client = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'OpenAI');
  if (!client) throw new Error('the package does not export OpenAI');
  if (client.flags & ts.SymbolFlags.Alias) client = checker.getAliasedSymbol(client);
  const instance = checker.getDeclaredTypeOfSymbol(client);
  const print = (t: ts.Type) => checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation);

  return {
    errors,
    returnTypes(resource, method) {
      let type = instance;
      for (const name of [...resource, method]) {
        const prop = type.getProperty(name);
        if (!prop) throw new Error(`OpenAI has no ${[...resource, method].join('.')} (missing ${name})`);
        type = checker.getTypeOfSymbol(prop);
      }
      return type.getCallSignatures().map((s) => print(s.getReturnType()));
    },
  };
}

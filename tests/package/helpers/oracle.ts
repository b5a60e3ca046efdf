/**
 * tsc as the oracle of the native build: the JavaScript `ts.transpileModule` makes and the
 * declarations a TypeScript program makes, and normal forms that leave out what only the
 * printers choose (whitespace, comments, quote style, trailing commas), so equal normal forms
 * mean the same module.
 */
import { transformSync } from 'esbuild';
import ts from 'typescript';

/** ESM JavaScript as `tsc` makes it for one module on its own (the build's former path). */
export function tscJavaScript(path: string, source: string): string {
  const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, isolatedModules: true };
  return ts.transpileModule(source, { compilerOptions, fileName: path }).outputText;
}

/** JavaScript without comments and with minimal whitespace (esbuild's printer, no renaming). */
export function normalJavaScript(js: string): string {
  return transformSync(js, { loader: 'js', format: 'esm', minifyWhitespace: true, legalComments: 'none' }).code;
}

const printer = ts.createPrinter({ removeComments: true });

/** Every string literal printed afresh (double quotes), whatever quotes its source used. */
const freshStrings = (ctx: ts.TransformationContext) => (root: ts.SourceFile) => {
  const visit = (node: ts.Node): ts.Node =>
    ts.isStringLiteral(node) ? ts.factory.createStringLiteral(node.text) : ts.visitEachChild(node, visit, ctx);
  return ts.visitNode(root, visit) as ts.SourceFile;
};

/**
 * A declaration file reprinted by TypeScript's printer without comments, string literals in one
 * quote style, no trailing commas, and no `override` modifiers (tsc drops them from declarations,
 * oxc keeps them; they mean nothing to a consumer).
 */
export function normalDeclaration(dts: string): string {
  const file = ts.createSourceFile('x.d.ts', dts, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const printed = printer.printFile(ts.transform(file, [freshStrings]).transformed[0]!);
  return printed.replace(/,(\s*[}\])>])/g, '$1').replace(/\boverride (?=[\w#[])/g, '');
}

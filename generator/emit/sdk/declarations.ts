import type { IRSchema } from '../../ir/types.js';
import { docComment, schemaDoc } from '../ts/doc-comment.js';
import { printObject, printRequiredOnly, printType, type PrintContext } from '../ts/type-printer.js';
import type { ModuleScope } from '../ts/names.js';
import type { SdkContext } from './context.js';

/** One exported type declaration, with its doc comment already rendered. */
export interface DeclarationView {
  name: string;
  doc: string;
  text: string;
}

/**
 * A print context for one module: component refs are imported from `typesModule` (or used
 * directly when `typesModule` is undefined, i.e. inside the types module itself), binary
 * fields become the runtime's `Uploadable`.
 */
export function printContext(ctx: SdkContext, scope: ModuleScope, coreDir: string, typesModule?: string): PrintContext {
  return {
    ref: (name) => {
      const typeName = ctx.typeNames.get(name) ?? 'unknown';
      if (!typesModule || typeName === 'unknown') return typeName;
      return scope.use(typesModule, typeName, true);
    },
    binary: () => scope.use(`${coreDir}/uploads.js`, 'Uploadable', true),
  };
}

/**
 * `export interface X {...}` for plain objects, `export type X = ...;` for everything else (and
 * when `alias` is set: an object type alias, unlike an interface, is assignable to
 * `Record<string, unknown>`, which query objects must be; and for a map or closed empty object that
 * requires undeclared names, printed as a second `&` member).
 */
export function declareType(
  name: string,
  schema: IRSchema,
  print: PrintContext,
  doc = schemaDoc(schema),
  alias = false,
): DeclarationView {
  const text =
    schema.kind === 'object' && !schema.nullable && !alias && printRequiredOnly(schema) === undefined
      ? `export interface ${name} ${printObject(schema, print)}`
      : `export type ${name} = ${printType(schema, print)};`;
  return { name, doc: docComment(doc), text };
}

/** Declarations for every component schema, in spec order. */
export function componentDeclarations(ctx: SdkContext, scope: ModuleScope, coreDir: string): DeclarationView[] {
  for (const name of ctx.typeNames.values()) scope.declare(name);
  const print = printContext(ctx, scope, coreDir);
  const out: DeclarationView[] = [];
  for (const [key, named] of Object.entries(ctx.ir.schemas)) {
    out.push(declareType(ctx.typeNames.get(key)!, named.schema, print));
  }
  return out;
}

import type { IRDocument, IRSchema } from '../../ir/types.js';
import { SdkgenError } from '../../errors.js';
import { docLines, schemaDoc } from '../ts/doc-comment.js';
import { quote } from '../ts/identifiers.js';
import type { ZodPrintContext } from './context.js';
import { componentIdents } from './names.js';
import { declarationOrder } from './order.js';
import { printSchema } from './printer.js';

/** One component schema, printed: what a file needs to declare it. */
export interface ComponentDecl {
  /** Key in `IRDocument.schemas`. */
  name: string;
  /** Identifier of the schema (= its TypeScript type name). */
  ident: string;
  /** `$ObjectSchema` when it prints as an object with a shape (usable in a discriminated union), else `$Schema`. */
  alias: '$Schema' | '$ObjectSchema';
  /** The zod expression. */
  expr: string;
  /** Doc comment lines. */
  doc: string[];
}

/**
 * How a file refers to another component: `ident` is its identifier, `declared` tells whether its
 * declaration comes earlier in the file (else a runtime reference must be lazy).
 */
export type RefStyle = (ident: string, declared: boolean) => string;

/** Prints every component schema in declaration order (dependencies first, cycles lazy). */
export function printComponents(
  ir: IRDocument,
  refStyle: RefStyle,
  clientName?: string,
): { decls: ComponentDecl[]; usesBinary: boolean } {
  const idents = componentIdents(ir, clientName);
  const declared = new Set<string>();
  let usesBinary = false;
  const ctx: ZodPrintContext = {
    resolve: (name) => ir.schemas[name]?.schema,
    binary: () => {
      usesBinary = true;
      return '$binary';
    },
    ref: (name) => {
      const ident = idents.get(name);
      if (ident === undefined) {
        throw new SdkgenError({
          level: 'error',
          stage: 'emit',
          message: `reference to unknown component schema ${quote(name)}`,
          expected: 'a key of components.schemas',
        });
      }
      return refStyle(ident, declared.has(name));
    },
  };
  const decls: ComponentDecl[] = [];
  for (const name of declarationOrder(ir.schemas)) {
    const named = ir.schemas[name]!;
    decls.push({
      name,
      ident: idents.get(name)!,
      alias: isObjectLike(named.schema, ctx) ? '$ObjectSchema' : '$Schema',
      expr: printSchema(named.schema, ctx),
      doc: [...schemaDoc(named.schema), ...defaultDoc(named.schema.default)],
    });
    declared.add(name);
  }
  return { decls, usesBinary };
}

/** True when the schema prints as a `z.object(...)` with a shape (a possible union member). */
export function isObjectLike(schema: IRSchema, ctx: ZodPrintContext): boolean {
  let node = schema;
  for (let hops = 0; node.kind === 'ref' && hops < 100; hops++) {
    if (node.nullable) return false;
    node = ctx.resolve(node.name) ?? node;
  }
  return node.kind === 'object' && !node.nullable && node.properties.length > 0;
}

/** `@default` line for a documented default (validators check values; they never fill them in). */
function defaultDoc(value: unknown): string[] {
  if (value === undefined) return [];
  const json = JSON.stringify(value);
  return json === undefined ? [] : docLines(`@default ${json}`);
}

import type { IROperation, IRSchema } from '../../ir/types.js';
import { printType, type PrintContext } from '../ts/type-printer.js';
import type { ModuleScope } from '../ts/names.js';
import type { SdkContext } from './context.js';
import { declareType, type DeclarationView } from './declarations.js';

/** What a method resolves to, and the type aliases it needs declared in its module. */
export interface ResponseView {
  /** Return type of the (non-streaming) method, e.g. `APIPromise<Batch>`. */
  returnType: string;
  /** The awaited value type, e.g. `Batch` (or the page item for paginated methods). */
  dataType: string;
  declarations: DeclarationView[];
}

/**
 * The schema of the first 2XX response with content, if any: of the media type the binary pass
 * chose (`responseMedia`; a `text/*` answer is a string), else the first JSON-like one.
 */
export function successSchema(op: IROperation): IRSchema | undefined {
  const chosen = op.responseMedia;
  for (const r of op.responses) {
    if (!/^2/.test(r.status)) continue;
    if (chosen?.kind === 'text' && r.contents.some((x) => x.mediaType === chosen.mediaType)) {
      return { kind: 'string', pointer: r.pointer };
    }
    const c =
      (chosen?.kind === 'json' ? r.contents.find((x) => x.mediaType === chosen.mediaType && x.schema) : undefined) ??
      r.contents.find((x) => /json/.test(x.mediaType) && x.schema) ??
      r.contents.find((x) => x.schema);
    if (c?.schema) return c.schema;
  }
  return undefined;
}

/** Names the response: the component's own name, or an alias declared in this module. */
export function responseType(
  ctx: SdkContext,
  scope: ModuleScope,
  print: PrintContext,
  schema: IRSchema | undefined,
  wanted: string | undefined,
  out: DeclarationView[],
): string {
  if (!schema) return 'void';
  const printed = printType(schema, print);
  // A config-given name for a shared component's response (`EvalCreateResponse`) becomes an alias of it
  // (only in an annotated IR: without type names, `wanted` is the fallback naming's guess).
  if (schema.kind === 'ref' && !schema.nullable) {
    const own = ctx.ir.schemas[schema.name]?.typeName;
    if (!wanted || !own || wanted === own) return printed;
  }
  if (!wanted) return printed;
  const name = scope.declare(ctx.registry.claim(wanted));
  out.push(declareType(name, schema, print));
  return name;
}

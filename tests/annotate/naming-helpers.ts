/** Shared helpers for the naming tests: annotate hand-built operations and print `resource.method(args)`. */
import { annotate } from '../../generator/annotate/index.js';
import type { SdkConfig } from '../../generator/config/types.js';
import type { IROperation } from '../../generator/ir/types.js';
import { arr, doc, json, obj, op, query, ref, str } from './ir-builders.js';

export const Item = obj({ id: str() });
export const List = obj({ data: arr(ref('Item')), has_more: str() });
export const listOp = (path: string, id?: string) =>
  op('get', path, { id, params: [query('after')], ok: [json(ref('List'))] });
export const shape = (o: IROperation) =>
  `${o.naming!.resource.join('.')}.${o.naming!.method}(${o.naming!.pathParams.map((p) => p.argName).join(',')})`;

/** Annotates the operations (no config unless given) and returns `resource.method(args)` per operation. */
export function names(ops: IROperation[], config?: SdkConfig): string[] {
  const ir = doc(ops, { Item, List });
  annotate(ir, config);
  return ir.operations.map(shape);
}

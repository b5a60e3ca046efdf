import type { Diagnostic, IRDocument, IROperation, IRPagination } from '../ir/types.js';
import type { PaginationOverride, SdkConfig } from '../config/types.js';
import { configWarning } from '../config/errors.js';
import { overrideFor, overridePointer } from '../config/operations.js';
import { cursorParam, hasMoreField, isNumeric, listShape, nextField, type ListShape } from './list-shape.js';
import { propertiesOf } from './schema-utils.js';

/**
 * Pagination pass. Every GET whose response is a list (see `listShape`) gets a style:
 * - `cursor`: a cursor query parameter (`after`, `page` token, ...) with the next cursor taken
 *   from a response field (`last_id`, `next`, `next_page`) or else the last item's `id`;
 * - `page`: an integer `page` parameter;
 * - `none`: the list comes whole (no cursor parameter).
 * Other methods are paginated only when the config says so; the config may override any field
 * or turn pagination off (`pagination: false`).
 */
export function annotatePagination(ir: IRDocument, config?: SdkConfig): void {
  for (const op of ir.operations) {
    delete op.pagination;
    const override = overrideFor(config, op).pagination;
    if (override === false) continue;
    if (override === undefined && op.method !== 'get') continue;
    const shape = listShape(ir, op, override?.itemsField);
    if (!shape) {
      if (override) {
        configWarning(
          ir,
          config,
          overridePointer(op.id, 'pagination'),
          `operation "${op.id}" does not return a list; pagination override ignored`,
          'a JSON response object with an array property (set `itemsField`)',
        );
      }
      continue;
    }
    const detected = detect(ir, op, shape, override === undefined ? 'auto' : override.style);
    op.pagination = override ? applyOverride(detected, override) : detected;
  }
}

function detect(
  ir: IRDocument,
  op: IROperation,
  shape: ListShape,
  wanted: 'auto' | 'cursor' | 'none',
): IRPagination {
  const { itemsField, item, props } = shape;
  const param = cursorParam(op);
  if (wanted === 'none' || !param) return { style: 'none', itemsField, item };
  if (param.name === 'page' && isNumeric(ir, param.schema))
    return { style: 'page', pageParam: param.name, itemsField, item };
  const hasMore = hasMoreField(ir, props);
  const next = nextField(ir, props);
  const itemHasId = propertiesOf(ir, item).some((p) => p.name === 'id');
  if (!next && !itemHasId) {
    ir.diagnostics.push(noCursorWarning(op, param.name));
    return { style: 'none', itemsField, item };
  }
  const pagination: IRPagination = {
    style: 'cursor',
    cursorParam: param.name,
    itemsField,
    nextCursor: next ? { from: 'response', field: next } : { from: 'item', field: 'id' },
    item,
  };
  if (hasMore) pagination.hasMoreField = hasMore;
  return pagination;
}

function applyOverride(detected: IRPagination, o: Exclude<PaginationOverride, false>): IRPagination {
  if (o.style === 'none') return { style: 'none', itemsField: detected.itemsField, item: detected.item };
  const base = detected.style === 'cursor' ? detected : undefined;
  const cursor: IRPagination = {
    style: 'cursor',
    cursorParam: o.cursorParam ?? base?.cursorParam ?? 'after',
    itemsField: detected.itemsField,
    nextCursor: o.nextCursor ?? base?.nextCursor ?? { from: 'item', field: 'id' },
    item: detected.item,
  };
  const hasMore = o.hasMoreField ?? base?.hasMoreField;
  if (hasMore) cursor.hasMoreField = hasMore;
  return cursor;
}

function noCursorWarning(op: IROperation, param: string): Diagnostic {
  return {
    level: 'warning',
    stage: 'annotate',
    pointer: op.pointer,
    message: `list operation "${op.id}" has a cursor parameter "${param}" but no way to find the next cursor; treated as un-paged`,
    expected: 'a response field such as `last_id`/`next`, or items with an `id`',
  };
}

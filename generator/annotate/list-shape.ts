import type { IRDocument, IROperation, IRParameter, IRProperty, IRSchema } from '../ir/types.js';
import {
  alternatives,
  arrayOf,
  deref,
  isBooleanLike,
  isJsonMedia,
  propertiesOf,
  successResponses,
} from './schema-utils.js';

/** Response properties that hold the items of a list, most conventional first. */
export const ITEMS_FIELDS = ['data', 'items', 'results', 'records', 'entries'];
/** Query parameters that carry a cursor, in order of preference. */
export const CURSOR_PARAMS = [
  'after',
  'starting_after',
  'cursor',
  'page_token',
  'next_token',
  'continuation_token',
  'page',
];
/** Response booleans saying whether another page exists. */
export const HAS_MORE_FIELDS = ['has_more', 'hasMore', 'has_next', 'more'];
/** Response fields holding the next cursor, in order of preference. */
export const NEXT_FIELDS = [
  'last_id',
  'next',
  'next_cursor',
  'next_page',
  'next_page_token',
  'next_token',
  'cursor',
];

/** What a list response looks like, as far as pagination cares. */
export interface ListShape {
  itemsField: string;
  item: IRSchema;
  /** All top-level response properties (through refs, `allOf`, unions). */
  props: IRProperty[];
}

/** The JSON success response schema of an operation, if any. */
export function jsonResponseSchema(op: IROperation): IRSchema | undefined {
  for (const r of successResponses(op)) {
    const c = r.contents.find((x) => isJsonMedia(x.mediaType) && x.schema);
    if (c?.schema) return c.schema;
  }
  return undefined;
}

/**
 * The list shape of an operation's response: an object with an array property `data`; another
 * conventional items field (`items`, `results`, ...) when there is a pagination signal (a cursor
 * parameter or a `has_more` flag); or its only array property when that is named after the
 * collection or comes with such a signal. `itemsField` forces the field name (from the config).
 */
export function listShape(ir: IRDocument, op: IROperation, itemsField?: string): ListShape | undefined {
  const schema = jsonResponseSchema(op);
  if (!schema || deref(ir, schema).kind === 'array') return undefined;
  const props = propertiesOf(ir, schema);
  const signal = cursorParam(op) !== undefined || hasMoreField(ir, props) !== undefined;
  const candidates = itemsField ? [itemsField] : ITEMS_FIELDS;
  for (const name of candidates) {
    const prop = props.find((p) => p.name === name);
    const item = prop && arrayOf(ir, prop.schema);
    if (!item) continue;
    if (name === 'data' || itemsField !== undefined || signal) return { itemsField: name, item, props };
  }
  if (itemsField) return undefined;
  // The only array of a collection response, named after the collection (`GET /droplets` → `droplets`)
  // or accompanied by a pagination signal.
  const arrays = props.flatMap((p) => {
    const item = arrayOf(ir, p.schema);
    return item ? [{ name: p.name, item }] : [];
  });
  const only = arrays.length === 1 ? arrays[0]! : undefined;
  if (only && (signal || only.name === lastLiteral(op.path)))
    return { itemsField: only.name, item: only.item, props };
  return undefined;
}

/** The last path segment when it is not a parameter: `/v2/droplets` → `droplets`. */
function lastLiteral(path: string): string | undefined {
  const last = path.split('/').filter(Boolean).pop();
  return last && !last.includes('{') ? last : undefined;
}

/** The query parameter carrying a cursor, if the operation has one. */
export function cursorParam(op: IROperation): IRParameter | undefined {
  for (const name of CURSOR_PARAMS) {
    const p = op.parameters.find((x) => x.in === 'query' && x.name === name);
    if (p) return p;
  }
  return undefined;
}

/** A boolean response property saying "there is another page". */
export function hasMoreField(ir: IRDocument, props: IRProperty[]): string | undefined {
  for (const name of HAS_MORE_FIELDS) {
    const p = props.find((x) => x.name === name);
    if (p && isBooleanLike(ir, p.schema)) return name;
  }
  return undefined;
}

/** A scalar response property holding the next cursor. */
export function nextField(ir: IRDocument, props: IRProperty[]): string | undefined {
  for (const name of NEXT_FIELDS) {
    const p = props.find((x) => x.name === name);
    if (
      p &&
      alternatives(ir, p.schema).some(
        (s) => s.kind === 'string' || s.kind === 'integer' || s.kind === 'number',
      )
    ) {
      return name;
    }
  }
  return undefined;
}

/** True when the schema is an integer (or number): a page number rather than an opaque token. */
export function isNumeric(ir: IRDocument, schema: IRSchema): boolean {
  return alternatives(ir, schema).every((s) => s.kind === 'integer' || s.kind === 'number');
}

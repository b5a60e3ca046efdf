import type { IRArraySchema, IRIntersectionSchema, IRUnionSchema } from '../../ir/types.js';
import { quote } from '../ts/identifiers.js';
import type { ZodPrintContext } from './context.js';
import { numberValue } from './literal.js';
import { printSchema } from './printer.js';
import { discriminatorOf } from './tagged-union.js';

/** Arrays and tuples (`prefixItems`, with the rest typed by `items` unless it is `never`). */
export function printArray(schema: IRArraySchema, ctx: ZodPrintContext): string {
  const p = schema.pointer;
  const prefix = schema.prefixItems ?? [];
  let out: string;
  if (prefix.length > 0) {
    // JSON Schema: a `prefixItems` entry past `minItems` may be missing. Tuples have no
    // `.min()`/`.max()`: bounds the element list does not already imply become refinements.
    const min = schema.minItems ?? 0;
    const head = prefix.map((s, i) => `${printSchema(s, ctx)}${i >= min ? '.optional()' : ''}`).join(', ');
    const closed = schema.items.kind === 'never';
    out = closed ? `z.tuple([${head}])` : `z.tuple([${head}], ${printSchema(schema.items, ctx)})`;
    if (min > prefix.length) {
      const n = numberValue(min, p);
      out += `.refine((a) => a.length >= ${n}, { message: 'expected at least ${n} items' })`;
    }
    if (schema.maxItems !== undefined && !(closed && schema.maxItems >= prefix.length)) {
      const n = numberValue(schema.maxItems, p);
      out += `.refine((a) => a.length <= ${n}, { message: 'expected at most ${n} items' })`;
    }
  } else {
    out = `z.array(${printSchema(schema.items, ctx)})`;
    if (schema.minItems !== undefined) out += `.min(${numberValue(schema.minItems, p)})`;
    if (schema.maxItems !== undefined) out += `.max(${numberValue(schema.maxItems, p)})`;
  }
  if (schema.uniqueItems) {
    out += `.refine((a) => new Set(a.map((v) => JSON.stringify(v))).size === a.length, { message: 'expected unique items' })`;
  }
  return out;
}

/**
 * `oneOf` / `anyOf`. A valid tagged union becomes `z.discriminatedUnion`; otherwise `oneOf` is
 * `z.xor` (exactly one variant matches, as JSON Schema says) and `anyOf` is `z.union`.
 */
export function printUnion(schema: IRUnionSchema, ctx: ZodPrintContext): string {
  const variants = schema.variants.map((v) => printSchema(v, ctx));
  if (variants.length === 0) return 'z.never()';
  if (variants.length === 1) return variants[0]!;
  const tag = discriminatorOf(schema, ctx);
  if (tag !== undefined) return `z.discriminatedUnion(${quote(tag)}, [${variants.join(', ')}])`;
  return `${schema.mode === 'oneOf' ? 'z.xor' : 'z.union'}([${variants.join(', ')}])`;
}

/** `allOf`: every member validates the whole value (`z.intersection`, folded left). */
export function printIntersection(schema: IRIntersectionSchema, ctx: ZodPrintContext): string {
  const members = schema.members.map((m) => printSchema(m, ctx));
  if (members.length === 0) return 'z.unknown()';
  return members.slice(1).reduce((acc, m) => `z.intersection(${acc}, ${m})`, members[0]!);
}

import type { IREnumSchema, IRNumberSchema, IRStringSchema } from '../../ir/types.js';
import type { ZodPrintContext } from './context.js';
import { literalValue, numberValue, regexValue } from './literal.js';

/**
 * String formats checked at runtime, chosen so zod agrees with ajv-formats on them. Any other
 * format (`unixtime`, `png`, vendor formats) is a plain string: a format nobody defines cannot be
 * checked, and JSON Schema says unknown formats are annotations.
 */
const STRING_FORMATS: Record<string, string> = {
  'date-time': 'z.iso.datetime({ offset: true })',
  date: 'z.iso.date()',
  email: 'z.email()',
  uuid: 'z.uuid()',
  uri: 'z.url()',
  ipv4: 'z.ipv4()',
  ipv6: 'z.ipv6()',
  hostname: 'z.hostname()',
  byte: 'z.base64()',
};

export function printString(schema: IRStringSchema, ctx: ZodPrintContext): string {
  if (schema.format === 'binary') return ctx.binary();
  let out = (schema.format && STRING_FORMATS[schema.format]) || 'z.string()';
  const p = schema.pointer;
  if (schema.minLength !== undefined) out += `.min(${numberValue(schema.minLength, p)})`;
  if (schema.maxLength !== undefined) out += `.max(${numberValue(schema.maxLength, p)})`;
  if (schema.pattern !== undefined) out += `.regex(${regexValue(schema.pattern, p)})`;
  return out;
}

/**
 * Numbers. A JSON Schema `integer` is any whole number: `z.int()` would also demand a safe integer
 * (|n| < 2^53), rejecting values like an int64 `seed` that ajv and the spec accept, so integers are
 * `z.number().multipleOf(1)`. `format: int32` adds its range, as ajv-formats does.
 */
export function printNumber(schema: IRNumberSchema): string {
  let out = 'z.number()';
  if (schema.kind === 'integer') out = schema.format === 'int32' ? 'z.int32()' : 'z.number().multipleOf(1)';
  const p = schema.pointer;
  if (schema.minimum !== undefined) out += `.gte(${numberValue(schema.minimum, p)})`;
  if (schema.maximum !== undefined) out += `.lte(${numberValue(schema.maximum, p)})`;
  if (schema.exclusiveMinimum !== undefined) out += `.gt(${numberValue(schema.exclusiveMinimum, p)})`;
  if (schema.exclusiveMaximum !== undefined) out += `.lt(${numberValue(schema.exclusiveMaximum, p)})`;
  if (schema.multipleOf !== undefined) out += `.multipleOf(${numberValue(schema.multipleOf, p)})`;
  return out;
}

/** `enum` / `const`: `z.enum` for strings, `z.literal` (one or many values) otherwise. */
export function printEnum(schema: IREnumSchema): string {
  const values = [...new Set(schema.values)];
  if (values.length === 0) return 'z.never()';
  const printed = values.map((v) => literalValue(v, schema.pointer));
  if (values.length === 1) return `z.literal(${printed[0]})`;
  if (values.every((v) => typeof v === 'string')) return `z.enum([${printed.join(', ')}])`;
  return `z.literal([${printed.join(', ')}])`;
}

import type { IRObjectSchema } from '../../ir/types.js';
import { valueKey } from '../ts/identifiers.js';
import type { ZodPrintContext } from './context.js';
import { numberValue } from './literal.js';
import { printSchema } from './printer.js';

/**
 * An object schema. `additionalProperties` decides the zod constructor:
 * - `false` → `z.strictObject` (unknown keys are an error, as in JSON Schema);
 * - absent or `true` → `z.object` (unknown keys are accepted; the SDK returns the wire data as is);
 * - a schema → `.catchall(schema)`, or `z.record` when there are no declared properties.
 * Maps without declared properties become `z.record(z.string(), …)` to match the emitted
 * `[key: string]: …` type.
 */
export function printObject(schema: IRObjectSchema, ctx: ZodPrintContext): string {
  const extra = schema.additionalProperties;
  let out: string;
  if (schema.properties.length === 0) {
    const value = extra === false ? 'z.never()' : typeof extra === 'object' ? printSchema(extra, ctx) : 'z.unknown()';
    out = `z.record(z.string(), ${value})`;
  } else {
    const members = schema.properties.map((prop) => {
      const value = printSchema(prop.schema, ctx);
      return `${valueKey(prop.name)}: ${prop.required ? value : `${value}.optional()`}`;
    });
    for (const name of schema.requiredOnly ?? []) members.push(`${valueKey(name)}: ${PRESENT}`);
    const shape = `{ ${members.join(', ')} }`;
    if (extra === false) out = `z.strictObject(${shape})`;
    else if (typeof extra === 'object') out = `z.object(${shape}).catchall(${printSchema(extra, ctx)})`;
    else out = `z.object(${shape})`;
  }
  return out + printPropertyCount(schema) + printRequiredOnly(schema);
}

/**
 * Names the object requires without declaring them (`requiredOnly`, the `allOf` idiom) are keys
 * whose value may be anything but missing. `z.custom<{} | null>` keeps the key required in
 * `z.infer` (as the emitted `name: {} | null` does) where `z.unknown()` would make it optional.
 * They join the object's shape (so a tagged-union variant stays a `z.object`); a record has no
 * shape, so it is intersected with an object of them.
 */
const PRESENT = `z.custom<{} | null>((v) => v !== undefined, { message: 'required' })`;

function printRequiredOnly(schema: IRObjectSchema): string {
  const names = schema.requiredOnly ?? [];
  if (names.length === 0 || schema.properties.length > 0) return '';
  return `.and(z.object({ ${names.map((n) => `${valueKey(n)}: ${PRESENT}`).join(', ')} }))`;
}

/** `minProperties` / `maxProperties` as refinements (zod has no keyword for them). */
function printPropertyCount(schema: IRObjectSchema): string {
  let out = '';
  const p = schema.pointer;
  if (schema.minProperties !== undefined) {
    const n = numberValue(schema.minProperties, p);
    out += `.refine((o) => Object.keys(o).length >= ${n}, { message: 'expected at least ${n} properties' })`;
  }
  if (schema.maxProperties !== undefined) {
    const n = numberValue(schema.maxProperties, p);
    out += `.refine((o) => Object.keys(o).length <= ${n}, { message: 'expected at most ${n} properties' })`;
  }
  return out;
}

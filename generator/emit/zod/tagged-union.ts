import type { IRSchema, IRUnionSchema } from '../../ir/types.js';
import { deref, type ZodPrintContext } from './context.js';

/**
 * Whether a union can be a `z.discriminatedUnion`: it has a tag property, and every variant is a
 * non-nullable object whose tag is a required, non-nullable literal, with no value shared by two
 * variants. Anything else stays a plain union (zod would throw, or validate differently).
 */
export function discriminatorOf(schema: IRUnionSchema, ctx: ZodPrintContext): string | undefined {
  const tag = schema.discriminator?.propertyName;
  if (!tag || schema.discriminator?.untagged?.length || schema.variants.length < 2) return undefined;
  const seen = new Set<unknown>();
  for (const variant of schema.variants) {
    const values = tagValues(variant, tag, ctx);
    if (!values) return undefined;
    for (const v of values) {
      if (seen.has(v)) return undefined;
      seen.add(v);
    }
  }
  return tag;
}

/** The literal values a variant's tag may take, or undefined when it is not a tagged object. */
function tagValues(variant: IRSchema, tag: string, ctx: ZodPrintContext): unknown[] | undefined {
  if (variant.nullable) return undefined;
  const target = deref(variant, ctx);
  if (target.kind !== 'object' || target.nullable) return undefined;
  const prop = target.properties.find((p) => p.name === tag);
  if (!prop?.required) return undefined;
  const value = deref(prop.schema, ctx);
  if (value.kind !== 'enum' || value.nullable || prop.schema.nullable || value.values.length === 0) return undefined;
  return value.values;
}

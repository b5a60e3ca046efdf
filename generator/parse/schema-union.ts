import type { IRSchema, IRUnionSchema } from '../ir/types.js';
import { isObject, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { discriminatorFor, type RawVariant } from './discriminator.js';
import { parseSchema } from './schema.js';

/** A `{type: "null"}` (or `const: null`, `enum: [null]`) union member. */
export function isNullMember(m: unknown): boolean {
  if (!isObject(m) || m.$ref !== undefined || m.oneOf || m.anyOf || m.allOf) return false;
  if (m.type === 'null') return true;
  if (Array.isArray(m.type) && m.type.length > 0 && m.type.every((t) => t === 'null')) return true;
  if (m.type === undefined && m.const === null) return true;
  return (
    m.type === undefined && Array.isArray(m.enum) && m.enum.length > 0 && m.enum.every((v) => v === null)
  );
}

/**
 * `oneOf`/`anyOf`: null members are removed and folded into `nullable`; a union left with one
 * member collapses to it (the caller lays the outer description/default over it); the rest
 * get a discriminator, explicit or inferred. Returns undefined when there is no union.
 */
export function parseUnion(ctx: ParseContext, s: JsonObject, pointer: string): IRSchema | undefined {
  const mode = Array.isArray(s.oneOf) ? 'oneOf' : Array.isArray(s.anyOf) ? 'anyOf' : undefined;
  if (!mode) return undefined;
  let nullable = false;
  const kept: RawVariant[] = [];
  (s[mode] as unknown[]).forEach((m, i) => {
    if (isNullMember(m)) nullable = true;
    else kept.push({ raw: m, pointer: join(pointer, mode, i) });
  });
  if (kept.length === 0) return { kind: 'null', pointer };
  const variants = kept.map((k) => parseSchema(ctx, k.raw, k.pointer));
  if (variants.length === 1) {
    const only = variants[0]!;
    return nullable ? { ...only, nullable: true } : only;
  }
  const node: IRUnionSchema = { kind: 'union', mode, variants, pointer };
  if (nullable) node.nullable = true;
  const discriminator = discriminatorFor(ctx, s, kept, pointer);
  if (discriminator) node.discriminator = discriminator;
  return node;
}

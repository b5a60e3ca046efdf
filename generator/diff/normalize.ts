import type { IRObjectSchema, IRProperty, IRSchema, IRUnionSchema } from '../ir/types.js';
import type { DiffContext, Side } from './context.js';

/**
 * Puts a resolved schema in the shape the rules compare, so refactors that accept the same
 * values look the same: an `allOf` of objects becomes one object, a one-member `allOf` becomes
 * its member, and union members another member already covers (`anyOf: [string, enum]`, an open
 * enum) are dropped. Never mutates the IR.
 */
export function normalize(ctx: DiffContext, side: Side, schema: IRSchema): IRSchema {
  if (schema.kind === 'intersection') return flattenAllOf(ctx, side, schema.members, schema);
  if (schema.kind === 'union') {
    const flat = flattenUnion(ctx, side, schema, new Set());
    const kept = flat.variants.filter(
      (v, i) => !flat.variants.some((w, j) => j !== i && covers(ctx, side, w, v, j < i)),
    );
    if (kept.length === 1) {
      const only = ctx.resolve(side, kept[0]!);
      return {
        ...normalize(ctx, side, only.schema),
        pointer: schema.pointer,
        nullable: schema.nullable || only.nullable,
      };
    }
    if (kept.length < flat.variants.length) return { ...flat, variants: kept };
    return flat;
  }
  return schema;
}

/**
 * A union whose members are unions themselves (`anyOf: [string, $ref: ErrorUnion]`) accepts the
 * members of both: splice nested members in, so they can be matched one by one. The tag property
 * survives when the unions agree on it (member indices are recomputed by matching, not kept).
 */
function flattenUnion(ctx: DiffContext, side: Side, u: IRUnionSchema, seen: Set<string>): IRUnionSchema {
  let changed = false;
  let tag = u.discriminator?.propertyName;
  const variants: IRSchema[] = [];
  for (const v of u.variants) {
    const r = ctx.resolve(side, v);
    const key = r.name ?? v.pointer;
    if (r.schema.kind !== 'union' || r.nullable || seen.has(key)) {
      variants.push(v);
      continue;
    }
    changed = true;
    seen.add(key);
    const inner = flattenUnion(ctx, side, r.schema, seen);
    tag ??= inner.discriminator?.propertyName;
    variants.push(...inner.variants);
  }
  if (!changed) return u;
  const out: IRUnionSchema = { ...u, variants };
  delete out.discriminator;
  if (tag !== undefined) out.discriminator = { propertyName: tag, mapping: {}, explicit: false };
  return out;
}

function flattenAllOf(ctx: DiffContext, side: Side, members: IRSchema[], outer: IRSchema): IRSchema {
  const all = members.map((m) => {
    const r = ctx.resolve(side, m);
    return { ...r, schema: normalize(ctx, side, r.schema) };
  });
  // `{}` members (often only a description next to a `$ref`) constrain nothing in an allOf.
  const kept = all.filter((r) => r.schema.kind !== 'unknown');
  const resolved = kept.length > 0 ? kept : all;
  if (resolved.length === 1) {
    const only = resolved[0]!;
    return { ...only.schema, pointer: outer.pointer, nullable: outer.nullable || only.nullable };
  }
  if (!resolved.every((r) => r.schema.kind === 'object')) return outer;
  const properties: IRProperty[] = [];
  const index = new Map<string, number>();
  let additional: IRObjectSchema['additionalProperties'];
  for (const { schema } of resolved) {
    const obj = schema as IRObjectSchema;
    for (const p of obj.properties) {
      const at = index.get(p.name);
      if (at === undefined) {
        index.set(p.name, properties.length);
        properties.push(p);
      } else if (p.required && !properties[at]!.required) {
        properties[at] = { ...properties[at]!, required: true };
      }
    }
    if (obj.additionalProperties !== undefined && additional === undefined)
      additional = obj.additionalProperties;
  }
  // A name one member requires and another declares (the allOf-required idiom) is required.
  const requiredOnly = new Set(resolved.flatMap((r) => (r.schema as IRObjectSchema).requiredOnly ?? []));
  for (const name of requiredOnly) {
    const at = index.get(name);
    if (at === undefined) continue;
    requiredOnly.delete(name);
    if (!properties[at]!.required) properties[at] = { ...properties[at]!, required: true };
  }
  const merged: IRObjectSchema = { kind: 'object', pointer: outer.pointer, properties };
  if (requiredOnly.size > 0) merged.requiredOnly = [...requiredOnly];
  if (outer.nullable) merged.nullable = true;
  if (outer.description !== undefined) merged.description = outer.description;
  if (additional !== undefined) merged.additionalProperties = additional;
  return merged;
}

/** True when every value of `inner` is also a value of `outer` (checked for the simple cases). */
function covers(ctx: DiffContext, side: Side, outer: IRSchema, inner: IRSchema, tieBreak: boolean): boolean {
  const o = ctx.resolve(side, outer).schema;
  const i = ctx.resolve(side, inner).schema;
  if (o.kind === 'unknown') return i.kind !== 'unknown' || tieBreak;
  if (i.kind !== 'enum') return false;
  const plain = (s: IRSchema): boolean =>
    s.kind === 'string'
      ? !s.format && !s.pattern && s.minLength === undefined && s.maxLength === undefined
      : true;
  if (o.kind === 'string') return i.type === 'string' && plain(o);
  if (o.kind === 'number') return i.type === 'number' || i.type === 'integer';
  if (o.kind === 'integer') return i.type === 'integer';
  if (o.kind === 'boolean') return i.type === 'boolean';
  return false;
}

/** A short description of a schema for messages and `old`/`new` values: `string`, `enum`, `ref Foo`. */
export function describe(schema: IRSchema): string {
  switch (schema.kind) {
    case 'ref':
      return schema.name;
    case 'enum':
      return `enum(${schema.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'array':
      return `array of ${describe(schema.items)}`;
    case 'union':
      return `${schema.mode}(${schema.variants.map(describe).join(' | ')})`;
    case 'intersection':
      return `allOf(${schema.members.map(describe).join(' & ')})`;
    case 'string':
      return schema.format ? `string(${schema.format})` : 'string';
    default:
      return schema.kind;
  }
}

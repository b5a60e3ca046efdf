import { isObject, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { isNullMember } from './schema-union.js';

/** A raw schema with the pointer it lives at. */
export interface RawAt {
  raw: unknown;
  pointer: string;
}

/** Follows `$ref`s (ignoring siblings) to the schema object they name. */
export function follow(
  ctx: ParseContext,
  raw: unknown,
  pointer: string,
): { s: JsonObject; pointer: string } | undefined {
  let at = { value: raw, pointer };
  for (let hops = 0; hops < 32 && isObject(at.value); hops++) {
    const ref = ctx.schemaRef(at.value, at.pointer);
    if (ref === undefined) break;
    const next = ctx.resolve(ref, at.pointer);
    if (!next) return undefined;
    at = next;
  }
  return isObject(at.value) ? { s: at.value, pointer: at.pointer } : undefined;
}

/**
 * The properties of an object-like schema, following refs and `allOf` (first definition wins).
 * Undefined when the schema is not an object.
 */
export function objectProps(
  ctx: ParseContext,
  raw: unknown,
  pointer: string,
  depth = 0,
): Map<string, RawAt> | undefined {
  const at = follow(ctx, raw, pointer);
  if (!at || depth > 16) return undefined;
  if (ctx.objectPropsMemo.has(at.pointer)) return ctx.objectPropsMemo.get(at.pointer);
  const { s } = at;
  let props: Map<string, RawAt> | undefined;
  if (isObject(s.properties)) {
    props = new Map();
    for (const [name, p] of Object.entries(s.properties))
      props.set(name, { raw: p, pointer: join(at.pointer, 'properties', name) });
  }
  if (Array.isArray(s.allOf)) {
    s.allOf.forEach((m, i) => {
      const inner = objectProps(ctx, m, join(at.pointer, 'allOf', i), depth + 1);
      if (!inner) return;
      props ??= new Map();
      for (const [name, p] of inner) if (!props.has(name)) props.set(name, p);
    });
  }
  if (!props && s.type === 'object' && !s.oneOf && !s.anyOf) props = new Map();
  ctx.objectPropsMemo.set(at.pointer, props);
  return props;
}

/** The literal values a property schema pins: its `const` or `enum` values (through refs, nullable unions and allOf), as strings. */
export function literalTags(
  ctx: ParseContext,
  raw: unknown,
  pointer: string,
  depth = 0,
): string[] | undefined {
  const at = follow(ctx, raw, pointer);
  if (!at || depth > 16) return undefined;
  const { s } = at;
  const key = Array.isArray(s.oneOf)
    ? 'oneOf'
    : Array.isArray(s.anyOf)
      ? 'anyOf'
      : Array.isArray(s.allOf)
        ? 'allOf'
        : undefined;
  if (key && s.const === undefined && s.enum === undefined) {
    // A nullable literal (`anyOf: [{enum: [x]}, {type: null}]`) or a literal wrapped in allOf.
    const members = (s[key] as unknown[]).map((m, i) => ({ m, i })).filter(({ m }) => !isNullMember(m));
    const inner = members.map(({ m, i }) => literalTags(ctx, m, join(at.pointer, key, i), depth + 1));
    if (inner.length === 0 || inner.some((t) => t === undefined)) return undefined;
    return inner.flatMap((t) => t!);
  }
  const values = s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
  const tags = values?.filter(
    (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
  return tags && tags.length > 0 ? tags.map(String) : undefined;
}

/** How a union variant looks to a tag: is it an object, and which literal tags does it carry. */
export interface VariantTags {
  object: boolean;
  tags: string[];
}

/** Tags of one variant on `prop`; a nested union contributes all its members' tags. */
export function variantTags(
  ctx: ParseContext,
  raw: unknown,
  pointer: string,
  prop: string,
  depth = 0,
): VariantTags {
  const at = follow(ctx, raw, pointer);
  if (!at || depth > 16) return { object: false, tags: [] };
  const { s } = at;
  const members = (Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined)?.filter(
    (m) => !isNullMember(m),
  );
  if (members && !isObject(s.properties)) {
    const key = Array.isArray(s.oneOf) ? 'oneOf' : 'anyOf';
    const inner = members.map((m, i) => variantTags(ctx, m, join(at.pointer, key, i), prop, depth + 1));
    if (!inner.some((t) => t.object)) return { object: false, tags: [] };
    if (inner.some((t) => t.object && t.tags.length === 0)) return { object: true, tags: [] };
    return { object: true, tags: inner.flatMap((t) => t.tags) };
  }
  const props = objectProps(ctx, s, at.pointer);
  if (!props) return { object: false, tags: [] };
  const p = props.get(prop);
  return { object: true, tags: (p && literalTags(ctx, p.raw, p.pointer)) ?? [] };
}

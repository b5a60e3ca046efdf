import type { IRDocument, IROperation, IRProperty, IRResponse, IRSchema } from '../ir/types.js';

/** Follows `ref` chains to the schema they name; a dangling or cyclic ref is returned as is. */
export function deref(ir: IRDocument, schema: IRSchema): IRSchema {
  let current = schema;
  const seen = new Set<string>();
  while (current.kind === 'ref') {
    if (seen.has(current.name)) return current;
    seen.add(current.name);
    const target = ir.schemas[current.name];
    if (!target) return current;
    current = target.schema;
  }
  return current;
}

/**
 * The properties an object-like schema has, looking through refs, `allOf` members (merged) and
 * union variants (every property any variant has). The first occurrence of a name wins.
 */
export function propertiesOf(ir: IRDocument, schema: IRSchema): IRProperty[] {
  const out = new Map<string, IRProperty>();
  collect(ir, schema, out, new Set());
  return [...out.values()];
}

function collect(ir: IRDocument, schema: IRSchema, out: Map<string, IRProperty>, seen: Set<string>): void {
  if (schema.kind === 'ref') {
    if (seen.has(schema.name)) return;
    seen.add(schema.name);
    const target = ir.schemas[schema.name];
    if (target) collect(ir, target.schema, out, seen);
    return;
  }
  if (schema.kind === 'object') {
    for (const p of schema.properties) if (!out.has(p.name)) out.set(p.name, p);
  } else if (schema.kind === 'intersection') {
    for (const m of schema.members) collect(ir, m, out, seen);
  } else if (schema.kind === 'union') {
    for (const v of schema.variants) collect(ir, v, out, seen);
  }
}

/** The property `name` of an object-like schema (see `propertiesOf`). */
export function findProperty(ir: IRDocument, schema: IRSchema, name: string): IRProperty | undefined {
  return propertiesOf(ir, schema).find((p) => p.name === name);
}

/**
 * The leaf schemas a schema can be: refs resolved, unions flattened. Used to ask "can this be a
 * boolean / a binary string / an array".
 */
export function alternatives(ir: IRDocument, schema: IRSchema): IRSchema[] {
  const out: IRSchema[] = [];
  const walk = (s: IRSchema, seen: Set<string>): void => {
    if (s.kind === 'ref') {
      const target = ir.schemas[s.name];
      if (!target || seen.has(s.name)) return;
      walk(target.schema, new Set([...seen, s.name]));
    } else if (s.kind === 'union') {
      for (const v of s.variants) walk(v, seen);
    } else out.push(s);
  };
  walk(schema, new Set());
  return out;
}

/** True when some alternative of the schema is a boolean. */
export function isBooleanLike(ir: IRDocument, schema: IRSchema): boolean {
  return alternatives(ir, schema).some(
    (s) => s.kind === 'boolean' || (s.kind === 'enum' && s.type === 'boolean'),
  );
}

/** True when some alternative is an array (the array schema is returned). */
export function arrayOf(ir: IRDocument, schema: IRSchema): IRSchema | undefined {
  const arr = alternatives(ir, schema).find((s) => s.kind === 'array');
  return arr && arr.kind === 'array' ? arr.items : undefined;
}

/** `2XX`-class responses in spec order; the `default` response when there is none. */
export function successResponses(op: IROperation): IRResponse[] {
  const ok = op.responses.filter((r) => /^2(\d\d|XX)$/i.test(r.status));
  if (ok.length > 0) return ok;
  return op.responses.filter((r) => r.status === 'default');
}

/** The media type without parameters, lower-cased: `Text/Event-Stream; charset=utf-8` → `text/event-stream`. */
export function mediaBase(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** `application/json`, `application/problem+json`, `text/json`. */
export function isJsonMedia(mediaType: string): boolean {
  const base = mediaBase(mediaType);
  return base === 'application/json' || base.endsWith('+json') || base === 'text/json' || base === '*/*+json';
}

export const SSE_MEDIA = 'text/event-stream';
export const MULTIPART_MEDIA = 'multipart/form-data';

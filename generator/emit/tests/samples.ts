import type { IRObjectSchema, IRSchema, IRStringSchema, IRNumberSchema } from '../../ir/types.js';
import type { SdkContext } from '../sdk/context.js';

/** Code written as-is into a sample (e.g. a `File` for an upload field). */
export class Raw {
  constructor(readonly code: string) {}
}

/** A sample value: JSON data, or raw code where JSON cannot say it. */
export type Sample = null | boolean | number | string | Raw | Sample[] | { [key: string]: Sample };

export const UPLOAD = new Raw(`new File(['content'], 'file.txt', { type: 'text/plain' })`);

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
};

function stringSample(s: IRStringSchema): Sample {
  if (s.format === 'binary') return UPLOAD;
  let value = FORMATS[s.format ?? ''] ?? 'string';
  if (s.minLength !== undefined && value.length < s.minLength) value = value.padEnd(s.minLength, 'x');
  if (s.maxLength !== undefined && value.length > s.maxLength)
    value = value.slice(0, Math.max(s.maxLength, 1));
  return value;
}

function numberSample(s: IRNumberSchema): number {
  const step = s.kind === 'integer' ? 1 : 0.5;
  if (s.minimum !== undefined) return s.minimum;
  if (s.exclusiveMinimum !== undefined) return s.exclusiveMinimum + step;
  if (s.maximum !== undefined) return Math.min(0, s.maximum);
  if (s.exclusiveMaximum !== undefined) return Math.min(0, s.exclusiveMaximum - step);
  return 0;
}

/**
 * A value the schema accepts, for generated request tests. `all` fills every optional
 * property of this object (top level only: nested objects get their required properties).
 */
export function sample(
  ctx: SdkContext,
  schema: IRSchema,
  all = false,
  depth = 0,
  avoid?: unknown,
  force?: ReadonlySet<string>,
): Sample {
  const s = ctx.resolve(schema);
  // No value of an unsatisfiable type exists (`string & number`): the sample is cast, visibly.
  if (!satisfiable(ctx, s)) return new Raw('null as never');
  if (depth > 8 && s.kind === 'array') return [];
  // A required property that recurses forever (`parent: Node`) has no finite value either.
  if (depth > 8 && (s.kind === 'object' || s.kind === 'union' || s.kind === 'intersection')) {
    return s.kind === 'object' && !ctx.hasRequired(s) ? {} : new Raw('{} as never');
  }
  switch (s.kind) {
    case 'string':
      return stringSample(s);
    case 'number':
    case 'integer':
      return numberSample(s);
    case 'boolean':
      return avoid === true ? false : true;
    case 'null':
      return null;
    case 'enum':
      return (s.values.find((v) => v !== null && v !== avoid) ?? s.values[0] ?? null) as Sample;
    case 'array': {
      if (s.prefixItems?.length) return s.prefixItems.map((p) => sample(ctx, p, false, depth + 1));
      const item = sample(ctx, s.items, false, depth + 1);
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => item);
    }
    case 'object':
      return objectSample(ctx, s, all, depth, force);
    case 'union': {
      const pick = s.variants.find((v) => ctx.resolve(v).kind !== 'null') ?? s.variants[0];
      return pick ? sample(ctx, pick, all, depth + 1) : null;
    }
    case 'intersection': {
      // Names one member only requires are sampled from the member that declares them.
      const required = new Set(
        s.members.flatMap((m) => {
          const r = ctx.resolve(m);
          return r.kind === 'object' ? (r.requiredOnly ?? []) : [];
        }),
      );
      const parts = s.members.map((m) => sample(ctx, m, all, depth + 1, undefined, required));
      if (
        parts.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p) && !(p instanceof Raw))
      ) {
        return mergeParts(parts as { [key: string]: Sample }[]);
      }
      return parts[0] ?? null;
    }
    default:
      return s.nullable ? null : {};
  }
}

function objectSample(
  ctx: SdkContext,
  s: IRObjectSchema,
  all: boolean,
  depth: number,
  force?: ReadonlySet<string>,
): Sample {
  const out: { [key: string]: Sample } = {};
  const set = (k: string, v: Sample) =>
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const p of s.properties) {
    // An optional property named like a member of `Object.prototype` (`constructor`) is always
    // sent: TS reads a literal without it as having the inherited member, of another type.
    const inherited = p.name !== '__proto__' && p.name in Object.prototype;
    if (!p.required && !all && !inherited && !force?.has(p.name)) continue;
    if (ctx.resolve(p.schema).readOnly || p.schema.readOnly) continue;
    // An optional property of an unsatisfiable type is left out rather than cast.
    if (!p.required && !satisfiable(ctx, ctx.resolve(p.schema))) continue;
    set(p.name, sample(ctx, p.schema, false, depth + 1));
  }
  // Names listed in `required` that the object does not declare: any value is valid for them.
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  for (const name of s.requiredOnly ?? []) {
    if (Object.hasOwn(out, name)) continue;
    set(name, extra ? sample(ctx, extra, false, depth + 1) : 'string');
    if (!extra) placeholders.set(out, [...(placeholders.get(out) ?? []), name]);
  }
  if (s.properties.length === 0 && extra && !s.requiredOnly?.length)
    out['key'] = sample(ctx, extra, false, depth + 1);
  return out;
}

/** Keys of a sample object that hold stand-ins for names only listed in `required`. */
const placeholders = new WeakMap<object, string[]>();

/**
 * The members of an `allOf` merged: a stand-in for a name a member only requires never replaces
 * the value of a member that declares it (`allOf: [{properties: {n: integer}}, {required: [n]}]`).
 */
function mergeParts(parts: { [key: string]: Sample }[]): Sample {
  const out: { [key: string]: Sample } = {};
  const weak = new Set<string>();
  for (const part of parts) {
    const stand = new Set(placeholders.get(part) ?? []);
    for (const key of Object.keys(part)) {
      if (stand.has(key) && Object.hasOwn(out, key)) continue;
      Object.defineProperty(out, key, {
        value: part[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (stand.has(key)) weak.add(key);
      else weak.delete(key);
    }
  }
  if (weak.size) placeholders.set(out, [...weak]);
  return out;
}

const PRIMITIVE: Record<string, string> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
  null: 'null',
  array: 'array',
};

/**
 * False for an intersection no value satisfies: members of different primitive kinds
 * (`allOf: [string, integer]`), or a primitive beside an object. One level deep: enough for the
 * printed type to be `never`.
 */
export function satisfiable(ctx: SdkContext, s: IRSchema): boolean {
  if (s.kind !== 'intersection') return true;
  const kinds = new Set(
    s.members.map((m) => {
      const r = ctx.resolve(m);
      if (r.kind === 'enum') return r.values.length ? typeof r.values[0] : 'other';
      return PRIMITIVE[r.kind] ?? (r.kind === 'object' ? 'object' : 'other');
    }),
  );
  kinds.delete('other');
  return kinds.size <= 1;
}

import type { IRSchema } from '../../ir/types.js';
import type { SdkContext } from '../sdk/context.js';
import { literalType } from '../ts/type-printer.js';

/**
 * A sample value for a schema, as a small tree the example printer turns into TypeScript. Only
 * required properties are filled in; values come from the schema (`default`, `example`, enum
 * members, bounds) and fall back to plain placeholders that still satisfy the type.
 */
export type Sample =
  | { kind: 'code'; text: string }
  | { kind: 'array'; items: Sample[] }
  | { kind: 'object'; entries: { key: string; value: Sample }[] };

const MAX_DEPTH = 8;
const code = (text: string): Sample => ({ kind: 'code', text });

/** A short, single-line string the example may show verbatim. */
function shortString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 60 && !/[\n\r\u2028\u2029]/.test(value);
}

function stringSample(schema: IRSchema & { kind: 'string' }, hint: string): Sample {
  if (schema.format === 'binary' || schema.contentMediaType === 'application/octet-stream') {
    return code(`new File(['example'], 'example.txt')`);
  }
  if (shortString(schema.default)) return code(literalType(schema.default));
  if (shortString(schema.example)) return code(literalType(schema.example));
  const byFormat: Record<string, string> = {
    'date-time': '2024-01-01T00:00:00Z',
    date: '2024-01-01',
    uri: 'https://example.com',
    url: 'https://example.com',
    email: 'user@example.com',
    uuid: '00000000-0000-4000-8000-000000000000',
  };
  const value = (schema.format && byFormat[schema.format]) || hint || 'string';
  return code(literalType(value));
}

function numberSample(schema: IRSchema & { kind: 'number' | 'integer' }): Sample {
  for (const v of [schema.default, schema.example]) if (typeof v === 'number' && Number.isFinite(v)) return code(String(v));
  let value = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
  if (schema.maximum !== undefined && value > schema.maximum) value = schema.maximum;
  if (schema.kind === 'integer') value = Math.ceil(value);
  return code(String(value));
}

/**
 * The required properties of an object-like schema (through refs, `allOf` members and the first
 * variant of a union), in order, first definition winning.
 */
function requiredEntries(ctx: SdkContext, schema: IRSchema, depth: number, out: { key: string; value: Sample }[]): boolean {
  const s = ctx.resolve(schema);
  if (depth > MAX_DEPTH) return false;
  if (s.kind === 'object') {
    for (const p of s.properties) {
      // An optional property named like an `Object.prototype` member (`constructor`) is filled
      // in too: TS reads a literal without it as having the inherited member, of another type.
      const inherited = p.name !== '__proto__' && p.name in Object.prototype;
      if ((!p.required && !inherited) || out.some((e) => e.key === p.name)) continue;
      const value = sampleValue(ctx, p.schema, depth + 1, p.name);
      if (!value) return false;
      out.push({ key: p.name, value });
    }
    return true;
  }
  if (s.kind === 'intersection') return s.members.every((m) => requiredEntries(ctx, m, depth + 1, out));
  if (s.kind === 'union') {
    const first = s.variants.find((v) => ctx.isObjectLike(v)) ?? s.variants[0];
    return first ? requiredEntries(ctx, first, depth + 1, out) : false;
  }
  return false;
}

/** A sample for `schema`, or undefined when none can be built (a `never`, or too deep). */
export function sampleValue(ctx: SdkContext, schema: IRSchema, depth = 0, hint = ''): Sample | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const s = ctx.resolve(schema);
  switch (s.kind) {
    case 'ref':
      return undefined;
    case 'string':
      return stringSample(s, hint);
    case 'number':
    case 'integer':
      return numberSample(s);
    case 'boolean':
      return code(typeof s.default === 'boolean' ? String(s.default) : 'true');
    case 'null':
      return code('null');
    case 'enum': {
      const value = s.values.find((v) => v !== null);
      return code(value === undefined ? 'null' : literalType(value));
    }
    case 'array': {
      if (s.prefixItems?.length) {
        const items = s.prefixItems.map((p) => sampleValue(ctx, p, depth + 1, hint));
        return items.every(Boolean) ? { kind: 'array', items: items as Sample[] } : undefined;
      }
      const item = sampleValue(ctx, s.items, depth + 1, hint);
      if (!item) return s.minItems ? undefined : { kind: 'array', items: [] };
      return { kind: 'array', items: Array.from({ length: Math.min(Math.max(s.minItems ?? 1, 1), 3) }, () => item) };
    }
    case 'object':
    case 'intersection': {
      const entries: { key: string; value: Sample }[] = [];
      return requiredEntries(ctx, s, depth, entries) ? { kind: 'object', entries } : undefined;
    }
    case 'union': {
      // `string | 'a' | 'b'` (an open enum): a listed value reads better than a placeholder.
      const listed = s.variants.map((v) => ctx.resolve(v)).find((v) => v.kind === 'enum' && v.type === 'string');
      if (listed && s.variants.some((v) => ctx.resolve(v).kind === 'string')) return sampleValue(ctx, listed, depth + 1, hint);
      // The first variant that says something: an empty `{}` only when nothing else works.
      let empty: Sample | undefined;
      for (const v of s.variants) {
        const sample = sampleValue(ctx, v, depth + 1, hint);
        if (sample?.kind === 'object' && sample.entries.length === 0) empty ??= sample;
        else if (sample) return sample;
      }
      return empty ?? (s.nullable ? code('null') : undefined);
    }
    case 'unknown':
      return { kind: 'object', entries: [] };
    case 'never':
      return undefined;
  }
}

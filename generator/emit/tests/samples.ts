import type { IRSchema, IRStringSchema, IRNumberSchema } from '../../ir/types.js';
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
  if (s.maxLength !== undefined && value.length > s.maxLength) value = value.slice(0, Math.max(s.maxLength, 1));
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
export function sample(ctx: SdkContext, schema: IRSchema, all = false, depth = 0, avoid?: unknown): Sample {
  const s = ctx.resolve(schema);
  if (depth > 8) return s.kind === 'array' ? [] : s.kind === 'object' ? {} : null;
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
      return objectSample(ctx, s.properties, all, depth, s.additionalProperties);
    case 'union': {
      const pick = s.variants.find((v) => ctx.resolve(v).kind !== 'null') ?? s.variants[0];
      return pick ? sample(ctx, pick, all, depth + 1) : null;
    }
    case 'intersection': {
      const parts = s.members.map((m) => sample(ctx, m, all, depth + 1));
      if (parts.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p) && !(p instanceof Raw))) {
        return Object.assign({}, ...parts) as Sample;
      }
      return parts[0] ?? null;
    }
    default:
      return s.nullable ? null : {};
  }
}

function objectSample(
  ctx: SdkContext,
  properties: { name: string; schema: IRSchema; required: boolean }[],
  all: boolean,
  depth: number,
  extra?: boolean | IRSchema,
): Sample {
  const out: { [key: string]: Sample } = {};
  for (const p of properties) {
    if (!p.required && !all) continue;
    if (ctx.resolve(p.schema).readOnly || p.schema.readOnly) continue;
    Object.defineProperty(out, p.name, { value: sample(ctx, p.schema, false, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  if (properties.length === 0 && typeof extra === 'object') out['key'] = sample(ctx, extra, false, depth + 1);
  return out;
}

import type { IRDocument, IRSchema, IRStringSchema } from '../../../generator/ir/types.js';

/** Values for string formats both validators check. */
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-02T03:04:05Z',
  date: '2024-01-02',
  uri: 'https://example.com/a',
  uuid: '123e4567-e89b-42d3-a456-426614174000',
  email: 'user@example.com',
  byte: 'aGVsbG8=',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

const MAX_DEPTH = 6;

function fit(text: string, s: IRStringSchema): string {
  let out = text;
  if (s.minLength !== undefined && out.length < s.minLength) out = out.padEnd(s.minLength, 'a');
  if (s.maxLength !== undefined && out.length > s.maxLength) out = out.slice(0, s.maxLength);
  return out;
}

function sampleString(s: IRStringSchema): string {
  if (s.format && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format]!;
  if (s.pattern !== undefined) {
    let re: RegExp;
    try {
      re = new RegExp(s.pattern, 'u');
    } catch {
      re = new RegExp(s.pattern); // the emitter's fallback for patterns that are not valid with `u`
    }
    const candidates = [typeof s.example === 'string' ? s.example : undefined, 'abc', 'a', 'A', '0', 'a1', 'abc_123', 'ABC-123', 'a.b'];
    for (const c of candidates) if (c !== undefined && re.test(fit(c, s))) return fit(c, s);
  }
  return fit(typeof s.example === 'string' ? s.example : 'text', s);
}

function sampleNumber(s: Extract<IRSchema, { kind: 'number' | 'integer' }>): number {
  let n = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
  if (s.multipleOf) n = Math.ceil(n / s.multipleOf) * s.multipleOf;
  if (s.maximum !== undefined && n > s.maximum) n = s.maximum;
  if (s.exclusiveMaximum !== undefined && n >= s.exclusiveMaximum) n = s.exclusiveMaximum - (s.kind === 'integer' ? 1 : 0.5);
  return s.kind === 'integer' ? Math.round(n) : n;
}

/**
 * A value meant to be valid for `schema`: required properties always, optional ones near the top,
 * the first variant of a union, one item per array, and recursion cut off by depth (nullable →
 * null, optional → left out, arrays → as short as allowed). `variant` rotates union choices so
 * several samples of one schema cover several variants.
 */
export function sample(schema: IRSchema, ir: IRDocument, variant = 0, depth = 0): unknown {
  if (schema.nullable && depth > MAX_DEPTH) return null;
  switch (schema.kind) {
    case 'ref': {
      const target = ir.schemas[schema.name]?.schema;
      if (!target) return null;
      const value = sample(target, ir, variant, depth + 1);
      return value;
    }
    case 'string':
      return sampleString(schema);
    case 'number':
    case 'integer':
      return sampleNumber(schema);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'enum':
      return schema.values.length ? schema.values[variant % schema.values.length] : null;
    case 'array': {
      const head = (schema.prefixItems ?? []).map((s) => sample(s, ir, variant, depth + 1));
      const count = Math.min(Math.max(schema.minItems ?? 0, depth > MAX_DEPTH ? 0 : 1), schema.maxItems ?? Infinity);
      const rest = schema.items.kind === 'never' ? [] : Array.from({ length: Math.max(0, count - head.length) }, () => sample(schema.items, ir, variant, depth + 1));
      return [...head, ...rest];
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of schema.properties) {
        if (p.required || depth < 2) out[p.name] = sample(p.schema, ir, variant, depth + 1);
      }
      if (schema.properties.length === 0 && typeof schema.additionalProperties === 'object') {
        out['key'] = sample(schema.additionalProperties, ir, variant, depth + 1);
      }
      return out;
    }
    case 'union':
      return schema.variants.length ? sample(schema.variants[variant % schema.variants.length]!, ir, variant, depth + 1) : null;
    case 'intersection': {
      const parts = schema.members.map((m) => sample(m, ir, variant, depth + 1));
      return parts.every((p) => typeof p === 'object' && p !== null && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[0];
    }
    case 'unknown':
      return { anything: [1, 'two'] };
    case 'never':
      return null;
  }
}

/** True when the schema (through refs) contains file content, which has no JSON form. */
export function hasBinary(schema: IRSchema, ir: IRDocument, seen = new Set<string>()): boolean {
  switch (schema.kind) {
    case 'ref':
      if (seen.has(schema.name)) return false;
      seen.add(schema.name);
      return ir.schemas[schema.name] ? hasBinary(ir.schemas[schema.name]!.schema, ir, seen) : false;
    case 'string':
      return schema.format === 'binary';
    case 'array':
      return hasBinary(schema.items, ir, seen) || (schema.prefixItems ?? []).some((s) => hasBinary(s, ir, seen));
    case 'object':
      return schema.properties.some((p) => hasBinary(p.schema, ir, seen)) || (typeof schema.additionalProperties === 'object' && hasBinary(schema.additionalProperties, ir, seen));
    case 'union':
      return schema.variants.some((v) => hasBinary(v, ir, seen));
    case 'intersection':
      return schema.members.some((m) => hasBinary(m, ir, seen));
    default:
      return false;
  }
}

import type { IRSchema, IRStringSchema } from '../ir/types.js';
import { found, type Found } from './context.js';
import type { Direction } from './types.js';

type Bound = { key: string; bound: 'min' | 'max' | 'exact' };

/** The limit keywords per kind, and which way each one tightens. */
const LIMITS: Record<string, Bound[]> = {
  string: [
    { key: 'minLength', bound: 'min' },
    { key: 'maxLength', bound: 'max' },
    { key: 'pattern', bound: 'exact' },
    { key: 'format', bound: 'exact' },
  ],
  number: [
    { key: 'minimum', bound: 'min' },
    { key: 'exclusiveMinimum', bound: 'min' },
    { key: 'maximum', bound: 'max' },
    { key: 'exclusiveMaximum', bound: 'max' },
    { key: 'multipleOf', bound: 'exact' },
  ],
  array: [
    { key: 'minItems', bound: 'min' },
    { key: 'maxItems', bound: 'max' },
    { key: 'uniqueItems', bound: 'exact' },
  ],
  object: [
    { key: 'minProperties', bound: 'min' },
    { key: 'maxProperties', bound: 'max' },
  ],
};
LIMITS.integer = LIMITS.number!;

/**
 * A numeric bound beyond what JSON numbers hold exactly (int64 ranges written out) limits
 * nothing a client can send: treated as absent.
 */
function effective(v: unknown): unknown {
  return typeof v === 'number' && Math.abs(v) >= 2 ** 53 ? undefined : v;
}

/** 1 when the new value is stricter, -1 when looser, 0 when equal. */
function strictness(bound: Bound['bound'], oRaw: unknown, nRaw: unknown): number {
  const o = effective(oRaw);
  const n = effective(nRaw);
  if (o === n) return 0;
  if (n === undefined || n === false) return -1;
  if (o === undefined || o === false) return 1;
  if (bound === 'exact' || typeof o !== 'number' || typeof n !== 'number') return 1;
  return (bound === 'min' ? n > o : n < o) ? 1 : -1;
}

/**
 * File content, however it is spelled: 3.0 `format: binary`, or 3.1 `contentMediaType` without a
 * text encoding (`contentEncoding: base64` is text).
 */
function isBinary(s: IRStringSchema): boolean {
  return s.format === 'binary' || (s.contentMediaType !== undefined && s.contentEncoding === undefined);
}

/**
 * Limits (lengths, ranges, item counts, pattern, format, multipleOf) and enum values of two
 * schemas of the same kind. Requests may loosen but not tighten; responses are only reported.
 */
export function compareScalars(o: IRSchema, n: IRSchema, dir: Direction, label: string, out: Found[]): void {
  const before = o as unknown as Record<string, unknown>;
  const after = n as unknown as Record<string, unknown>;
  if (o.kind === 'string' && n.kind === 'string' && isBinary(o) !== isBinary(n)) {
    // File content vs text: the SDK type switches between an upload/blob and a string.
    const [a, b] = [isBinary(o) ? 'binary' : 'string', isBinary(n) ? 'binary' : 'string'];
    const id = dir === 'request' ? 'request-type-changed' : 'response-type-changed';
    out.push(found(id, n.pointer, `${dir} ${label}: type changed from ${a} to ${b}`, a, b));
    return;
  }
  const bothBinary = o.kind === 'string' && n.kind === 'string' && isBinary(o) && isBinary(n);
  for (const { key, bound } of LIMITS[o.kind] ?? []) {
    if (bothBinary && key === 'format') continue;
    const s = strictness(bound, before[key], after[key]);
    if (s === 0) continue;
    const id =
      dir === 'response'
        ? 'response-limit-changed'
        : s > 0
          ? 'request-limit-tightened'
          : 'request-limit-relaxed';
    const how = dir === 'response' ? 'changed' : s > 0 ? 'tightened' : 'relaxed';
    out.push(
      found(
        id,
        n.pointer,
        `${dir} ${label}: ${key} ${how} (${String(before[key])} → ${String(after[key])})`,
        before[key] ?? null,
        after[key] ?? null,
      ),
    );
  }
  if (o.kind === 'enum' && n.kind === 'enum') compareEnums(o.values, n.values, n.pointer, dir, label, out);
}

/**
 * Enum values, judged per value and then as a whole set. A request enum may gain values but not
 * lose any. A response enum that keeps none of its old values (every value replaced, or a
 * constant whose value changed) sends nothing old readers were written against, and the literal
 * type they compare with changes: one breaking change replaces the per-value ones.
 */
function compareEnums(
  o: unknown[],
  n: unknown[],
  pointer: string,
  dir: Direction,
  label: string,
  out: Found[],
): void {
  const before = new Set(o.map((v) => JSON.stringify(v)));
  const after = new Set(n.map((v) => JSON.stringify(v)));
  const removed = [...before].filter((v) => !after.has(v));
  const added = [...after].filter((v) => !before.has(v));
  if (dir === 'response' && removed.length > 0 && removed.length === before.size) {
    const constant = before.size === 1 && after.size === 1;
    const [was, now] = [[...before].join(', '), [...after].join(', ') || '(none)'];
    out.push(
      constant
        ? found(
            'response-const-changed',
            pointer,
            `response ${label}: constant ${was} became ${now}`,
            o[0],
            n[0],
          )
        : found(
            'response-enum-replaced',
            pointer,
            `response ${label}: enum values ${was} all replaced by ${now}`,
            o,
            n,
          ),
    );
    return;
  }
  for (const v of removed) {
    const id = dir === 'request' ? 'request-enum-value-removed' : 'response-enum-value-removed';
    out.push(found(id, pointer, `${dir} ${label}: enum value ${v} removed`, JSON.parse(v), undefined));
  }
  for (const v of added) {
    const id = dir === 'request' ? 'request-enum-value-added' : 'response-enum-value-added';
    out.push(found(id, pointer, `${dir} ${label}: enum value ${v} added`, undefined, JSON.parse(v)));
  }
}

/** Small type guards and readers for untyped spec JSON. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A string field, or undefined when absent or not a string. */
export function str(obj: JsonObject, key: string): string | undefined {
  const v = obj[key];
  return typeof v === 'string' ? v : undefined;
}

/** A finite number field, or undefined. */
export function num(obj: JsonObject, key: string): number | undefined {
  const v = obj[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** True only when the field is literally `true`. */
export function flag(obj: JsonObject, key: string): boolean {
  return obj[key] === true;
}

/** The `x-*` keys of an object, verbatim; undefined when there are none. */
export function extensions(obj: JsonObject): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(obj)) {
    if (key.startsWith('x-')) (out ??= {})[key] = obj[key];
  }
  return out;
}

/** Describes a value's JSON type for error messages: `a string`, `an array`, `null`. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  const t = typeof value;
  return t === 'object' ? 'an object' : `a ${t}`;
}

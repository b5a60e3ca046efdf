import {
  contentText,
  definedEntries,
  encoderFor,
  exploded,
  isPlainObject,
  listSeparator,
  scalarText,
  type ParamStyle,
} from './param-style.js';

/**
 * The encoded `name=value` pairs of one query parameter (or form field) in `style`:
 *
 * | style | `[a, b]` | `{ k: v }` |
 * | --- | --- | --- |
 * | form, explode | `n=a&n=b` | `k=v` |
 * | form | `n=a,b` | `n=k,v` |
 * | spaceDelimited / pipeDelimited | `n=a%20b` / `n=a\|b` | `n=k%20v` / `n=k\|v` |
 * | deepObject | `n=a&n=b` | `n[k]=v` (deeper levels in brackets) |
 * | brackets | `n[]=a&n[]=b` | `n[k]=v` |
 *
 * A `contentType` sends the whole value as one text (JSON for JSON types). `undefined` gives no
 * pair; `null` an empty value.
 */
export function queryPairs(name: string, value: unknown, style: ParamStyle): string[] {
  if (value === undefined) return [];
  const encode = encoderFor(style);
  const key = encodeURIComponent(name);
  if (style.contentType) return [`${key}=${encode(contentText(value, style.contentType))}`];
  if (style.style === 'brackets') return bracketPairs(key, value, encode);
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined).map((v) => encode(scalarText(v)));
    if (exploded(style) || style.style === 'deepObject') return items.map((v) => `${key}=${v}`);
    return [`${key}=${items.join(listSeparator(style))}`];
  }
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (style.style === 'deepObject') {
      return entries.flatMap(([k, v]) => bracketPairs(`${key}[${encodeURIComponent(k)}]`, v, encode));
    }
    if (exploded(style)) return entries.map(([k, v]) => `${encodeURIComponent(k)}=${encode(scalarText(v))}`);
    const flat = entries.flatMap(([k, v]) => [encode(k), encode(scalarText(v))]);
    return [`${key}=${flat.join(listSeparator(style))}`];
  }
  return [`${key}=${encode(scalarText(value))}`];
}

/** Bracket form: `n[]=a`, `n[k]=v`, nested to any depth; `key` is already encoded. */
export function bracketPairs(key: string, value: unknown, encode: (t: string) => string = encodeURIComponent): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => bracketPairs(`${key}[]`, item, encode));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([k, v]) => bracketPairs(`${key}[${encodeURIComponent(k)}]`, v, encode));
  }
  return [`${key}=${encode(scalarText(value))}`];
}

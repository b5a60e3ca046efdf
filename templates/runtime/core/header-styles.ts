import { contentText, definedEntries, exploded, isPlainObject, scalarText, type ParamStyle } from './param-style.js';

/**
 * A header parameter's value in `simple` style: `[a, b]` → `a,b`; `{ k: v, j: w }` → `k,v,j,w`
 * (explode: `k=v,j=w`); a `contentType` sends the value serialized (JSON). `undefined` and `null`
 * stay as they are (leave the header out / remove it).
 */
export function headerParam(value: unknown, style: ParamStyle): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (style.contentType) return contentText(value, style.contentType);
  if (Array.isArray(value)) return value.map(scalarText).join(',');
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (exploded(style)) return entries.map(([k, v]) => `${k}=${scalarText(v)}`).join(',');
    return entries.flatMap(([k, v]) => [k, scalarText(v)]).join(',');
  }
  return scalarText(value);
}

/**
 * The `Cookie` header for cookie parameters (`form` style; values percent-encoded):
 * `n=v; m=a,b` — an exploded array repeats the name (`m=a; m=b`), an exploded object sends its
 * properties as cookies (`k=v`). Undefined when no value is set.
 */
export function cookieHeader(
  values: Record<string, unknown>,
  styles?: Readonly<Record<string, ParamStyle>>,
): string | undefined {
  const parts: string[] = [];
  const enc = (v: unknown) => encodeURIComponent(scalarText(v));
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const style = styles?.[name] ?? { style: 'form', explode: true };
    const key = encodeURIComponent(name);
    if (style.contentType) parts.push(`${key}=${encodeURIComponent(contentText(value, style.contentType))}`);
    else if (Array.isArray(value)) {
      if (exploded(style)) parts.push(...value.map((v) => `${key}=${enc(v)}`));
      else parts.push(`${key}=${value.map(enc).join(',')}`);
    } else if (isPlainObject(value)) {
      const entries = definedEntries(value);
      if (exploded(style)) parts.push(...entries.map(([k, v]) => `${encodeURIComponent(k)}=${enc(v)}`));
      else parts.push(`${key}=${entries.flatMap(([k, v]) => [encodeURIComponent(k), enc(v)]).join(',')}`);
    } else parts.push(`${key}=${enc(value)}`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

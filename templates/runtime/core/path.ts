import { contentText, definedEntries, exploded, isPlainObject, scalarText, type ParamStyle } from './param-style.js';

/**
 * Tagged template for request paths: every interpolated value is percent-encoded as one
 * path segment, so no value (`../x`, `a?b`, `a/b`, `#`) can change which endpoint is called.
 * A value made by `pathParam` is already encoded in its style and is inserted as is.
 *
 *     path`/threads/${threadID}/runs/${runID}`
 */
export function path(statics: TemplateStringsArray, ...values: unknown[]): string {
  let out = statics[0] ?? '';
  values.forEach((value, i) => {
    out += (value instanceof EncodedPath ? value.text : encodeSegment(value)) + (statics[i + 1] ?? '');
  });
  return out;
}

/** Encodes one path segment; dot segments are encoded too so they stay literal. */
export function encodeSegment(value: unknown): string {
  if (value === undefined || value === null) {
    throw new TypeError(`Path parameter is ${value}; expected a string or number`);
  }
  const encoded = encodeURIComponent(scalarText(value));
  if (encoded === '.' || encoded === '..') return encoded.replace(/\./g, '%2E');
  if (encoded === '') throw new TypeError('Path parameter is an empty string');
  return encoded;
}

/** A path parameter already serialized (by `pathParam`). */
export class EncodedPath {
  constructor(readonly text: string) {}
}

/**
 * A path parameter in `style` (`simple`, `label`, `matrix`), every part percent-encoded:
 *
 * | style | `5` | `[3, 4]` | `{ r: 1, g: 2 }` |
 * | --- | --- | --- | --- |
 * | simple | `5` | `3,4` | `r,1,g,2` (explode: `r=1,g=2`) |
 * | label | `.5` | `.3,4` (explode: `.3.4`) | `.r,1,g,2` (explode: `.r=1.g=2`) |
 * | matrix | `;id=5` | `;id=3,4` (explode: `;id=3;id=4`) | `;id=r,1,g,2` (explode: `;r=1;g=2`) |
 */
export function pathParam(name: string, value: unknown, style: ParamStyle): EncodedPath {
  if (value === undefined || value === null) {
    throw new TypeError(`Path parameter ${name} is ${value}; expected a value`);
  }
  const enc = (v: unknown) => encodeURIComponent(scalarText(v));
  const explode = exploded(style);
  const prefix = style.style === 'label' ? '.' : style.style === 'matrix' ? ';' : '';
  const named = (text: string) => (style.style === 'matrix' ? `${encodeURIComponent(name)}=${text}` : text);
  if (style.contentType) return new EncodedPath(prefix + named(encodeURIComponent(contentText(value, style.contentType))));
  if (Array.isArray(value)) {
    const items = value.map(enc);
    if (!explode) return new EncodedPath(prefix + named(items.join(',')));
    return new EncodedPath(items.map((item) => prefix + named(item)).join(prefix === '' ? ',' : ''));
  }
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (!explode) return new EncodedPath(prefix + named(entries.flatMap(([k, v]) => [enc(k), enc(v)]).join(',')));
    const pairs = entries.map(([k, v]) => `${enc(k)}=${enc(v)}`);
    return new EncodedPath(prefix === '' ? pairs.join(',') : pairs.map((p) => prefix + p).join(''));
  }
  return new EncodedPath(prefix === '' ? encodeSegment(value) : prefix + named(enc(value)));
}

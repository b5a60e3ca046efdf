import type { HeadersLike, HeaderValue } from './request-options.js';

/**
 * Merges header layers left to right, case-insensitively: a later layer replaces a header
 * of the same name, and a `null` value removes it. `undefined` values leave it unchanged.
 */
export function buildHeaders(layers: Array<HeadersLike | undefined | null>): Headers {
  const merged = new Map<string, [string, string]>();
  for (const layer of layers) {
    for (const [name, value] of entriesOf(layer)) {
      const key = name.toLowerCase();
      if (value === null) merged.delete(key);
      else if (value !== undefined) merged.set(key, [name, value]);
    }
  }
  const headers = new Headers();
  for (const [name, value] of merged.values()) headers.set(name, value);
  return headers;
}

/** Names a layer removes (sets to `null`), lower-cased. */
export function removedHeaders(layer: HeadersLike | undefined | null): Set<string> {
  const out = new Set<string>();
  for (const [name, value] of entriesOf(layer)) if (value === null) out.add(name.toLowerCase());
  return out;
}

function entriesOf(layer: HeadersLike | undefined | null): Array<[string, HeaderValue]> {
  if (!layer) return [];
  if (typeof Headers !== 'undefined' && layer instanceof Headers) {
    // forEach, not entries(): compiles without the DOM.Iterable lib.
    const out: Array<[string, HeaderValue]> = [];
    layer.forEach((value, key) => out.push([key, value]));
    return out;
  }
  if (Array.isArray(layer)) return layer;
  return Object.entries(layer).map(([k, v]) => [k, v === null || v === undefined ? v : String(v)]);
}

/** Headers as a plain object (lower-case names), e.g. for logging. */
export function headersToObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

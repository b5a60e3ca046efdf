/**
 * Tagged template for request paths: every interpolated value is percent-encoded as one
 * path segment, so no value (`../x`, `a?b`, `a/b`, `#`) can change which endpoint is called.
 *
 *     path`/threads/${threadID}/runs/${runID}`
 */
export function path(statics: TemplateStringsArray, ...values: unknown[]): string {
  let out = statics[0] ?? '';
  values.forEach((value, i) => {
    out += encodeSegment(value) + (statics[i + 1] ?? '');
  });
  return out;
}

/** Encodes one path segment; dot segments are encoded too so they stay literal. */
export function encodeSegment(value: unknown): string {
  if (value === undefined || value === null) {
    throw new TypeError(`Path parameter is ${value}; expected a string or number`);
  }
  const encoded = encodeURIComponent(String(value));
  if (encoded === '.' || encoded === '..') return encoded.replace(/\./g, '%2E');
  if (encoded === '') throw new TypeError('Path parameter is an empty string');
  return encoded;
}

/**
 * Query-string encoding with brackets for nesting:
 * `{ a: [1, 2], o: { k: 'v' } }` → `a[]=1&a[]=2&o[k]=v`. `undefined` is skipped,
 * `null` is sent as an empty value, dates as ISO strings.
 */
export function stringifyQuery(query: Record<string, unknown> | undefined | null): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) appendValue(parts, encodeURIComponent(key), value);
  return parts.join('&');
}

function appendValue(parts: string[], key: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null) {
    parts.push(`${key}=`);
  } else if (Array.isArray(value)) {
    for (const item of value) appendValue(parts, `${key}[]`, item);
  } else if (value instanceof Date) {
    parts.push(`${key}=${encodeURIComponent(value.toISOString())}`);
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) appendValue(parts, `${key}[${encodeURIComponent(k)}]`, v);
  } else {
    parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
}

/** Merges query layers left to right; later layers win, `undefined` values do not override. */
export function mergeQuery(...layers: Array<Record<string, unknown> | undefined | null>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) if (v !== undefined) out[k] = v;
  }
  return out;
}

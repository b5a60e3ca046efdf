import type { ParamStyle } from './param-style.js';
import { bracketPairs, queryPairs } from './query-styles.js';

/**
 * Query-string encoding. Each key is written in its `styles` entry (see `query-styles.ts`), or
 * with brackets for nesting when it has none: `{ a: [1, 2], o: { k: 'v' } }` → `a[]=1&a[]=2&o[k]=v`.
 * `undefined` is skipped, `null` is sent as an empty value, dates as ISO strings.
 */
export function stringifyQuery(
  query: Record<string, unknown> | undefined | null,
  styles?: Readonly<Record<string, ParamStyle>>,
): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    const style = styles?.[key];
    parts.push(...(style ? queryPairs(key, value, style) : bracketPairs(encodeURIComponent(key), value)));
  }
  return parts.join('&');
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

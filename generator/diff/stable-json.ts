/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function stableJson(value: unknown, skip?: ReadonlySet<string>): string {
  return JSON.stringify(value, function (key, v: unknown) {
    if (skip?.has(key) && !Array.isArray(this)) return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** True when two JSON values are equal, whatever the key order of their objects. */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

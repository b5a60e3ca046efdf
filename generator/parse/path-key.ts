/**
 * A path key as written in the spec, split into the path template and the constant query it
 * may carry: `/responses?beta=true` → `{ path: '/responses', fixedQuery: { beta: 'true' } }`.
 */
export function splitPathKey(key: string): { path: string; fixedQuery?: Record<string, string> } {
  const q = key.indexOf('?');
  if (q < 0) return { path: key };
  const fixedQuery: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(key.slice(q + 1))) fixedQuery[name] = value;
  return { path: key.slice(0, q), fixedQuery };
}

/** Parameter names in a path template, in order: `/a/{x}/b/{y}` → `['x', 'y']`. */
export function templateParams(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
}

/** An identifier derived from method and path when `operationId` is missing: `get_files_file_id`. */
export function derivedOperationId(method: string, path: string): string {
  const slug = path.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return slug ? `${method}_${slug}` : method;
}

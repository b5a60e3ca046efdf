/** Schema-blind edits of a JSON value: each one may or may not make it invalid; the validators decide. */

/** A value of a different JSON type than `value`. */
export function wrongType(value: unknown): unknown {
  if (Array.isArray(value)) return { not: 'an array' };
  if (value === null) return 0;
  switch (typeof value) {
    case 'string':
      return 12345;
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'true';
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return null;
  }
}

/** Copies `root` with the value at `path` replaced (or deleted when `replacement` is `DELETE`). */
export const DELETE = Symbol('delete');
function edit(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = edit(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0 && replacement === DELETE) delete copy[head as string];
  else copy[head as string] = edit(copy[head as string], rest, replacement);
  return copy;
}

/** The first few paths into `value`, breadth-first (the root first). */
function paths(value: unknown, limit: number): (string | number)[][] {
  const out: (string | number)[][] = [];
  const queue: [unknown, (string | number)[]][] = [[value, []]];
  while (queue.length && out.length < limit) {
    const [node, path] = queue.shift()!;
    out.push(path);
    if (Array.isArray(node)) node.slice(0, 1).forEach((v, i) => queue.push([v, [...path, i]]));
    else if (node && typeof node === 'object') Object.entries(node).forEach(([k, v]) => queue.push([v, [...path, k]]));
  }
  return out;
}

/** Mutations of a valid sample, each with a tag saying what was done where. */
export function mutations(value: unknown, limit = 4): { tag: string; value: unknown }[] {
  const out: { tag: string; value: unknown }[] = [];
  for (const path of paths(value, limit)) {
    const at = path.length ? path.join('.') : '$';
    const node = path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], value);
    out.push({ tag: `type@${at}`, value: edit(value, path, wrongType(node)) });
    if (node !== null) out.push({ tag: `null@${at}`, value: edit(value, path, null) });
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const keys = Object.keys(node);
      if (keys[0] !== undefined) out.push({ tag: `drop@${at}.${keys[0]}`, value: edit(value, [...path, keys[0]], DELETE) });
      out.push({ tag: `extra@${at}`, value: edit(value, path, { ...node, zz_extra: 1 }) });
    }
    if (typeof node === 'string') out.push({ tag: `long@${at}`, value: edit(value, path, node.padEnd(20_000, 'x')) });
    if (typeof node === 'number') out.push({ tag: `frac@${at}`, value: edit(value, path, node + 0.5) }, { tag: `neg@${at}`, value: edit(value, path, -1e12) });
    if (Array.isArray(node)) out.push({ tag: `empty@${at}`, value: edit(value, path, []) });
  }
  return out;
}

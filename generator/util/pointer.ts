/** JSON pointer (RFC 6901) helpers. Pointers in sdkgen are written with a leading `#`. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one reference token: `~1` → `/`, `~0` → `~`. */
export function unescapeToken(token: string): string {
  if (!token.includes('~')) return token;
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Appends tokens to a pointer: `join('#/paths', '/files')` → `#/paths/~1files`. */
export function join(pointer: string, ...tokens: (string | number)[]): string {
  let out = pointer;
  for (const t of tokens) out += '/' + escapeToken(String(t));
  return out;
}

/** Splits a local pointer (`#/a/b~1c`) into unescaped tokens; undefined if not local. */
export function splitPointer(pointer: string): string[] | undefined {
  if (pointer === '#' || pointer === '#/') return [];
  if (!pointer.startsWith('#/')) return undefined;
  return pointer
    .slice(2)
    .split('/')
    .map((t) => unescapeToken(t.includes('%') ? decodeURIComponent(t) : t));
}

/**
 * Reads the value at a local pointer (`#` is the root), or undefined when the pointer is not local
 * or any step is missing. Only own properties are followed (`#/a/constructor` is not
 * `Object`'s), and only canonical indices in arrays (`0`, `12`; not `01` or `-1`).
 */
export function getAt(root: unknown, pointer: string): unknown {
  const tokens = splitPointer(pointer);
  if (!tokens) return undefined;
  let node: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(node)) node = /^(0|[1-9]\d*)$/.test(token) ? node[Number(token)] : undefined;
    else if (node !== null && typeof node === 'object') {
      node = Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined;
    } else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

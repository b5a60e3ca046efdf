import { bail, doubleQuoted, keyOf, resolvePlain, singleQuoted } from './yaml-scalars.js';

/**
 * Flow collections (`{a: 1, b: [x, "y"]}`) for the fast YAML reader, possibly over several lines.
 * Handles quoted and one-line plain scalars, nested collections, comments and trailing commas;
 * anything else (anchors, tags, `?` keys, implicit pairs in sequences, multi-line plain scalars)
 * bails out to the `yaml` package.
 */

/** Names every plain object inherits (`constructor`, `toString`, `__proto__`, ...). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Sets a key the way `yaml` does: an inherited name (`__proto__`, `constructor`) is defined as an
 * own property, never assigned through the prototype; anything else is assigned (a repeated key
 * keeps its first position and takes the last value).
 */
export function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (INHERITED.has(key))
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

/** Skips spaces, line breaks and comments (a `#` after whitespace). */
function skip(text: string, p: number): number {
  for (;;) {
    const c = text[p];
    if (c === ' ' || c === '\n' || c === '\t') p++;
    else if (c === '#' && (p === 0 || /\s/.test(text[p - 1]!))) {
      const end = text.indexOf('\n', p);
      p = end === -1 ? text.length : end;
    } else return p;
  }
}

const STOP = new Set([',', '[', ']', '{', '}', '\n']);

/** A one-line plain scalar in flow context: up to `,[]{}`, a line break, `: ` or ` #`. */
function plain(text: string, p: number): [string, number] {
  let j = p;
  for (;;) {
    const c = text[j];
    if (c === undefined) bail();
    if (STOP.has(c)) break;
    if (c === ':' && /[\s,[\]{}]/.test(text[j + 1] ?? ' ')) break;
    if (c === '#' && (text[j - 1] === ' ' || text[j - 1] === '\t')) break;
    j++;
  }
  const raw = text.slice(p, j).trimEnd();
  if (raw === '') bail();
  if (text[j] === '\n') {
    // A plain scalar going on past the line end is multi-line: not handled here.
    const next = skip(text, j);
    if (!/[,\]}:]/.test(text[next] ?? '')) bail();
  }
  return [raw, j];
}

/** One flow node at `p` (after whitespace): its value and the offset after it. */
export function flowNode(text: string, p: number): [unknown, number] {
  const c = text[p];
  if (c === '[') return flowSeq(text, p + 1);
  if (c === '{') return flowMap(text, p + 1);
  if (c === '"') return doubleQuoted(text, p);
  if (c === "'") return singleQuoted(text, p);
  if (c === undefined || '&*!|>%@`?,]}#'.includes(c)) bail();
  if (c === '-' && /\s/.test(text[p + 1] ?? ' ')) bail();
  const [raw, end] = plain(text, p);
  return [resolvePlain(raw), end];
}

function flowSeq(text: string, p: number): [unknown[], number] {
  const out: unknown[] = [];
  for (;;) {
    p = skip(text, p);
    if (text[p] === ']') return [out, p + 1];
    const [value, end] = flowNode(text, p);
    p = skip(text, end);
    if (text[p] === ':') bail(); // an implicit single-pair mapping
    out.push(value);
    if (text[p] === ',') p++;
    else if (text[p] !== ']') bail();
  }
}

function flowMap(text: string, p: number): [Record<string, unknown>, number] {
  const out: Record<string, unknown> = {};
  for (;;) {
    p = skip(text, p);
    if (text[p] === '}') return [out, p + 1];
    const c = text[p];
    if (c === '[' || c === '{') bail();
    const [key, end] = flowNode(text, p);
    p = skip(text, end);
    if (text[p] !== ':') bail();
    p = skip(text, p + 1);
    let value: unknown = null;
    if (text[p] !== ',' && text[p] !== '}') [value, p] = flowNode(text, p);
    setKey(out, keyOf(key), value);
    p = skip(text, p);
    if (text[p] === ',') p++;
    else if (text[p] !== '}') bail();
  }
}

/**
 * Scalars for the fast YAML reader (`yaml-fast.ts`): plain scalars resolved by the YAML 1.2 core
 * schema exactly as the `yaml` package resolves them, and single- and double-quoted scalars with
 * line folding. Anything unusual throws `BAIL`, and the caller hands the file to `yaml`.
 */

/** Thrown when the fast reader meets something it does not handle; never escapes `yaml-fast.ts`. */
export const BAIL: unique symbol = Symbol('bail');

export function bail(): never {
  throw BAIL;
}

/** A plain scalar's value by the core schema (null, bool, int, float, else the string itself). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Starting with a letter, only null and the booleans (4 or 5 letters) are not strings.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    if (s.length !== 4 && s.length !== 5) return s;
    if (/^(?:[Nn]ull|NULL)$/.test(s)) return null;
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return c === 116 || c === 84;
    return s;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/** A mapping key as a JS property name, the way `yaml` turns scalar keys into strings. */
export function keyOf(value: unknown): string {
  return value === null ? '' : String(value);
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Folds a line break inside a quoted scalar at `p` (the `\n`): skips the following lines' leading
 * whitespace; empty lines become `\n` each, else the break becomes a space (none when `escaped`).
 */
function foldBreak(text: string, p: number, escaped: boolean): [string, number] {
  let empties = 0;
  let q = p + 1;
  for (;;) {
    while (text[q] === ' ' || text[q] === '\t') q++;
    if (text[q] !== '\n') break;
    empties++;
    q++;
  }
  if (q >= text.length) bail();
  if ((text.startsWith('---', q) || text.startsWith('...', q)) && text[q - 1] === '\n') bail();
  return [empties > 0 ? '\n'.repeat(empties) : escaped ? '' : ' ', q];
}

/** Strips trailing blanks that came from the text itself (never from escapes, before `keep`). */
function trimTail(out: string, keep: number): string {
  let end = out.length;
  while (end > keep && (out[end - 1] === ' ' || out[end - 1] === '\t')) end--;
  return end === out.length ? out : out.slice(0, end);
}

/** A double-quoted scalar opening at `p`: its value and the offset after the closing quote. */
export function doubleQuoted(text: string, p: number): [string, number] {
  let out = '';
  let keep = 0;
  let i = p + 1;
  for (;;) {
    let j = i;
    for (let c = text.charCodeAt(j); c !== 34 && c !== 92 && c !== 10; c = text.charCodeAt(j)) {
      if (j >= text.length) bail();
      j++;
    }
    out += text.slice(i, j);
    const c = text[j];
    if (c === '"') return [out, j + 1];
    if (c === '\n') {
      out = trimTail(out, keep);
      const [fold, next] = foldBreak(text, j, false);
      out += fold;
      i = next;
      continue;
    }
    // A backslash escape.
    const e = text[j + 1];
    if (e === undefined) bail();
    if (e === '\n') {
      const [fold, next] = foldBreak(text, j + 1, true);
      out += fold;
      keep = out.length;
      i = next;
      continue;
    }
    const length = HEX_LENGTH[e];
    if (length !== undefined) {
      const hex = text.slice(j + 2, j + 2 + length);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) bail();
      out += String.fromCodePoint(parseInt(hex, 16));
      i = j + 2 + length;
    } else {
      const ch = ESCAPES[e];
      if (ch === undefined) bail();
      out += ch;
      i = j + 2;
    }
    keep = out.length;
  }
}

/** A single-quoted scalar opening at `p` (`''` is a quote): its value and the offset after it. */
export function singleQuoted(text: string, p: number): [string, number] {
  let out = '';
  let i = p + 1;
  for (;;) {
    let j = i;
    for (let c = text.charCodeAt(j); c !== 39 && c !== 10; c = text.charCodeAt(j)) {
      if (j >= text.length) bail();
      j++;
    }
    out += text.slice(i, j);
    if (text[j] === '\n') {
      out = trimTail(out, 0);
      const [fold, next] = foldBreak(text, j, false);
      out += fold;
      i = next;
    } else if (text[j + 1] === "'") {
      out += "'";
      i = j + 2;
    } else return [out, j + 1];
  }
}

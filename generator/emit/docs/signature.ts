/**
 * Splitting a method signature the SDK emitter printed (`name(a: A, b?: B): R`) into its
 * parameter list and return type, skipping brackets and quotes inside types.
 */

export interface SplitSignature {
  name: string;
  /** Parameters as printed, one per entry (`body: PetCreateParams`). */
  params: string[];
  returnType: string;
}

/** Index of the bracket closing the one at `open`, or -1. Quotes are skipped whole. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (ch === '(' || ch === '{' || ch === '[' || ch === '<') depth++;
    else if (ch === ')' || ch === '}' || ch === ']' || (ch === '>' && text[i - 1] !== '=')) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits `text` at top-level commas. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ('({[<\'"`'.includes(ch)) {
      const end = ch === "'" || ch === '"' || ch === '`' ? closingQuote(text, i) : closing(text, i);
      if (end > i) i = end;
    } else if (ch === ',') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[open]) return i;
  }
  return -1;
}

/** Splits a printed signature; throws when it is not of the form `name(...): type`. */
export function splitSignature(signature: string): SplitSignature {
  const open = signature.indexOf('(');
  const close = open < 0 ? -1 : closing(signature, open);
  const rest = close < 0 ? '' : signature.slice(close + 1);
  if (close < 0 || !rest.startsWith(': ')) throw new Error(`not a method signature: ${signature}`);
  return {
    name: signature.slice(0, open),
    params: splitTopLevel(signature.slice(open + 1, close)),
    returnType: rest.slice(2).trim(),
  };
}

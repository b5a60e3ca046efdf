/**
 * Parses JSON that may be cut off part-way (a structured output still streaming): an open
 * string is closed, open objects and arrays are closed, and a trailing value or key that is
 * not complete yet (`tr`, `"key":`, `1.`) is dropped. Returns undefined when nothing parses.
 */
interface Cut {
  /** Keep `text.slice(0, at)`. */
  at: number;
  /** The brackets still open there, innermost first. */
  closers: string;
}

export function parsePartialJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // incomplete: complete it below
  }
  const open: string[] = [];
  const cuts: Cut[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      open.push(ch === '{' ? '}' : ']');
      cuts.push({ at: i + 1, closers: closers(open) });
    } else if (ch === '}' || ch === ']') open.pop();
    else if (ch === ',') cuts.push({ at: i, closers: closers(open) });
  }
  let body = text;
  if (inString) body = (escaped ? body.slice(0, -1) : body) + '"';
  const attempts = [body + closers(open), ...cuts.reverse().map((c) => text.slice(0, c.at) + c.closers)];
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt);
    } catch {
      // try a shorter prefix
    }
  }
  return undefined;
}

function closers(open: string[]): string {
  let out = '';
  for (let i = open.length - 1; i >= 0; i--) out += open[i];
  return out;
}

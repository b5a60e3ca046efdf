/** Markdown structure checks for generated docs: what is prose, what is code, what is a heading. */

/** Lines outside fenced code blocks (with 1-based line numbers); throws on an unclosed fence. */
export function proseLines(markdown: string, name: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((text, i) => {
    const open = /^(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (text.trimEnd() === fence) fence = undefined;
    } else if (open) fence = open[1];
    else out.push({ line: i + 1, text });
  });
  if (fence) throw new Error(`${name}: a code fence is never closed`);
  return out;
}

/** The line with its code spans removed (a run of N backticks up to the next run of exactly N). */
export function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i++];
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n++;
    const rest = line.slice(i + n);
    const close = new RegExp(`(^|[^\`])\`{${n}}(?!\`)`).exec(rest);
    if (!close) {
      out += line.slice(i, i + n); // an unmatched run stays: the check below reports it
      i += n;
      continue;
    }
    out += ' ';
    i += n + close.index + close[0].length;
  }
  return out;
}

/** Characters that must never appear unescaped in prose the docs emitter writes. */
export function unescapedSpecials(line: string): string[] {
  const found: string[] = [];
  const text = withoutCodeSpans(line);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if ('<|`'.includes(text[i]!)) found.push(text[i]!);
  }
  return found;
}

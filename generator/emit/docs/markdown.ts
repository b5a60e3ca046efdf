/**
 * Putting spec strings into Markdown without letting them change its structure. Prose from a
 * spec may hold headings, tables, pipes, HTML, backticks and fences: every helper here keeps
 * it inside the one inline span or block it was meant for.
 */

/** Line separators JavaScript and Markdown readers treat as newlines, folded to `\n`. */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
}

/**
 * Inline prose on one line: whitespace collapsed; code spans, emphasis, links, HTML, entities,
 * strike-through and table pipes backslash-escaped. CommonMark lets any ASCII punctuation be
 * escaped, so the text renders as written. For text that starts a line, use `lineText`.
 */
export function inlineText(text: string): string {
  const flat = normaliseNewlines(text).replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}

/**
 * `inlineText` for text at the start of a line: a first character that could open a block
 * (heading, list item, quote, thematic break, setext underline, ordered list) is escaped too.
 */
export function lineText(text: string): string {
  return inlineText(text)
    .replace(/^([#+\-=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * The first sentence (or line) of a description, as inline text: for one-line summaries in
 * lists. Empty when there is no text.
 */
export function firstSentence(text: string | undefined, limit = 200): string {
  if (!text) return '';
  const firstLine = normaliseNewlines(text).split(/\n\s*\n/)[0] ?? '';
  const match = /^(.+?[.!?])(\s|$)/s.exec(firstLine);
  let sentence = (match ? match[1]! : firstLine).replace(/\s+/g, ' ').trim();
  if (sentence.length > limit) sentence = `${sentence.slice(0, limit - 1).trimEnd()}…`;
  return lineText(sentence);
}

/** The longest run of `ch` in `text`. */
function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * An inline code span holding `text` verbatim on one line: the fence is one backtick longer
 * than any run inside, with padding when the text starts or ends with a backtick or space.
 * Not for table cells (a pipe would split the cell): the docs use lists, not tables.
 */
export function codeSpan(text: string): string {
  const flat = normaliseNewlines(text).replace(/\n/g, ' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = /^[`\s]|[`\s]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block: the fence is longer than any backtick run in the code. */
export function codeBlock(lang: string, code: string): string {
  const body = normaliseNewlines(code).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/**
 * Prose as paragraphs: each paragraph's lines joined and escaped, so nothing in it can become
 * a heading, list, table, HTML block or fence. Blank-line paragraph breaks are kept.
 */
export function paragraphs(text: string | undefined): string {
  if (!text) return '';
  return normaliseNewlines(text)
    .split(/\n\s*\n/)
    .map((p) => lineText(p))
    .filter(Boolean)
    .join('\n\n');
}

/** A GitHub-style anchor for a heading text (lower case, spaces to dashes, punctuation dropped). */
export function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

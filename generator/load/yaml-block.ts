import { bail } from './yaml-scalars.js';

/**
 * Block scalars (`|`, `>`, with `-`/`+` chomping) for the fast YAML reader. The header is at offset
 * `p` of line `i`; the content is the following lines indented more than `parent`, at the indent
 * of the first non-empty one. An explicit indentation indicator, a leading empty line longer than
 * the content indent or tabs in an empty line bail out to the `yaml` package. Returns the value and the index of the first line after it.
 */
interface Body {
  lines: string[];
  /** Empty lines after the last content line (kept only by `+`). */
  trailing: number;
  chomp: '' | '-' | '+';
  next: number;
}

function body(text: string, starts: readonly number[], i: number, p: number, parent: number): Body {
  const header = /^[|>]([-+]?)(?:[ \t]+#.*)?[ \t]*$/.exec(text.slice(p, starts[i + 1]! - 1));
  if (!header) bail();
  const count = starts.length - 1;
  const lineAt = (j: number): string => text.slice(starts[j], starts[j + 1]! - 1);
  let indent = -1;
  let longestEmpty = 0;
  const lines: string[] = [];
  let trailing = 0;
  let j = i + 1;
  for (; j < count; j++) {
    const line = lineAt(j);
    let spaces = 0;
    while (line.charCodeAt(spaces) === 32) spaces++;
    if (spaces < line.length && line.trim() === '') bail(); // tabs in an empty line
    if (spaces === line.length && (indent === -1 || spaces <= indent)) {
      // An empty line (a whitespace-only line longer than the indent is content: its spaces).
      if (indent === -1) longestEmpty = Math.max(longestEmpty, spaces);
      trailing++;
      continue;
    }
    if (indent === -1) {
      if (spaces <= parent) break;
      if (line[spaces] === '\t') bail();
      if (longestEmpty > spaces) bail();
      indent = spaces;
    } else if (spaces < indent) break;
    for (let k = 0; k < trailing; k++) lines.push('');
    trailing = 0;
    lines.push(line.slice(indent));
  }
  // Trailing empty lines belong to the scalar (consumed), whatever the chomping keeps.
  return { lines, trailing, chomp: header[1] as Body['chomp'], next: j };
}

function chomp(value: string, b: Body): string {
  if (b.lines.length === 0) return b.chomp === '+' ? '\n'.repeat(b.trailing) : '';
  if (b.chomp === '-') return value;
  if (b.chomp === '+') return `${value}\n${'\n'.repeat(b.trailing)}`;
  return `${value}\n`;
}

/**
 * A block scalar whose header (`|` literal: lines kept as they are; `>` folded, see `fold`) is at
 * offset `p` of line `i`. Returns the value and the index of the first line after it.
 */
export function blockScalar(
  text: string,
  starts: readonly number[],
  i: number,
  p: number,
  parent: number,
): [string, number] {
  const b = body(text, starts, i, p, parent);
  return [chomp(text[p] === '|' ? b.lines.join('\n') : fold(b.lines), b), b.next];
}

/**
 * `>`: a line break between two text lines becomes a space, each empty line a `\n`; lines
 * indented more than the content (or starting with a tab) keep their line breaks.
 */
function fold(lines: readonly string[]): string {
  let out = '';
  let k = 0;
  while (k < lines.length && lines[k] === '') {
    out += '\n';
    k++;
  }
  let sep = '';
  let prevMore = false;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line[0] === ' ' || line[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMore && sep === '\n') sep = '\n\n';
      out += sep + line;
      sep = '\n';
      prevMore = true;
    } else if (line === '') {
      if (sep === '\n') out += '\n';
      else sep = '\n';
    } else {
      out += sep + line;
      sep = ' ';
      prevMore = false;
    }
  }
  return out;
}

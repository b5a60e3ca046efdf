/**
 * Finds the line of a JSON pointer in block-style YAML without parsing the file: each token is
 * looked up among the lines of the enclosing block that sit at the block's own indentation.
 * Anything it is not sure about (flow collections, anchors, tags, complex keys, a token it
 * cannot find) returns undefined, and the caller falls back to a full parse.
 */
export function fastLineOf(lines: readonly string[], tokens: readonly string[]): number | undefined {
  let start = 0;
  let end = lines.length;
  let parent = -1;
  /** A `- key: value` line whose content starts after the dash, at `column`. */
  let inline: { line: number; column: number } | undefined;
  const indentOf = (i: number): number =>
    inline?.line === i ? inline.column : lines[i]!.length - lines[i]!.trimStart().length;
  const contentOf = (i: number): string => lines[i]!.slice(indentOf(i)).trimEnd();
  const skip = (i: number): boolean => {
    const content = contentOf(i);
    return content === '' || content.startsWith('#');
  };
  const blockEnd = (from: number, indent: number): number => {
    let i = from;
    while (i < end && (skip(i) || indentOf(i) > indent)) i++;
    return i;
  };
  let found = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    let first = start;
    while (first < end && skip(first)) first++;
    if (first >= end) return undefined;
    const indent = indentOf(first);
    const head = contentOf(first);
    if (indent <= parent || /^(---|%|\? |[&!*{[|>])/.test(head)) return undefined;
    let line = -1;
    if (head === '-' || head.startsWith('- ')) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      let n = Number(token);
      for (let i = first; i < end; i++) {
        if (skip(i) || indentOf(i) !== indent) continue;
        if (!(contentOf(i) === '-' || contentOf(i).startsWith('- '))) return undefined;
        if (n-- === 0) {
          line = i;
          break;
        }
      }
      if (line < 0) return undefined;
      const rest = contentOf(line).slice(1);
      const offset = rest.length - rest.trimStart().length;
      const after = blockEnd(line + 1, indent);
      if (rest.trim() === '') {
        start = line + 1;
        // The item's node starts on its first content line, as the YAML parser reports it.
        while (start < after && skip(start)) start++;
        if (start < after) line = start;
      } else if (/^[\w"'$/.-][^:]*:(\s|$)|^- /.test(rest.trimStart())) {
        inline = { line, column: indent + 1 + offset };
        start = line;
      } else start = after; // a scalar item: nothing below it
      end = after;
      parent = indent;
    } else {
      const keys = [`${token}:`, `'${token.replace(/'/g, "''")}':`, `${JSON.stringify(token)}:`];
      for (let i = first; i < end && line < 0; i++) {
        if (skip(i) || indentOf(i) !== indent) continue;
        const content = contentOf(i);
        const key = keys.find((k) => content.startsWith(k) && /^(\s|$)/.test(content.slice(k.length)));
        if (key) line = i;
      }
      if (line < 0) return undefined;
      const value = contentOf(line)
        .slice(contentOf(line).indexOf(':', token.length) + 1)
        .trim();
      // A value on the key's line is a scalar or flow collection: nothing to descend into here.
      if (t < tokens.length - 1 && value !== '' && !value.startsWith('#')) return undefined;
      const after = blockEnd(line + 1, indent);
      start = line + 1;
      end = after;
      parent = indent;
    }
    found = line;
  }
  return found < 0 ? 1 : found + 1;
}

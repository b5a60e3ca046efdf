/**
 * Where oxfmt's output differs from prettier 3's on our code: a union that does not fit where it
 * starts (after `type X =`, a property's or parameter's `name:`, or an opening `(` as in
 * `(A | B)[]`) but fits whole on the next line. Prettier prints it there on one line
 * (`=\n  A | B | C;`), oxfmt one member per line (`=\n  | A\n  | B\n  | C;`). This turns the
 * second form into the first wherever the members are one line each, carry no comment and fit in
 * `printWidth` together; anything else is left as oxfmt printed it.
 * `tests/perf/format-equality.test.ts` checks the whole against prettier.
 */
export function prettierUnions(code: string, printWidth: number): string {
  if (!/\n +\| /.test(code)) return code;
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    out.push(head);
    if (!/[=:(]$/.test(head)) continue;
    const outer = head.length - head.trimStart().length;
    const indent = ' '.repeat(outer + 2);
    let j = i + 1;
    while (j < lines.length && lines[j]!.startsWith(`${indent}| `)) j++;
    const members = lines.slice(i + 1, j).map((l) => l.slice(indent.length + 2));
    if (members.length < 2) continue;
    const closed = head.endsWith('(') ? lines[j]?.startsWith(`${' '.repeat(outer)})`) : /[;,]$/.test(members.at(-1)!);
    if (!closed) continue;
    if (members.some((m, k) => /\/[/*]/.test(m) || (k < members.length - 1 && /[;,]$/.test(m)) || !balanced(m))) continue;
    const flat = `${indent}${members.join(' | ')}`;
    if (flat.length > printWidth) continue;
    out.push(flat);
    i = j - 1;
  }
  return out.join('\n');
}

/** The member opens no bracket it does not close (it is a whole type on its own line). */
function balanced(member: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let k = 0; k < member.length; k++) {
    const c = member[k]!;
    if (quote) {
      if (c === '\\') k++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}' || (c === '>' && member[k - 1] !== '=')) depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && quote === undefined;
}

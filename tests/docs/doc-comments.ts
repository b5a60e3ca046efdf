import ts from 'typescript';
import type { GeneratedFile } from '../../generator/emit/types.js';

/**
 * The doc comment text (between `/**` and `*\/`, leading ` * ` removed) of each class method in a
 * source file, keyed `Class.method`; for overloaded methods, the comment on the first overload.
 */
export function methodDocComments(file: GeneratedFile): Map<string, string> {
  const sf = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.ES2022, true);
  const out = new Map<string, string>();
  for (const stmt of sf.statements) {
    if (!ts.isClassDeclaration(stmt) || !stmt.name) continue;
    for (const member of stmt.members) {
      if (!ts.isMethodDeclaration(member) || !member.name) continue;
      const key = `${stmt.name.text}.${member.name.getText(sf)}`;
      if (out.has(key)) continue;
      const ranges = ts.getLeadingCommentRanges(file.contents, member.getFullStart()) ?? [];
      const last = ranges.filter((r) => file.contents.startsWith('/**', r.pos)).at(-1);
      const raw = last ? file.contents.slice(last.pos + 3, last.end - 2) : '';
      out.set(key, raw.split('\n').map((l) => l.replace(/^\s*\* ?/, '').trimEnd()).join('\n').trim());
    }
  }
  return out;
}

/**
 * JSDoc comments from spec prose. The text can never close the comment early: `*\/` is broken
 * up, and line separators that JavaScript treats as newlines are normalised first.
 */

import { constraintLines } from '../docs/field-doc.js';

/** Doc lines for a comment, or an empty list when there is nothing to say. */
export function docLines(...parts: (string | undefined | false)[]): string[] {
  const text = parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim())
    .join('\n\n');
  if (!text) return [];
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\*\//g, '*\\/').replace(/\s+$/, ''));
}

/** A `/** ... *\/` block (with a trailing newline), or '' when there are no lines. */
export function docComment(lines: string[], indent = ''): string {
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ' ' + l : ''}`).join('\n')}\n${indent} */\n`;
}

/** Doc lines for a schema-like node: description, default and limits, then `@deprecated` when set. */
export function schemaDoc(node: { description?: string; title?: string; deprecated?: boolean }): string[] {
  const lines = docLines(node.description ?? node.title, constraintLines(node).join('\n'));
  if (node.deprecated) lines.push('@deprecated');
  return lines;
}

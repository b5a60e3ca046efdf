import type { Diagnostic } from './ir/types.js';

/**
 * The one error type sdkgen throws for bad input or configuration. The CLI prints its
 * diagnostics (file, line, JSON pointer, what was expected) and exits non-zero, never a stack.
 */
export class SdkgenError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic | Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'SdkgenError';
    this.diagnostics = list;
  }
}

/** `file:line pointer: message (expected ...)` — the single format for every stage. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ? (d.line ? `${d.file}:${d.line}` : d.file) : undefined, d.pointer]
    .filter(Boolean)
    .join(' ');
  const expected = d.expected ? ` (expected ${d.expected})` : '';
  return `${d.level} [${d.stage}]${where ? ` ${where}` : ''}: ${d.message}${expected}`;
}

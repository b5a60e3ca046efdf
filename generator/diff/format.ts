import type { Change, DiffReport, Level } from './types.js';
import { LEVELS } from './types.js';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/** The JSON output: exactly `{ summary, changes: [{ id, level, operation, pointer, message, old, new }] }`. */
export function formatJson(report: DiffReport): string {
  const changes = report.changes.map((c) => ({
    id: c.id,
    level: c.level,
    operation: c.operation,
    pointer: c.pointer,
    message: c.message,
    old: c.old ?? null,
    new: c.new ?? null,
  }));
  return JSON.stringify(
    report.sdk ? { summary: report.summary, changes, sdk: report.sdk } : { summary: report.summary, changes },
    null,
    2,
  );
}

/** One line per change, grouped by level, for a terminal. */
export function formatText(report: DiffReport): string {
  const { breaking, warning, info } = report.summary;
  const lines = [
    `${breaking} breaking, ${warning} warning, ${info} info${report.sdk ? ` (semver: ${report.sdk.verdict})` : ''}`,
  ];
  for (const level of LEVELS) {
    const group = report.changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    lines.push('', `${level.toUpperCase()} (${group.length})`);
    for (const c of group)
      lines.push(`  ${c.operation ? `${c.operation}: ` : ''}${c.message}  [${c.id}] ${c.pointer}`);
  }
  return lines.join('\n');
}

const ICON: Record<Level, string> = { breaking: '🔴', warning: '🟡', info: '🔵' };

/**
 * Escapes text (which may hold strings from a spec) for a Markdown table cell: one line, no
 * column breaks, no HTML, no emphasis, links or code spans of its own (with `[`/`]` escaped, no
 * link or image can form, so parentheses and `!` may stay).
 */
export function cell(text: string): string {
  return text
    .replace(/[\\`*_[\]~|]/g, (ch) => `\\${ch}`)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function row(c: Change): string {
  const values =
    c.old === undefined && c.new === undefined
      ? ''
      : `${c.old === undefined ? '—' : short(c.old)} → ${c.new === undefined ? '—' : short(c.new)}`;
  const where = c.operation || (c.id.startsWith('sdk-') ? '(SDK surface)' : '(document)');
  return `| ${cell(where)} | ${cell(c.message)} | \`${c.id}\` | ${cell(values)} |`;
}

/** A pull-request comment: a summary line, then one table per level (info folded away). */
export function formatMarkdown(report: DiffReport): string {
  const { breaking, warning, info } = report.summary;
  const verdict = report.sdk ? ` — semver **${report.sdk.verdict}**` : '';
  const out = [`### API diff: ${breaking} breaking, ${warning} warning, ${info} info${verdict}`, ''];
  if (report.changes.length === 0) out.push('No changes.');
  for (const level of LEVELS) {
    const group = report.changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    const table = [
      '| operation | change | rule | old → new |',
      '| --- | --- | --- | --- |',
      ...group.map(row),
    ];
    if (level === 'info')
      out.push(
        '<details><summary>🔵 info (' + group.length + ')</summary>',
        '',
        ...table,
        '',
        '</details>',
        '',
      );
    else out.push(`#### ${ICON[level]} ${level} (${group.length})`, '', ...table, '');
  }
  return out.join('\n').trimEnd() + '\n';
}

export function formatReport(report: DiffReport, format: Format): string {
  return format === 'json'
    ? formatJson(report)
    : format === 'markdown'
      ? formatMarkdown(report)
      : formatText(report);
}

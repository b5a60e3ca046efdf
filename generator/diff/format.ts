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

/** GitHub holds at most 65,536 characters in a comment; leave room for a bot's own words. */
export const COMMENT_LIMIT = 60_000;

/**
 * A pull-request comment: a summary line (counts, the semver verdict with `--sdk`), then one
 * table per level, breaking first, info folded in a `<details>`. Rows beyond `limit` characters
 * are left out, info first, then warnings (breaking rows get the room first), and a line says how
 * many and where to find them all.
 */
export function formatMarkdown(report: DiffReport, limit = COMMENT_LIMIT): string {
  const { breaking, warning, info } = report.summary;
  const verdict = report.sdk ? ` — semver **${report.sdk.verdict}**` : '';
  const status = breaking > 0 ? '🔴' : warning > 0 ? '🟡' : '🟢';
  const out = [
    `### ${status} API diff: ${breaking} breaking, ${warning} warning, ${info} info${verdict}`,
    '',
  ];
  if (report.changes.length === 0) out.push('No changes.');
  let room = limit - out.join('\n').length - 1_000; // headings, notes and the folding markup
  for (const level of LEVELS) {
    const group = report.changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    const rows: string[] = [];
    for (const c of group) {
      const r = row(c);
      if (r.length + 1 > room) break;
      rows.push(r);
      room -= r.length + 1;
    }
    const table = ['| operation | change | rule | old → new |', '| --- | --- | --- | --- |', ...rows];
    const left = group.length - rows.length;
    if (left > 0)
      table.push(
        '',
        `_${left} more ${level} change${left > 1 ? 's' : ''} left out to fit a comment: \`sdkgen diff --format json\` lists them all._`,
      );
    if (level === 'info')
      out.push(
        `<details><summary>${ICON[level]} info (${group.length})</summary>`,
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

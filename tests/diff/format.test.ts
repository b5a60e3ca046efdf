import { describe, expect, it } from 'vitest';
import { cell, formatJson, formatMarkdown, formatText } from '../../generator/diff/format.js';
import { buildReport } from '../../generator/diff/report.js';
import type { Change } from '../../generator/diff/types.js';

const change = (over: Partial<Change>): Change => ({
  id: 'request-enum-value-removed',
  level: 'breaking',
  operation: 'POST /things',
  pointer: '#/components/schemas/T/properties/x',
  message: 'request T.x: enum value "a" removed',
  ...over,
});

describe('report formats', () => {
  it('keeps hostile spec strings inside their Markdown cell', () => {
    const evil = 'v|<img src=x onerror=alert(1)>\n# [click](https://evil.example) `code` **bold**';
    const text = cell(evil);
    expect(text).not.toMatch(/\n/);
    expect(text).not.toMatch(/(^|[^\\])[|`*[\]]/);
    expect(text).not.toContain('<img');
    const md = formatMarkdown(buildReport([change({ message: `enum value ${evil} removed`, old: evil })]));
    const rows = md.split('\n').filter((l) => l.startsWith('| POST'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/(?<!\\)\|/).length).toBe(6); // 4 cells between 5 unescaped bars
  });

  it('groups text output by level with a summary line first', () => {
    const report = buildReport([
      change({ level: 'info', id: 'operation-added', message: 'operation b was added', pointer: '#/b' }),
      change({}),
    ]);
    const lines = formatText(report).split('\n');
    expect(lines[0]).toBe('1 breaking, 0 warning, 1 info');
    expect(lines.indexOf('BREAKING (1)')).toBeLessThan(lines.indexOf('INFO (1)'));
  });

  it('writes null for absent old/new values and adds the verdict only with --sdk', () => {
    const plain = JSON.parse(formatJson(buildReport([change({})]))) as Record<string, unknown>;
    expect(plain.sdk).toBeUndefined();
    expect((plain.changes as Record<string, unknown>[])[0]).toMatchObject({ old: null, new: null });
    const withSdk = JSON.parse(formatJson({ ...buildReport([]), sdk: { verdict: 'patch' } })) as Record<
      string,
      unknown
    >;
    expect(withSdk.sdk).toEqual({ verdict: 'patch' });
  });

  it('sorts breaking before warning before info, then by operation and pointer', () => {
    const report = buildReport([
      change({ level: 'info', id: 'operation-added', operation: 'GET /a', pointer: '#/a' }),
      change({ level: 'warning', id: 'response-enum-value-added', operation: 'GET /z', pointer: '#/z' }),
      change({ operation: 'GET /b', pointer: '#/b2' }),
      change({ operation: 'GET /b', pointer: '#/b1' }),
    ]);
    expect(report.changes.map((c) => c.pointer)).toEqual(['#/b1', '#/b2', '#/z', '#/a']);
    expect(report.summary).toEqual({ breaking: 2, warning: 1, info: 1 });
  });

  it('writes a pull-request comment: summary line, breaking first, info folded', () => {
    const report = buildReport([
      change({ level: 'info', id: 'operation-added', message: 'operation b was added', pointer: '#/b' }),
      change({ level: 'warning', id: 'response-enum-value-added', pointer: '#/w' }),
      change({}),
    ]);
    const md = formatMarkdown(report);
    const lines = md.split('\n');
    expect(lines[0]).toBe('### 🔴 API diff: 1 breaking, 1 warning, 1 info');
    const [b, w, i] = [
      '#### 🔴 breaking (1)',
      '#### 🟡 warning (1)',
      '<details><summary>🔵 info (1)</summary>',
    ].map((l) => lines.indexOf(l));
    expect(b).toBeGreaterThan(0);
    expect(w).toBeGreaterThan(b!);
    expect(i).toBeGreaterThan(w!);
    expect(md.indexOf('operation b was added')).toBeGreaterThan(md.indexOf('<details>'));
    expect(md.indexOf('operation b was added')).toBeLessThan(md.indexOf('</details>'));
    expect(formatMarkdown(buildReport([]))).toBe(
      '### 🟢 API diff: 0 breaking, 0 warning, 0 info\n\nNo changes.\n',
    );
  });

  it('fits a GitHub comment however many changes there are, keeping breaking rows first', () => {
    const many = Array.from({ length: 3000 }, (_, n) =>
      change({
        level: 'info',
        id: 'operation-added',
        operation: `GET /op${n}`,
        message: `operation ${n} was added`,
      }),
    );
    const breaking = Array.from({ length: 50 }, (_, n) =>
      change({ operation: `POST /b${n}`, message: `request b${n}: enum value "a" removed` }),
    );
    const md = formatMarkdown(buildReport([...many, ...breaking]));
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.match(/^\| POST \/b/gm)).toHaveLength(50);
    const shown = md.match(/^\| GET \/op/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(md).toContain(`_${3000 - shown} more info changes left out to fit a comment`);
  });
});

import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/cli.js';
import { parseDiffArgs } from '../../generator/commands/diff.js';

const H = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs', 'openai', 'history');
const BREAKING = [join(H, '9ce9331.yaml'), join(H, '0c901d9.yaml')];
const QUIET = [join(H, 'b5fdca6.yaml'), join(H, '9ac3029.yaml')];

/** Runs `sdkgen …` in-process; returns the exit status and what it printed. */
async function run(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const status = await main(args);
  vi.restoreAllMocks();
  return { status, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('sdkgen diff', () => {
  it('prints the JSON shape and exits 1 on a breaking change', async () => {
    const r = await run(['diff', ...BREAKING, '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.out) as { summary: Record<string, number>; changes: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['summary', 'changes']);
    expect(Object.keys(json.summary)).toEqual(['breaking', 'warning', 'info']);
    for (const c of json.changes)
      expect(Object.keys(c)).toEqual(['id', 'level', 'operation', 'pointer', 'message', 'old', 'new']);
    expect(json.summary.breaking).toBe(json.changes.filter((c) => c.level === 'breaking').length);
    expect(json.changes).toContainEqual(
      expect.objectContaining({
        id: 'request-property-became-required',
        pointer: '#/components/schemas/CreateCompletionRequest/properties/prompt',
      }),
    );
  });

  it('exits 0 with --fail-on none, and on a non-breaking pair by default', async () => {
    expect((await run(['diff', ...BREAKING, '--fail-on', 'none'])).status).toBe(0);
    const quiet = await run(['diff', ...QUIET]);
    expect(quiet.status).toBe(0);
    expect(quiet.out).toMatch(/^0 breaking, 0 warning, \d+ info/);
  });

  it('fails on warnings with --fail-on warning', async () => {
    expect((await run(['diff', ...BREAKING, '--fail-on=warning'])).status).toBe(1);
  });

  it('prints a Markdown comment with one table per level', async () => {
    const r = await run(['diff', ...BREAKING, '--format', 'markdown']);
    expect(r.out).toMatch(/^### 🔴 API diff: 1 breaking, 0 warning, \d+ info/);
    expect(r.out).toContain('| operation | change | rule | old → new |');
    expect(r.out).toContain('`request-property-became-required`');
  });

  it('documents the options and every exit status in --help', async () => {
    const r = await run(['diff', '--help']);
    expect(r.status).toBe(0);
    for (const text of ['--fail-on breaking|warning|none', '--format text|json|markdown', '--sdk'])
      expect(r.out).toContain(text);
    for (const status of ['0', '1', '2', '70']) expect(r.out).toMatch(new RegExp(`^  ${status} +\\S`, 'm'));
  });

  it.each([
    [['diff', BREAKING[0]!], /two spec files/],
    [['diff', ...BREAKING, '--format', 'xml'], /unknown --format "xml".*one of text, json, markdown/],
    [['diff', ...BREAKING, '--fail-on', 'minor'], /one of breaking, warning, none/],
    [['diff', ...BREAKING, '--bogus'], /unknown option --bogus/],
    [['diff', BREAKING[0]!, join(H, 'missing.yaml')], /missing\.yaml/],
  ])('exits 2 with a clear message on bad input %#', async (args, message) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('parses options in either --opt value or --opt=value form', () => {
    expect(parseDiffArgs(['a', 'b', '--format=json', '--fail-on', 'warning'])).toEqual({
      oldFile: 'a',
      newFile: 'b',
      format: 'json',
      failOn: 'warning',
      sdk: false,
    });
  });
});

import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileExamples } from './compile-examples.js';
import { markdownExamples } from './extract-examples.js';
import { buildPackage, type BuiltPackage } from './helpers.js';
import { proseLines, unescapedSpecials, withoutCodeSpans } from './markdown-structure.js';

/** Section titles the README may have: nothing else may become a heading. */
const README_TITLES = new Set([
  'Installation', 'Usage', 'Authentication', 'Streaming responses', 'Pagination', 'File uploads',
  'Errors and retries', 'Timeouts', 'Raw responses and request ids', 'Logging', 'Webhooks',
  'Realtime', 'Deployment-routed (Azure) client', 'Validation with zod', 'Runtimes',
]);

describe.each([
  { label: 'hostile', spec: 'emit/hostile.json' },
  { label: 'store', spec: 'docs/store.yaml', config: 'docs/store.sdk.yaml' },
])('spec prose cannot change the structure of the $label docs', (fixture) => {
  let built: BuiltPackage;
  const text = (path: string) => built.files.find((f) => f.path === path)!.contents;

  beforeAll(async () => {
    built = await buildPackage(fixture);
  });

  it.each(['README.md', 'api.md'])('%s: no raw HTML, table pipes or stray backticks in prose', (path) => {
    for (const { line, text: l } of proseLines(text(path), path)) {
      expect(unescapedSpecials(l), `${path}:${line}: ${l}`).toEqual([]);
    }
  });

  it('README.md: one title, and only the sections the emitter writes', () => {
    const headings = proseLines(text('README.md'), 'README.md').filter((l) => /^ {0,3}#/.test(l.text));
    expect(headings[0]!.text.startsWith('# ')).toBe(true);
    for (const h of headings.slice(1)) expect(README_TITLES.has(h.text.replace(/^## /, '')), h.text).toBe(true);
  });

  it('api.md: one title, resource headings are code spans, and every method is one list item', () => {
    const lines = proseLines(text('api.md'), 'api.md');
    const headings = lines.filter((l) => /^ {0,3}#/.test(l.text));
    expect(headings.filter((h) => h.text.startsWith('# ')).map((h) => h.text)).toEqual(['# API reference']);
    // Spec prose (summaries, titles) never starts a line that Markdown reads as a block.
    for (const l of lines) {
      if (/^( {0,3}[#>=+]| {0,3}\d+[.)] )/.test(l.text)) {
        expect(/^#{1,2} /.test(l.text) && !/process|Not a heading|List orders/.test(withoutCodeSpans(l.text)), `api.md:${l.line}: ${l.text}`).toBe(true);
      }
    }
  });

  it('doc comments are never closed early by spec text: no spec word becomes code', () => {
    for (const f of built.files.filter((x) => x.path.startsWith('src/') && !x.path.startsWith('src/core/'))) {
      const sf = ts.createSourceFile(f.path, f.contents, ts.ScriptTarget.ES2022, true);
      expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, f.path).toEqual([]);
      const identifiers = new Set<string>();
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node)) identifiers.add(node.text);
        ts.forEachChild(node, visit); // JSDoc is not a child: comment text is never visited
      };
      visit(sf);
      for (const word of ['process', 'pwned', 'alert', 'onerror', 'details']) expect(identifiers.has(word), `${f.path}: ${word}`).toBe(false);
    }
  });
});

describe('the example check', () => {
  it('reports the first example that does not compile, with its file and line', async () => {
    const built = await buildPackage({ spec: 'emit/pets.yaml' });
    const readme = { path: 'README.md', contents: '# x\n\ntext\n\n```ts\nconst n: number = 1;\nconst s: string = n;\n```\n' };
    const examples = markdownExamples(readme);
    const { failures, checked } = await compileExamples('negative', built.files, built.settings, examples);
    expect(checked).toBe(1);
    expect(failures.map((f) => f.location)).toEqual(['README.md:7']);
    expect(failures[0]!.message).toMatch(/not assignable to type 'string'/);
  });

  it('refuses an unclosed fence and a comment closed inside an example', () => {
    expect(() => markdownExamples({ path: 'a.md', contents: '```ts\nx\n' })).toThrow(/a\.md:1: code block is never closed/);
  });
});

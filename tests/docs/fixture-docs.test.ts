import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiModel, type ApiModel } from '../../generator/emit/docs/api-model.js';
import { codeSpan } from '../../generator/emit/docs/markdown.js';
import { docLines } from '../../generator/emit/ts/doc-comment.js';
import { compileExamples } from './compile-examples.js';
import { methodDocComments } from './doc-comments.js';
import { docCommentExamples, packageExamples } from './extract-examples.js';
import { buildPackage, type BuiltPackage, type DocsFixture } from './helpers.js';

const FIXTURES: (DocsFixture & { label: string })[] = [
  { label: 'pets', spec: 'emit/pets.yaml' },
  { label: 'hostile', spec: 'emit/hostile.json' },
  { label: 'store', spec: 'docs/store.yaml', config: 'docs/store.sdk.yaml' },
  { label: 'events', spec: 'docs/events.yaml' },
];

describe.each(FIXTURES)('docs of the $label fixture', (fixture) => {
  let built: BuiltPackage;
  let model: ApiModel;
  const file = (path: string) => {
    const f = built.files.find((x) => x.path === path);
    if (!f) throw new Error(`${path} was not emitted`);
    return f;
  };

  beforeAll(async () => {
    built = await buildPackage(fixture);
    model = apiModel(built.ir, built.settings);
  });

  it('README.md and api.md match their snapshots', async () => {
    await expect(file('README.md').contents).toMatchFileSnapshot(join('__snapshots__', fixture.label, 'README.md'));
    await expect(file('api.md').contents).toMatchFileSnapshot(join('__snapshots__', fixture.label, 'api.md'));
  });

  it('method doc comments match their snapshot', async () => {
    const lines: string[] = [];
    for (const r of model.resources) {
      for (const [key, text] of methodDocComments(file(r.file))) lines.push(`## ${r.file} ${key}`, '', text, '');
    }
    await expect(lines.join('\n')).toMatchFileSnapshot(join('__snapshots__', fixture.label, 'method-docs.md'));
  });

  it('api.md lists every operation once, with its HTTP method, path and call', () => {
    const lines = file('api.md').contents.split('\n');
    expect(model.methods.length).toBe(built.ir.operations.length);
    for (const m of model.methods) {
      const found = lines.filter((l) => l.startsWith(`- ${codeSpan(m.http)} ${codeSpan(`${m.callee}(`).slice(0, -1)}`));
      expect(found.length, `${m.op.id} (${m.callee})`).toBe(1);
    }
    const httpLines = lines.filter((l) => /^- `+ ?(get|put|post|delete|options|head|patch|trace) \//.test(l));
    expect(httpLines.length).toBe(built.ir.operations.length);
  });

  it("every operation's summary and description reach its method's doc comment", () => {
    for (const r of model.resources) {
      const docs = methodDocComments(file(r.file));
      for (const m of r.methods) {
        const doc = docs.get(`${r.className}.${m.name}`) ?? '';
        for (const line of docLines(m.op.summary, m.op.description)) expect(doc, `${m.op.id}`).toContain(line);
        if (m.op.deprecated) expect(doc).toContain('@deprecated');
      }
    }
  });

  it('every method doc comment has an @example, and every example compiles', async () => {
    const docExamples = built.files.flatMap((f) => (f.path.startsWith('src/resources/') ? docCommentExamples(f) : []));
    expect(docExamples.length).toBe(model.methods.length);
    const examples = packageExamples(built.files);
    const { failures, checked } = await compileExamples(fixture.label, built.files, built.settings, examples);
    expect(checked).toBe(examples.length);
    const first = failures[0];
    expect(first, first && `${first.location}: ${first.message}\n${first.code}`).toBeUndefined();
  });
});

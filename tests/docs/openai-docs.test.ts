/** The docs of the real OpenAI package: every operation listed and documented, every example compiles. */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { apiModel, type ApiModel } from '../../generator/emit/docs/api-model.js';
import { codeSpan } from '../../generator/emit/docs/markdown.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile, SdkSettings } from '../../generator/emit/types.js';
import { docLines } from '../../generator/emit/ts/doc-comment.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import { compileExamples } from './compile-examples.js';
import { methodDocComments } from './doc-comments.js';
import { packageExamples } from './extract-examples.js';
import { ROOT } from './helpers.js';

describe('docs of the OpenAI package', () => {
  let ir: IRDocument;
  let settings: SdkSettings;
  let files: GeneratedFile[];
  let model: ApiModel;
  const text = (path: string) => files.find((f) => f.path === path)!.contents;

  beforeAll(async () => {
    const loaded = await loadSpec(join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml'));
    const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
    ir = annotate(parseSpec(loaded), config);
    settings = settingsFrom(ir, config);
    files = await emitPackage(ir, settings, {
      extra: await extraEmitters(),
      outDir: join(tmpdir(), 'sdkgen-docs-openai'),
    });
    model = apiModel(ir, settings);
  }, 300_000);

  it('api.md lists 288/288 operations, each method once, with HTTP method, path and call', () => {
    expect(ir.operations.length).toBe(288);
    const lines = text('api.md').split('\n');
    const listed = model.methods.filter(
      (m) =>
        lines.filter((l) => l.startsWith(`- ${codeSpan(m.http)} ${codeSpan(`${m.callee}(`).slice(0, -1)}`))
          .length === 1,
    );
    // Config aliases (an old method name kept) are methods of their own, for the same operation.
    const aliases = ir.operations.flatMap((o) => (o.naming?.aliases ?? []).map(() => o.id));
    expect(listed.map((m) => m.op.id).sort()).toEqual([...ir.operations.map((o) => o.id), ...aliases].sort());
    expect(new Set(listed.map((m) => m.op.id)).size).toBe(288);
  });

  it("every operation's summary reaches its method's doc comment (and @deprecated where the spec says so)", () => {
    const missing: string[] = [];
    for (const r of model.resources) {
      const docs = methodDocComments(files.find((f) => f.path === r.file)!);
      for (const m of r.methods) {
        const doc = docs.get(`${r.className}.${m.name}`) ?? '';
        if (!docLines(m.op.summary).every((l) => doc.includes(l))) missing.push(m.op.id);
        if (m.op.deprecated && !doc.includes('@deprecated')) missing.push(`${m.op.id} @deprecated`);
        if (!doc.includes('@example')) missing.push(`${m.op.id} @example`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the README documents the capabilities the package has, with calls that exist', () => {
    const readme = text('README.md');
    for (const title of [
      'Authentication',
      'Streaming responses',
      'Pagination',
      'File uploads',
      'Errors and retries',
      'Webhooks',
      'Realtime',
    ]) {
      expect(readme).toContain(`\n## ${title}\n`);
    }
    expect(readme).toContain('adminAPIKey');
    expect(readme).toContain('maxItems');
    // Operation methods, the polling helpers beside them (`poll`, `…AndPoll`), and the methods
    // the config's custom resource classes add (`parse`, `stream`, `runTools`, `uploadAndPoll`).
    const callees = new Set([
      ...model.methods.map((m) => m.callee),
      ...model.resources.flatMap((r) => [...r.polls.map((p) => p.name), ...r.custom].map((name) => `${r.accessor}.${name}`)),
    ]);
    // A call may be chained over lines (`client.chat.completions\n  .stream(`).
    const called = [...readme.matchAll(/\bclient((?:\s*\.[A-Za-z_$][\w$]*)+)\s*\(/g)].map((m) => `client${m[1]!.replace(/\s+/g, '')}`);
    expect(called.length).toBeGreaterThan(5);
    // The helpers section (custom code) is checked too: its calls name the client `client` like the rest.
    for (const helper of ['client.chat.completions.parse', 'client.chat.completions.stream', 'client.chat.completions.runTools', 'client.responses.stream', 'client.vectorStores.fileBatches.uploadAndPoll'])
      expect(called).toContain(helper);
    expect(readme).not.toMatch(/\bopenai(?:\.[A-Za-z_$][\w$]*)+\s*\(/);
    for (const c of called.filter((c) => !c.startsWith('client.webhooks.')))
      expect(callees.has(c), c).toBe(true);
  });

  it('every example in README.md, api.md and the doc comments compiles against the package', async () => {
    const examples = packageExamples(files);
    expect(examples.length).toBeGreaterThanOrEqual(288);
    const { failures } = await compileExamples('openai', files, settings, examples);
    const first = failures[0];
    expect(first, first && `${first.location}: ${first.message}\n${first.code}`).toBeUndefined();
  }, 120_000);
});

import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { PRETTIER_OPTIONS } from '../../generator/emit/render.js';
import { sdkEmitter } from '../../generator/emit/sdk/index.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import { formatAll, formatCached, splitTopLevel } from '../../generator/emit/work/format.js';
import { schemasSource } from '../../generator/emit/zod/schemas-file.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Formats each chunk on its own and joins them as `formatCached` does. */
async function chunked(source: string, size: number): Promise<{ text: string; chunks: number }> {
  const chunks = splitTopLevel(source, size);
  const parts = await Promise.all(chunks.map((c) => prettier.format(c, PRETTIER_OPTIONS)));
  return { text: parts.join('\n'), chunks: chunks.length };
}

const decl = (i: number): string =>
  [
    `/** Doc ${i} with a "quote" and a 'single' one. */`,
    `export interface T${i} {`,
    `kind: 'k${i}';`,
    `items: Array<string | number | { nested: boolean; deeper: { a: 1 } }>;`,
    `}`,
    '',
    `export type U${i} = T${i} | { kind: 'other'; value: "double quoted" } | null;`,
    '',
  ].join('\n');

describe('splitTopLevel', () => {
  it('gives the bytes of formatting the whole module on ordinary declarations', async () => {
    const source = `// header\n\nimport type { X } from './x.js';\n\n${Array.from({ length: 60 }, (_, i) => decl(i)).join('\n')}`;
    const whole = await prettier.format(source, PRETTIER_OPTIONS);
    const { text, chunks } = await chunked(source, 400);
    expect(chunks).toBeGreaterThan(10);
    expect(text).toBe(whole);
  });

  it('keeps a small module whole', () => {
    expect(splitTopLevel('export const a = 1;\n\nexport const b = 2;\n', 1000)).toEqual([
      'export const a = 1;\n\nexport const b = 2;\n',
    ]);
  });

  it('a split inside a template literal or comment leaves a chunk that does not parse', async () => {
    const body = (i: number): string => `export const a${i} = 1;\n`;
    const inTemplate = `export const t = \`x;\n\nexport const y = 1;\n\`;\n${body(0)}`;
    const inComment = `/*\nexport const z = 2;\n\nexport const y = 1;\n*/\n${body(1)}`;
    for (const source of [inTemplate, inComment]) {
      const chunks = splitTopLevel(source, 10);
      if (chunks.length === 1) continue;
      const results = await Promise.allSettled(chunks.map((c) => prettier.format(c, PRETTIER_OPTIONS)));
      expect(results.some((r) => r.status === 'rejected')).toBe(true);
    }
  });
});

describe('formatAll', () => {
  it('formats small modules together and splits them back; a module holding the boundary line goes alone', async () => {
    const modules = [
      `// header\nimport type { A } from './a.js';\nexport type B = A|null\n`,
      `export const x = {a:1,\nb:"two"}\n`,
      `// @@sdkgen-module-boundary@@\nexport const y = 1\n`,
      `/** doc */\nexport interface C { c: string }`,
    ];
    const alone = await Promise.all(modules.map((m) => prettier.format(m, PRETTIER_OPTIONS)));
    expect(await formatAll(modules, PRETTIER_OPTIONS)).toEqual(alone);
  });

  it('rejects when a module does not parse', async () => {
    await expect(
      formatAll(['export const a = 1;\n', 'export const = ;\n'], PRETTIER_OPTIONS),
    ).rejects.toThrow();
  });
});

describe('formatCached', () => {
  it('equals prettier on a module large enough to be chunked, and on one that cannot be', async () => {
    const big = Array.from({ length: 700 }, (_, i) => decl(i)).join('\n');
    expect(splitTopLevel(big).length).toBeGreaterThan(1);
    expect(await formatCached(big, PRETTIER_OPTIONS)).toBe(await prettier.format(big, PRETTIER_OPTIONS));
    // A template literal spanning blank lines before `export` lines: the chunked attempt fails to
    // parse and the whole module is formatted instead.
    const tricky = `export const t = \`\n\n${big}\`;\n\n${big}`;
    expect(await formatCached(tricky, PRETTIER_OPTIONS)).toBe(
      await prettier.format(tricky, PRETTIER_OPTIONS),
    );
  });

  it("rejects with prettier's message on a syntax error", async () => {
    await expect(formatCached('export const = ;\n', PRETTIER_OPTIONS)).rejects.toThrow(
      /expected|Expression/i,
    );
  });

  it('OpenAI: small modules formatted in batches, and the types and zod schemas modules in chunks, equal formatting each whole', async () => {
    const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
    const ir = annotate(
      parseSpec(await loadSpec(join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml'))),
      config,
    );
    const files = await sdkEmitter.emit({ ir, settings: settingsFrom(ir, config) });
    const small = files.filter((f) => f.contents.length < 16 * 1024).map((f) => f.contents);
    expect(small.length).toBeGreaterThan(50);
    const alone = await Promise.all(small.map((s) => prettier.format(s, PRETTIER_OPTIONS)));
    expect(await formatAll(small, PRETTIER_OPTIONS)).toEqual(alone);
    const types = files.find((f) => f.path === 'src/types.ts')!.contents;
    const schemas = schemasSource(ir, {
      typesModule: '../types.js',
      uploadModule: '../core/uploads.js',
      uploadType: 'Uploadable',
    });
    for (const source of [types, schemas]) {
      const whole = await prettier.format(source, PRETTIER_OPTIONS);
      const { text, chunks } = await chunked(source, 48 * 1024);
      expect(chunks).toBeGreaterThan(5);
      expect(text).toBe(whole);
    }
  }, 300_000);
});

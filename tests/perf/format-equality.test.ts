import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { mergeAdditions } from '../../generator/emit/extras/additions.js';
import { PRETTIER_OPTIONS } from '../../generator/emit/render.js';
import { sdkEmitter } from '../../generator/emit/sdk/index.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import { testsEmitter } from '../../generator/emit/tests/index.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { formatAll, formatModule } from '../../generator/emit/work/format.js';
import { prettierUnions } from '../../generator/emit/work/prettier-unions.js';
import { operationsSource } from '../../generator/emit/zod/operations-file.js';
import { schemasSource } from '../../generator/emit/zod/schemas-file.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NARROW = { ...PRETTIER_OPTIONS, printWidth: 60 };

/** Every TypeScript module the emitters write for a spec, before formatting, zod sources included. */
async function unformatted(ir: IRDocument, config?: Awaited<ReturnType<typeof loadSdkConfig>>): Promise<string[]> {
  const settings = settingsFrom(ir, config);
  const extra = await extraEmitters();
  const additions = mergeAdditions(extra.map((e) => e.additions?.({ ir, settings }) ?? {}));
  const files = [];
  for (const e of [sdkEmitter, testsEmitter, ...extra.filter((x) => x.name !== 'zod')]) files.push(...(await e.emit({ ir, settings, additions })));
  const zod = { typesModule: '../types.js', uploadModule: '../core/uploads.js', uploadType: 'Uploadable' };
  return [...files.filter((f) => f.path.endsWith('.ts')).map((f) => f.contents), schemasSource(ir, zod), operationsSource(ir, settings.clientName)];
}

/** The modules whose formatting differs from prettier's, by index. */
async function differFromPrettier(sources: string[], options: prettier.Options): Promise<number[]> {
  const ours = await formatAll(sources, options);
  const want = await Promise.all(sources.map((s) => prettier.format(s, options)));
  return sources.flatMap((_, i) => (ours[i] === want[i] ? [] : [i]));
}

describe('prettierUnions', () => {
  const cases: [string, string, string][] = [
    ['a union that fits on the next line goes there, on one line', 'type T =\n  | Alpha\n  | Bravo<C>\n  | (D & E);\n', 'type T =\n  Alpha | Bravo<C> | (D & E);\n'],
    ['a property type too', 'interface I {\n  name:\n    | Alpha\n    | Bravo;\n}\n', 'interface I {\n  name:\n    Alpha | Bravo;\n}\n'],
    ['a union too long for one line stays one member per line', `type T =\n  | ${'A'.repeat(30)}\n  | ${'B'.repeat(30)};\n`, `type T =\n  | ${'A'.repeat(30)}\n  | ${'B'.repeat(30)};\n`],
    ['a member with a comment stays', 'type T =\n  | A // first\n  | B;\n', 'type T =\n  | A // first\n  | B;\n'],
    ['a member spread over lines stays', 'type T =\n  | {\n      a: string;\n    }\n  | B;\n', 'type T =\n  | {\n      a: string;\n    }\n  | B;\n'],
    ['inside parentheses, up to the closing one', 'type T = (\n  | Alpha\n  | Bravo\n)[];\n', 'type T = (\n  Alpha | Bravo\n)[];\n'],
    ['a parameter, up to its comma', 'function f(\n  a:\n    | Alpha\n    | Bravo,\n) {}\n', 'function f(\n  a:\n    Alpha | Bravo,\n) {}\n'],
    ["a quoted '|' or bracket is not a member boundary", "type T =\n  | 'a | ('\n  | B;\n", "type T =\n  'a | (' | B;\n"],
  ];
  it.each(cases)('%s', (_name, given, want) => expect(prettierUnions(given, 60)).toBe(want));
});

describe('formatModule / formatAll equal prettier', () => {
  it.each([
    'export type Abcdefghijkl = Alpha | Bravo | Charlie | Delta | Echo | Foxtrot;',
    "export type Abcdefghijkl = 'alpha' | 'bravo' | 'charlie' | 'delta' | 'echo';",
    'export type Abcdefghijkl<T> = Alpha<T> | Bravo | Charlie | (D & E) | Echo[] | null;',
    'export type Abcdefghijkl = Alpha | Bravo | Charlie | Delta | Echo | Foxtrot | Golf | Hotel | India;',
    'interface X { abcdefghijklmnopqrstuv: Alpha | Bravo | Charlie | Delta | Echo | F; }',
    'export type Abcdefghijkl = { a: string } | Bravo | Charlie | Delta | Echo | Foxt;',
    'export type Abcdefghijkl = (Alphaaaaa | Bravooooo | Charlieeee | Deltaaaaa)[];',
    'export interface X { abcdefghijklmnopqrstuv?: (Alpha | Bravo | Charlie | Delta)[]; }',
    'function f(abcdefghij: Alphaaaaa | Bravooooo | Charlieeee | Deltaaaaaaaaaa) {}',
    'export type Abcdefghijkl = Array<Alphaaaaa | Bravooooo | Charlieeee | Deltaaaaa>;',
    'export const f = async (a: string, b: number): Promise<void> => { await g({ a, b, c: [1, 2, 3], d: `x${a}` }); };',
  ])('at width 60: %s', async (source) => {
    expect(await formatModule(source, NARROW)).toBe(await prettier.format(source, NARROW));
  });

  it('rejects a module that does not parse, with the line', async () => {
    await expect(formatAll(['export const a = 1;\n', 'export const a = 1;\nexport const = ;\n'], PRETTIER_OPTIONS)).rejects.toThrow(/line 2/);
  });

  it('on every module of the fixture specs', async () => {
    const dir = join(ROOT, 'tests', 'fixtures', 'emit');
    const sources: string[] = [];
    for (const name of readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n))) {
      sources.push(...(await unformatted(annotate(parseSpec(await loadSpec(join(dir, name)))))));
    }
    expect(sources.length).toBeGreaterThan(20);
    expect(await differFromPrettier(sources, PRETTIER_OPTIONS)).toEqual([]);
  }, 300_000);

  it('on every module of the OpenAI package (sdk, tests, docs, extras, zod)', async () => {
    const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
    const ir = annotate(parseSpec(await loadSpec(join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml'))), config);
    const sources = await unformatted(ir, config);
    expect(sources.length).toBeGreaterThan(200);
    expect(await differFromPrettier(sources, PRETTIER_OPTIONS)).toEqual([]);
    // The zod emitter's own options (`arrowParens: 'always'` spelled out) give the same bytes.
    const zod = sources.slice(-2);
    expect(await differFromPrettier(zod, { ...PRETTIER_OPTIONS, arrowParens: 'always' })).toEqual([]);
  }, 600_000);
});

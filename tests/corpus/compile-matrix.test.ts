import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import { resolveSpec } from '../../generator/sources/index.js';
import { corpusSpecs, generateSources, ROOT, SCRATCH, TSC7, tscAll, writeSources } from './compile-helpers.js';

/**
 * Generated sources land in users' own source trees and must compile under the settings they
 * use. The generated OpenAI package (with its SDK config) and one corpus package (train-travel,
 * 3.1) are type-checked, `src/` only, under each variant: one tsc program per variant, both
 * packages in it. Together the variants turn each setting on and off at least once; the last runs
 * TypeScript 7 (the native compiler), the rest TypeScript 5.9.
 */
const DIR = join(SCRATCH, 'matrix');
const OPENAI = join(DIR, 'openai');
const CORPUS = join(DIR, 'train-travel');

const strict = { target: 'ES2022', strict: true };
const variants: [string, Record<string, unknown>, string?][] = [
  ['NodeNext, DOM + DOM.Iterable, isolatedModules, verbatimModuleSyntax', { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], isolatedModules: true, verbatimModuleSyntax: true }],
  ['NodeNext, DOM without DOM.Iterable', { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'] }],
  ['exactOptionalPropertyTypes + noUncheckedIndexedAccess, without DOM.Iterable, verbatimModuleSyntax', { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, verbatimModuleSyntax: true }],
  ['Bundler (module ESNext), DOM + DOM.Iterable, isolatedModules', { module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], isolatedModules: true }],
  ['TypeScript 7: NodeNext, DOM + DOM.Iterable, exactOptionalPropertyTypes + noUncheckedIndexedAccess, verbatimModuleSyntax', { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, verbatimModuleSyntax: true }, TSC7],
];

beforeAll(async () => {
  const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
  const ir = annotate(parseSpec(await loadSpec((await resolveSpec({ specId: 'openai' })).path)), config);
  await writeSources(OPENAI, await emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), outDir: OPENAI, build: false }));
  const corpus = corpusSpecs().find((s) => s.id === '3.1/train-travel')!;
  await writeSources(CORPUS, await generateSources(corpus.file, CORPUS));
}, 600_000);

describe('generated sources under users tsconfig settings', () => {
  it.each(variants)('%s', async (name, options, compiler) => {
    const root = join(DIR, `tsc-${variants.findIndex(([n]) => n === name)}`);
    const byDir = await tscAll(root, [OPENAI, CORPUS], { ...strict, ...options }, ['src'], compiler);
    expect([...byDir.values()].flat()).toEqual([]);
  }, 600_000);
});

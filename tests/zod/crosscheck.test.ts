import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { componentIdents } from '../../generator/emit/zod/names.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import { ajvOracle } from './crosscheck/ajv.js';
import { crossCheck, sampleCases, type ZodLike, type ZodSide } from './crosscheck/compare.js';
import { oaiMetaExamples } from './crosscheck/examples.js';
import { explain } from './crosscheck/explain.js';
import { normalize31 } from './crosscheck/normalize.js';
import { renderReport, type ReportInput } from './crosscheck/report.js';
import { emitPackage, FIXTURES, OPENAI_SPEC } from './helpers/emit-package.js';

const DIGITALOCEAN_SPEC = join(OPENAI_SPEC, '..', '..', 'digitalocean', 'DigitalOcean-public.v2.yaml');

/** Emits the zod entry for `file`, imports it, and returns the IR, the raw document and the zod side. */
async function setup(name: string, file: string) {
  const loaded = await loadSpec(file);
  const ir: IRDocument = parseSpec(loaded);
  const pkg = await emitPackage(name, ir);
  const mod = (await import(pathToFileURL(join(pkg.dir, 'zod', 'index.ts')).href)) as Record<string, ZodLike> & {
    operations: Record<string, { response?: ZodLike }>;
  };
  const idents = componentIdents(ir);
  const zod: ZodSide = {
    component: (n) => mod[idents.get(n) ?? ''],
    operation: (id) => mod.operations[id]?.response,
  };
  const normalized = normalize31(loaded.document);
  return { ir, zod, normalized, ajv: ajvOracle(normalized.document as Record<string, unknown>) };
}

describe('zod and ajv agree on the kitchen-sink fixture', () => {
  it('on every generated sample and mutation', async () => {
    const { ir, zod, ajv } = await setup('crosscheck-fixture', join(FIXTURES, 'kitchen-sink.yaml'));
    const { cases } = sampleCases(ir);
    const result = crossCheck(cases, ajv, zod);
    expect(cases.length).toBeGreaterThan(150);
    expect(result.ajvValid).toBeGreaterThan(20);
    expect(result.ajvValid).toBeLessThan(cases.length);
    expect(result.disagreements.map((d) => `${d.id}: ajv ${d.ajv} ${d.ajvErrors[0] ?? ''} / zod ${d.zod} ${d.zodIssues[0] ?? ''}`)).toEqual([]);
  });
});

/** Both validators on the spec's examples and on samples of every component; the report's input. */
async function crossCheckSpec(name: string, file: string): Promise<ReportInput> {
  const { ir, zod, normalized, ajv } = await setup(name, file);
  const examples = oaiMetaExamples(ir);
  const samples = sampleCases(ir);
  const onExamples = crossCheck(examples.cases, ajv, zod);
  const onSamples = crossCheck(samples.cases, ajv, zod);
  const { explained, rewrites } = explain(normalized.document, [...onExamples.disagreements, ...onSamples.disagreements]);
  const disagreeing = new Set(onExamples.disagreements.map((d) => d.id));
  return {
    spec: relative(join(import.meta.dirname, '..', '..', '..'), file),
    openapi: ir.openapi,
    normalized: normalized.counts,
    rewrites,
    sets: [
      { name: '`x-oaiMeta` JSON response examples', total: onExamples.total, ajvValid: onExamples.ajvValid, disagreements: onExamples.disagreements.length },
      { name: 'generated samples and mutations', total: onSamples.total, ajvValid: onSamples.ajvValid, disagreements: onSamples.disagreements.length },
    ],
    explained,
    invalidExamples: examples.cases
      .filter((c) => !disagreeing.has(c.id))
      .map((c) => ({ c, r: ajv.validate(c.pointer, c.value) }))
      .filter(({ r }) => !r.valid)
      .map(({ c, r }) => ({ id: c.id, error: r.errors[0] ?? '' })),
    skippedExamples: examples.skipped,
    binaryComponents: samples.binary,
  };
}

const unexplained = (r: ReportInput) =>
  r.explained.filter((d) => !d.reading).map((d) => `${d.id}: ajv ${d.ajvErrors[0] ?? 'valid'} / zod ${d.zodIssues[0] ?? 'valid'}`);
const emitterToBlame = (r: ReportInput) => r.explained.filter((d) => d.reading?.decision === 'emitter').map((d) => d.id);

describe('zod and ajv on the OpenAI spec (3.1)', () => {
  let report: ReportInput;
  beforeAll(async () => {
    report = await crossCheckSpec('crosscheck-openai', OPENAI_SPEC);
  }, 300_000);

  it('checks over 200 JSON response examples and every component without file content', () => {
    expect(report.sets[0]!.total).toBeGreaterThan(200);
    expect(report.sets[1]!.total).toBeGreaterThan(1400 * 3);
  });

  it('explains every disagreement by a named reading of the spec', () => {
    expect(unexplained(report)).toEqual([]);
  });

  it('has no disagreement left that our emitter is to blame for', () => {
    expect(emitterToBlame(report)).toEqual([]);
  });

  it('matches the committed report', async () => {
    await expect(renderReport(report)).toMatchFileSnapshot('ajv-disagreements.md');
  });
});

describe('zod and ajv on the DigitalOcean spec (3.0, multi-file)', () => {
  let report: ReportInput;
  beforeAll(async () => {
    report = await crossCheckSpec('crosscheck-digitalocean', DIGITALOCEAN_SPEC);
  }, 300_000);

  it('checks samples of every component, explains every disagreement, none on the emitter', () => {
    expect(report.sets[1]!.total).toBeGreaterThan(400 * 3);
    expect(unexplained(report)).toEqual([]);
    expect(emitterToBlame(report)).toEqual([]);
  });

  it('matches the committed report', async () => {
    await expect(renderReport(report)).toMatchFileSnapshot('ajv-disagreements-digitalocean.md');
  });
});

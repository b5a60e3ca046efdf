import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failures, generateWithCli, runGeneratedTests, type JsonReport } from './run-generated.js';
import { startSteady, type SteadyServer } from './steady.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SPEC = join(ROOT, 'tests', 'fixtures', 'emit', 'pets.yaml');
const OUT = join(ROOT, '.tmp', 'e2e-pets');

/** A spec with no SDK config (default names) through the same loop: generate, Steady, generated tests. */
describe('generated tests of a config-less fixture package against Steady', () => {
  let steady: SteadyServer;
  let report: JsonReport;

  beforeAll(async () => {
    await generateWithCli(['--spec', SPEC], OUT);
    steady = await startSteady(SPEC);
    report = await runGeneratedTests(OUT, steady.baseURL);
  }, 600_000);

  afterAll(async () => {
    await steady?.stop();
  });

  it('passes every generated test, one or two per operation', () => {
    expect(failures(report)).toBe('');
    expect(report.numTotalTests).toBeGreaterThanOrEqual(9);
  });
});

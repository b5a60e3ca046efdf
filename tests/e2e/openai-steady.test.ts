import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failures, generateWithCli, runGeneratedTests, type JsonReport } from './run-generated.js';
import { startSteady, type SteadyServer } from './steady.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const OUT = join(ROOT, '.tmp', 'e2e-openai');
const run = promisify(execFile);

/**
 * Generates the OpenAI package, starts Steady on the same spec, and runs the package's own
 * generated tests (one per operation, required and all params) against it in a child vitest.
 */
describe('generated OpenAI tests against Steady', () => {
  let steady: SteadyServer;
  let report: JsonReport;
  let operationIds: string[];

  beforeAll(async () => {
    await generateWithCli(['--spec-id', 'openai'], OUT);
    steady = await startSteady(SPEC);
    report = await runGeneratedTests(OUT, steady.baseURL);
    const inspect = await run(process.execPath, [join(ROOT, 'bin', 'sdkgen.mjs'), 'inspect', SPEC, '--json'], {
      cwd: ROOT,
      maxBuffer: 512 * 1024 * 1024,
    });
    operationIds = (JSON.parse(inspect.stdout) as { operations: { id: string }[] }).operations.map((o) => o.id);
  }, 600_000);

  afterAll(async () => {
    await steady?.stop();
  });

  it('every generated test passes (Steady accepted every request)', () => {
    expect(failures(report)).toBe('');
    expect(report.numTotalTests).toBeGreaterThan(288);
  });

  it('fails when a request does not match the spec (the oracle can say no)', async () => {
    const { default: OpenAI } = (await import(join(OUT, 'dist', 'esm', 'index.js'))) as {
      default: new (o: object) => { chat: { completions: { create(body: unknown): Promise<unknown> } } };
    };
    const client = new OpenAI({ apiKey: 'k', baseURL: steady.baseURL, maxRetries: 0 });
    await expect(client.chat.completions.create({ model: 'gpt-4o' })).rejects.toMatchObject({ status: 400 });
  });

  it('covers every operation of the spec', () => {
    const titles = report.testResults.flatMap((f) => f.assertionResults.map((a) => a.title)).join('\n');
    const missing = operationIds.filter((id) => !titles.includes(`(${id}): required params`));
    expect(missing).toEqual([]);
    expect(operationIds.length).toBe(288);
  });
});

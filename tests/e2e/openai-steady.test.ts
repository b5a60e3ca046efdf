import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSteady, type SteadyServer } from './steady.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const OUT = join(ROOT, '.tmp', 'e2e-openai');
const run = promisify(execFile);

interface JsonReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

/**
 * Generates the OpenAI package, starts Steady on the same spec, and runs the package's own
 * generated tests (one per operation, required and all params) against it in a child vitest.
 */
describe('generated OpenAI tests against Steady', () => {
  let steady: SteadyServer;
  let report: JsonReport;
  let operationIds: string[];

  beforeAll(async () => {
    await run(process.execPath, [join(ROOT, 'bin', 'sdkgen.mjs'), 'generate', '--spec-id', 'openai', '--out', OUT, '--quiet'], {
      cwd: ROOT,
    });
    steady = await startSteady(SPEC);
    const reportFile = join(OUT, 'vitest-report.json');
    await rm(reportFile, { force: true });
    await run(
      process.execPath,
      [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', OUT, '--reporter=json', `--outputFile=${reportFile}`],
      { cwd: OUT, env: { ...process.env, TEST_API_BASE_URL: steady.baseURL }, maxBuffer: 256 * 1024 * 1024 },
    ).catch(() => undefined); // failures are read from the report below
    report = JSON.parse(await readFile(reportFile, 'utf8')) as JsonReport;
    const ir = JSON.parse((await run(process.execPath, [join(ROOT, 'bin', 'sdkgen.mjs'), 'inspect', SPEC, '--json'], { cwd: ROOT, maxBuffer: 512 * 1024 * 1024 })).stdout) as {
      operations: { id: string }[];
    };
    operationIds = ir.operations.map((o) => o.id);
  }, 600_000);

  afterAll(async () => {
    await steady?.stop();
  });

  it('every generated test passes (Steady accepted every request)', () => {
    const failed = report.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status !== 'passed'));
    const summary = failed.slice(0, 20).map((a) => `${a.title}\n  ${a.failureMessages[0]?.split('\n')[0] ?? ''}`);
    expect(summary.join('\n')).toBe('');
    expect(report.numTotalTests).toBeGreaterThan(0);
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

import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

export interface JsonReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

/** Generates a package with the CLI (`args` after `generate`), into `out`. */
export async function generateWithCli(args: string[], out: string): Promise<void> {
  await run(process.execPath, [join(ROOT, 'bin', 'sdkgen.mjs'), 'generate', ...args, '--out', out, '--quiet'], { cwd: ROOT });
}

/** Runs a generated package's own tests in a child vitest against `baseURL`; returns its JSON report. */
export async function runGeneratedTests(out: string, baseURL: string): Promise<JsonReport> {
  const reportFile = join(out, 'vitest-report.json');
  await rm(reportFile, { force: true });
  await run(
    process.execPath,
    [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', out, '--reporter=json', `--outputFile=${reportFile}`],
    { cwd: out, env: { ...process.env, TEST_API_BASE_URL: baseURL }, maxBuffer: 256 * 1024 * 1024 },
  ).catch(() => undefined); // failures are read from the report
  return JSON.parse(await readFile(reportFile, 'utf8')) as JsonReport;
}

/** The first failures of a report, one line each (empty when everything passed). */
export function failures(report: JsonReport, max = 20): string {
  const failed = report.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status !== 'passed'));
  return failed
    .slice(0, max)
    .map((a) => `${a.title}\n  ${a.failureMessages[0]?.split('\n')[0] ?? ''}`)
    .join('\n');
}

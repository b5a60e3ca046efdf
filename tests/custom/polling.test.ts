import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, SCRATCH, generateInto, importFrom } from './helpers.js';

interface Job {
  id: string;
  status: string;
  label: string;
}
interface PollOptions {
  pollIntervalMs?: number;
  pollTimeoutMs?: number;
  signal?: AbortSignal;
}
/** The generated polling surface of the fixture package (its types are checked by mechanism.test.ts's tsc run). */
interface JobberModule {
  Jobber: new (o: Record<string, unknown>) => {
    projects: {
      jobs: {
        poll(projectID: string, jobID: string, o?: PollOptions): Promise<Job>;
        createAndPoll(projectID: string, body: { label: string }, o?: PollOptions): Promise<Job>;
        inputsAndPoll(projectID: string, jobID: string, body: { inputs: string[] }, o?: PollOptions): Promise<Job>;
        cancelAndPoll?: unknown;
      };
    };
  };
  PollTimeoutError: new (...a: never[]) => Error & { last: Job; status: string };
  APIUserAbortError: new (...a: never[]) => Error;
}

/** The server's script: the statuses successive reads of a job return, and the hint header sent with each. */
let script: { statuses: string[]; hintMs?: number };
let reads: number[] = [];
let server: Server;
let baseURL: string;
let mod: JobberModule;
const out = join(SCRATCH, 'polling');

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  await generateInto(join(FIXTURES, 'jobs.yaml'), join(FIXTURES, 'jobs.sdk.yaml'), out);
  mod = await importFrom<JobberModule>(out, 'dist/esm/index.js');
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const job = (status: string) => JSON.stringify({ id: 'job_9', project_id: 'p', label: 'l', status });
      if (req.method === 'POST') return res.writeHead(200, headers).end(job('queued'));
      reads.push(performance.now());
      const status = script.statuses[Math.min(reads.length - 1, script.statuses.length - 1)]!;
      if (script.hintMs !== undefined) headers['x-poll-after-ms'] = String(script.hintMs);
      res.writeHead(200, headers).end(job(status));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(out, { recursive: true, force: true });
});
beforeEach(() => {
  reads = [];
});

const client = () => new mod.Jobber({ apiKey: 'k', baseURL, maxRetries: 0 });
const gaps = () => reads.slice(1).map((t, i) => t - reads[i]!);

describe('spec-derived polling against a local server', () => {
  it('createAndPoll creates, then reads until the status is terminal', async () => {
    script = { statuses: ['queued', 'running', 'running', 'succeeded'] };
    const job = await client().projects.jobs.createAndPoll('p', { label: 'l' }, { pollIntervalMs: 1 });
    expect(job.status).toBe('succeeded');
    expect(reads).toHaveLength(4);
  });

  it('a status the config made terminal (needs_input) ends polling; submit-style actions poll too', async () => {
    script = { statuses: ['running', 'needs_input'] };
    const job = await client().projects.jobs.inputsAndPoll('p', 'job_9', { inputs: ['x'] }, { pollIntervalMs: 1 });
    expect(job.status).toBe('needs_input');
    expect(reads).toHaveLength(2);
  });

  it('waits the server hint (x-poll-after-ms) between reads when pollIntervalMs is unset', async () => {
    script = { statuses: ['queued', 'running', 'failed'], hintMs: 120 };
    expect((await client().projects.jobs.poll('p', 'job_9')).status).toBe('failed');
    expect(gaps()).toHaveLength(2);
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(110);
  });

  it('pollIntervalMs wins over the hint', async () => {
    script = { statuses: ['queued', 'queued', 'succeeded'], hintMs: 60_000 };
    const started = performance.now();
    expect((await client().projects.jobs.poll('p', 'job_9', { pollIntervalMs: 5 })).status).toBe('succeeded');
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(reads).toHaveLength(3);
  });

  it('an abort during the wait rejects with APIUserAbortError at once and stops reading', async () => {
    script = { statuses: ['running'] };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = performance.now();
    const error = await client().projects.jobs.poll('p', 'job_9', { pollIntervalMs: 10_000, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(mod.APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(5_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(reads.length).toBeLessThanOrEqual(1);
  });

  it('pollTimeoutMs gives up with a typed PollTimeoutError carrying the last item', async () => {
    script = { statuses: ['running'] };
    const error = await client().projects.jobs.poll('p', 'job_9', { pollIntervalMs: 40, pollTimeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(mod.PollTimeoutError);
    expect((error as InstanceType<JobberModule['PollTimeoutError']>).last.status).toBe('running');
    expect((error as InstanceType<JobberModule['PollTimeoutError']>).status).toBe('running');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeLessThanOrEqual(4);
  });

  it('the config turns a helper off (cancelJob: polling: false)', () => {
    expect(client().projects.jobs.cancelAndPoll).toBeUndefined();
    const source = readFileSync(join(out, 'src/resources/projects/jobs/jobs.ts'), 'utf8');
    expect(source).toContain('async createAndPoll(projectID: string, body: JobCreateParams, options?: PollOptions): Promise<Job>');
    expect(source).not.toContain('cancelAndPoll');
  });
});

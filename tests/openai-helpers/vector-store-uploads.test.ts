/**
 * `vectorStores.files.upload/uploadAndPoll` and `vectorStores.fileBatches.uploadAndPoll`
 * against a local server: the requests sent, the waits (`openai-poll-after-ms` vs
 * `pollIntervalMs`), a failed status ending the poll, and polls that time out (the caller's
 * signal, `pollTimeoutMs`). The waiting itself is the generated `poll()`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJSON, type Recorded, type TestServer } from '../patterns/helpers/server.js';
import { setup, type Module } from './package.js';

let server: TestServer;
let openai: Module;
let runtime: Module;

beforeAll(async () => {
  ({ server, openai, runtime } = await setup());
});
afterAll(() => server.close());

const vsFile = (status: string) => ({
  id: 'file-abc',
  object: 'vector_store.file',
  created_at: 1730000000,
  usage_bytes: 1234,
  vector_store_id: 'vs_1',
  status,
  last_error: status === 'failed' ? { code: 'server_error', message: 'parse failed' } : null,
});
const batch = (status: string) => ({
  id: 'vsfb_1',
  object: 'vector_store.files_batch',
  created_at: 1730000000,
  vector_store_id: 'vs_1',
  status,
  file_counts: { in_progress: 0, completed: 2, failed: 0, cancelled: 0, total: 2 },
});

/** Serves uploads, the create call, then `statuses` one per retrieve (the last repeated); records poll times. */
function serve(create: string, statuses: string[], pollAfterMs: string | null, body: (s: string) => Module): number[] {
  const times: number[] = [];
  let uploads = 0;
  let polls = 0;
  server.handle((req: Recorded, res) => {
    if (req.method === 'POST' && req.path === '/files') {
      return sendJSON(res, { id: `file-up${uploads++}`, object: 'file', bytes: 3, created_at: 1, filename: 'a.txt', purpose: 'assistants', status: 'processed' });
    }
    if (req.method === 'POST' && req.path === create) return sendJSON(res, body('in_progress'));
    // only this test's item counts (a poll the previous test aborted may still arrive)
    if (req.method !== 'GET' || !req.path.startsWith(`${create}/`)) return void res.writeHead(404).end();
    times.push(performance.now());
    const status = statuses[Math.min(polls++, statuses.length - 1)]!;
    sendJSON(res, body(status), 200, pollAfterMs === null ? {} : { 'openai-poll-after-ms': pollAfterMs });
  });
  return times;
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('vectorStores.files', () => {
  it('upload() sends the file to /files (purpose assistants) and attaches it', async () => {
    serve('/vector_stores/vs_1/files', ['completed'], null, vsFile);
    const { toFile } = runtime;
    const attached = await openai.vectorStores.files.upload('vs_1', await toFile(Buffer.from('hey'), 'a.txt'));
    expect(attached.status).toBe('in_progress');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /files', 'POST /vector_stores/vs_1/files']);
    expect(server.requests[0]!.body.toString()).toContain('assistants');
    expect(JSON.parse(server.requests[1]!.body.toString())).toEqual({ file_id: 'file-up0' });
  });

  it('uploadAndPoll() waits as the server says (openai-poll-after-ms) until the status settles', async () => {
    const times = serve('/vector_stores/vs_1/files', ['in_progress', 'in_progress', 'completed'], '60', vsFile);
    const { toFile } = runtime;
    const done = await openai.vectorStores.files.uploadAndPoll('vs_1', await toFile(Buffer.from('hey'), 'a.txt'));
    expect(done.status).toBe('completed');
    expect(times).toHaveLength(3);
    expect(server.requests.at(-1)!.path).toBe('/vector_stores/vs_1/files/file-abc');
    for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(55);
  });

  it('pollIntervalMs overrides the server hint; a failed status ends the poll', async () => {
    const times = serve('/vector_stores/vs_1/files', ['in_progress', 'failed'], '5000', vsFile);
    const { toFile } = runtime;
    const done = await openai.vectorStores.files.uploadAndPoll('vs_1', await toFile(Buffer.from('hey'), 'a.txt'), { pollIntervalMs: 20 });
    expect(done).toMatchObject({ status: 'failed', last_error: { message: 'parse failed' } });
    expect(times).toHaveLength(2);
    expect(gaps(times)[0]).toBeLessThan(2_000);
  });

  it('a poll that never settles ends when the caller signal times out, with APIUserAbortError', async () => {
    const times = serve('/vector_stores/vs_1/files', ['in_progress'], '40', vsFile);
    const { toFile } = runtime;
    const file = await toFile(Buffer.from('hey'), 'a.txt');
    const failure = await openai.vectorStores.files
      .uploadAndPoll('vs_1', file, { signal: AbortSignal.timeout(300) })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(runtime.APIUserAbortError);
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times.length).toBeLessThan(12);
  });

  it('pollTimeoutMs gives up with PollTimeoutError holding the last item read', async () => {
    serve('/vector_stores/vs_1/files', ['in_progress'], '40', vsFile);
    const { toFile } = runtime;
    const file = await toFile(Buffer.from('hey'), 'a.txt');
    const failure = await openai.vectorStores.files.uploadAndPoll('vs_1', file, { pollTimeoutMs: 200 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(runtime.PollTimeoutError);
    expect(failure).toMatchObject({ status: 'in_progress', last: { id: 'file-abc' } });
  });
});

describe('vectorStores.fileBatches.uploadAndPoll', () => {
  it('uploads the files, batches them with the given ids in order, and polls the batch', async () => {
    serve('/vector_stores/vs_1/file_batches', ['in_progress', 'completed'], '10', batch);
    const { toFile } = runtime;
    const files = await Promise.all(['a', 'b', 'c'].map((n) => toFile(Buffer.from(n), `${n}.txt`)));
    const done = await openai.vectorStores.fileBatches.uploadAndPoll('vs_1', { files, fileIds: ['file-old'] }, { maxConcurrency: 2 });
    expect(done.status).toBe('completed');
    const paths = server.requests.map((r) => `${r.method} ${r.path}`).filter((p) => !p.includes('/files/'));
    expect(paths.filter((p) => p === 'POST /files')).toHaveLength(3);
    const create = server.requests.find((r) => r.path === '/vector_stores/vs_1/file_batches')!;
    expect(JSON.parse(create.body.toString())).toEqual({ file_ids: ['file-old', 'file-up0', 'file-up1', 'file-up2'] });
    expect(paths.slice(-2)).toEqual(['GET /vector_stores/vs_1/file_batches/vsfb_1', 'GET /vector_stores/vs_1/file_batches/vsfb_1']);
    expect(create.headers['openai-beta']).toBe('assistants=v2');
  });

  it('refuses an empty file list before sending anything', async () => {
    serve('/vector_stores/vs_1/file_batches', ['completed'], null, batch);
    await expect(openai.vectorStores.fileBatches.uploadAndPoll('vs_1', { files: [] })).rejects.toThrow(/No `files` to upload/);
    expect(server.requests).toHaveLength(0);
  });
});

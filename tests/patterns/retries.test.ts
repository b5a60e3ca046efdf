/**
 * Retries and timeouts around streams, uploads and pages of the generated package: what is
 * retried (a failure before any event, an upload with a re-sendable body, a page), what is
 * not (a stream that already delivered events, a one-shot ReadableStream body), and timeouts.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMultipart } from './helpers/multipart.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { makePages, pagedHandler } from './helpers/pages.js';
import { sendJSON, startServer, type Handler, type TestServer } from './helpers/server.js';
import { chunked, drain, frame, writeSSE } from './helpers/sse.js';

const pkg = await loadPackage();
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL, { maxRetries: 2 });
});
afterAll(() => server.close());

const fail = (res: ServerResponse, status: number) => sendJSON(res, { error: { message: `failed with ${status}` } }, status, { 'retry-after-ms': '0' });
/** Answers the first `n` requests with `status`, then hands over to `then`. */
const failFirst = (n: number, status: number, then: Handler): Handler => (req, res) => (server.requests.length <= n ? fail(res, status) : then(req, res));
const chat = () => client.chat.completions.create({ model: 'm', messages: [], stream: true });
const chunk = (n: number) => ({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: `t${n}` } }] });
/** Holds the response headers back for `ms` (a slow server), then answers with `then`. */
const slow = (ms: number, then: Handler): Handler => (req, res) =>
  new Promise<void>((resolve) => setTimeout(() => (res.destroyed ? resolve() : Promise.resolve(then(req, res)).then(resolve)), ms));

describe('streams', () => {
  it('a stream that fails after 2 events surfaces the error and is not retried', async () => {
    server.handle(async (_req, res) => {
      await writeSSE(res, chunked(frame(chunk(1)) + frame(chunk(2)), 8), false);
      res.socket?.destroy();
    });
    const { events, error } = await drain(await chat());
    expect(events).toEqual([chunk(1), chunk(2)]);
    expect(error).toBeInstanceOf(pkg.APIConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('an error event after 2 events is not retried either', async () => {
    server.handle((_req, res) => writeSSE(res, chunked(frame(chunk(1)) + frame(chunk(2)) + frame({ error: { message: 'boom' } }, 'error'))));
    const { events, error } = await drain(await chat());
    expect([events.length, (error as Error).message]).toEqual([2, expect.stringContaining('boom')]);
    expect(server.requests).toHaveLength(1);
  });

  it('a 503 before the stream starts is retried, and the retry streams', async () => {
    server.handle(failFirst(1, 503, (_req, res) => writeSSE(res, chunked(frame(chunk(1)) + 'data: [DONE]\n\n'))));
    expect(await drain(await chat())).toEqual({ events: [chunk(1)] });
    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((r) => JSON.parse(r.body.toString()).stream)).toEqual([true, true]);
  });

  it('the timeout covers waiting for headers only: a slow stream after them is not cut', async () => {
    server.handle(async (_req, res) => {
      await writeSSE(res, [Buffer.from(frame(chunk(1)))], false);
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!res.destroyed) res.end(frame(chunk(2)));
    });
    const stream = await client.chat.completions.create({ model: 'm', messages: [], stream: true }, { timeout: 100 });
    expect(await drain(stream)).toEqual({ events: [chunk(1), chunk(2)] });
  });
});

describe('uploads', () => {
  const BYTES = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) & 0xff));
  const fileParts = () => server.requests.map((r) => parseMultipart(r).map((p) => [p.name, p.filename ?? null, p.data.toString('hex')]));

  it('an upload retried after a 500 sends the same fields and bytes twice', async () => {
    server.handle(failFirst(1, 500, (_req, res) => sendJSON(res, { id: 'file_1' })));
    const result = await client.files.create({ file: await pkg.toFile(BYTES, 'data.jsonl'), purpose: 'batch' });
    expect(result).toEqual({ id: 'file_1' });
    const [first, second] = fileParts();
    expect(first).toEqual([['file', 'data.jsonl', BYTES.toString('hex')], ['purpose', null, Buffer.from('batch').toString('hex')]]);
    expect(second).toEqual(first);
  });

  it('a ReadableStream file field is read into a File first, so its upload can be retried', async () => {
    server.handle(failFirst(1, 500, (_req, res) => sendJSON(res, { id: 'part_1' })));
    await client.uploads.parts.create('upload_1', { data: new Blob([BYTES]).stream() });
    const [first, second] = fileParts();
    expect(first?.[0]?.[2]).toBe(BYTES.toString('hex'));
    expect(second).toEqual(first);
  });

  it('a one-shot ReadableStream request body is sent once and not retried', async () => {
    server.handle((_req, res) => fail(res, 500));
    const body = new Blob([BYTES]).stream();
    const error = await client.request({ method: 'post', path: '/uploads/upload_1/parts', body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.InternalServerError);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body.equals(BYTES)).toBe(true);
  });
});

describe('pages', () => {
  const LAST_ID = { style: 'cursor', cursorParam: 'after', itemsField: 'data', hasMoreField: 'has_more', nextCursor: { from: 'response', field: 'last_id' }, item: { kind: 'unknown', pointer: '' } } as const;
  const pages = makePages([2, 2], 'file_');

  it('a slow first page raises APIConnectionTimeoutError after the retries', async () => {
    server.handle(slow(1_000, pagedHandler(LAST_ID, pages)));
    const error = await client.files.list({}, { timeout: 100, maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(2);
  });

  it('a 429 on a later page is retried and the walk completes', async () => {
    const paged = pagedHandler(LAST_ID, pages);
    server.handle((req, res) => (server.requests.length === 2 ? fail(res, 429) : paged(req, res)));
    const items: unknown[] = [];
    for await (const item of client.files.list()) if (items.push(item) > 10) break;
    expect(items).toEqual(pages.flat());
    expect(server.requests.map((r) => r.query.get('after'))).toEqual([null, 'cur_file_2', 'cur_file_2']);
  });
});

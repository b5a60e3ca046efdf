import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionError, InternalServerError, RateLimitError } from '../../../templates/runtime/core/error.js';
import { json, sequence, startServer, type Handler, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

const fast = { 'retry-after-ms': '5' };
const drop: Handler = (_req, res) => res.socket?.destroy();

let server: TestServer;
let client: TestClient;
beforeAll(async () => {
  server = await startServer();
  client = new TestClient({ apiKey: 'k', baseURL: server.url, logLevel: 'off' });
});
afterAll(() => server.close());

async function run(handler: Handler, options: { maxRetries?: number } = {}) {
  server.handler = handler;
  server.seen = [];
  return client.request<{ ok?: boolean }>({ method: 'post', path: '/r', body: { n: 1 } }, options);
}

describe('retries', () => {
  it.each([408, 409, 429, 500, 502, 503])('retries %i then succeeds, re-sending the same body', async (status) => {
    const data = await run(sequence(json(status, { error: { message: 'busy' } }, fast), json(200, { ok: true })));
    expect(data.ok).toBe(true);
    expect(server.seen).toHaveLength(2);
    expect(server.seen.map((s) => s.body)).toEqual(['{"n":1}', '{"n":1}']);
  });

  it('gives up after maxRetries (default 2) with the last error', async () => {
    await expect(run(json(500, { error: { message: 'down' } }, fast))).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(3);
  });

  it('per-request maxRetries overrides the client', async () => {
    await expect(run(json(429, {}, fast), { maxRetries: 0 })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.seen).toHaveLength(1);
    await expect(run(json(429, {}, fast), { maxRetries: 4 })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.seen).toHaveLength(5);
  });

  it('x-should-retry: false stops a retry of a 500', async () => {
    await expect(run(json(500, {}, { 'x-should-retry': 'false' }))).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
  });

  it('x-should-retry: true retries a 400', async () => {
    const data = await run(sequence(json(400, {}, { 'x-should-retry': 'true', ...fast }), json(200, { ok: true })));
    expect(data.ok).toBe(true);
    expect(server.seen).toHaveLength(2);
  });

  it('does not retry 400, 401, 404, 422', async () => {
    for (const status of [400, 401, 404, 422]) {
      await expect(run(json(status, {}))).rejects.toMatchObject({ status });
      expect(server.seen).toHaveLength(1);
    }
  });

  it('waits as long as retry-after asks (seconds form)', async () => {
    const t0 = performance.now();
    await run(sequence(json(503, {}, { 'retry-after': '0.3' }), json(200, { ok: true })));
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(5000);
  });

  it('waits as long as retry-after-ms asks', async () => {
    const t0 = performance.now();
    await run(sequence(json(429, {}, { 'retry-after-ms': '200' }), json(200, { ok: true })));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(180);
  });

  it('retries a dropped connection, then reports APIConnectionError', async () => {
    const data = await run(sequence(drop, json(200, { ok: true })), { maxRetries: 1 });
    expect(data.ok).toBe(true);
    expect(server.seen).toHaveLength(2);
    const err = await run(drop, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect((err as Error).message).toBe('Connection error.');
    expect((err as Error).cause).toBeInstanceOf(Error);
  });

  it('does not retry a body that cannot be sent twice', async () => {
    server.handler = json(500, {});
    server.seen = [];
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('raw'));
        c.close();
      },
    });
    await expect(client.request({ method: 'post', path: '/r', body })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]!.body).toBe('raw');
  });
});

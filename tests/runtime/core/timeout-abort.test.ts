import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionTimeoutError, APIUserAbortError } from '../../../templates/runtime/core/error.js';
import { json, sequence, startServer, type Handler, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

const hang: Handler = () => undefined; // never answers; closeAllConnections ends it
let server: TestServer;
let client: TestClient;
beforeAll(async () => {
  server = await startServer();
  client = new TestClient({ apiKey: 'k', baseURL: server.url, logLevel: 'off' });
  // The process's first fetch sets up its HTTP stack (~0.3 s on a loaded machine), longer than
  // the short timeouts below: warm it up so each test measures only its own request.
  server.handler = json(200, { ok: true });
  await client.request({ method: 'get', path: '/warm-up' });
});
afterAll(() => server.close());

describe('timeouts', () => {
  it('rejects with APIConnectionTimeoutError after the per-request timeout', async () => {
    server.handler = hang;
    server.seen = [];
    const t0 = performance.now();
    const err = await client.request({ method: 'get', path: '/slow' }, { timeout: 150, maxRetries: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    expect((err as Error).message).toBe('Request timed out.');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    expect(server.seen).toHaveLength(1);
  });

  it('retries a timed-out attempt, each attempt getting its own timeout', async () => {
    server.handler = sequence(hang, json(200, { ok: true }));
    server.seen = [];
    const data = await client.request<{ ok: boolean }>({ method: 'get', path: '/slow' }, { timeout: 100, maxRetries: 1 });
    expect(data.ok).toBe(true);
    expect(server.seen).toHaveLength(2);
  });

  it('uses the client timeout when the request sets none', async () => {
    server.handler = hang;
    const quick = new TestClient({ apiKey: 'k', baseURL: server.url, timeout: 100, maxRetries: 0 });
    expect(quick.timeout).toBe(100);
    await expect(quick.request({ method: 'get', path: '/slow' })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('defaults to 10 minutes and 2 retries', () => {
    expect(client.timeout).toBe(600_000);
    expect(client.maxRetries).toBe(2);
  });
});

describe('abort', () => {
  it('a user abort rejects with APIUserAbortError and is never retried', async () => {
    server.handler = hang;
    server.seen = [];
    const c = new AbortController();
    const p = client.request({ method: 'get', path: '/slow' }, { signal: c.signal, maxRetries: 5 });
    setTimeout(() => c.abort(), 50);
    await expect(p).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    server.seen = [];
    const c = new AbortController();
    c.abort();
    await expect(client.request({ method: 'get', path: '/x' }, { signal: c.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(0);
  });

  it('an abort during the backoff wait stops the retries', async () => {
    server.handler = json(500, {}, { 'retry-after': '30' });
    server.seen = [];
    const c = new AbortController();
    const p = client.request({ method: 'get', path: '/x' }, { signal: c.signal });
    setTimeout(() => c.abort(), 100);
    const t0 = performance.now();
    await expect(p).rejects.toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(server.seen).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHeaders } from '../../../templates/runtime/core/headers.js';
import { json, startServer, type TestServer } from './server.js';
import { TestClient, TEST_CONFIG } from './test-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(json(200, {}));
});
afterAll(() => server.close());

async function sent(client: TestClient, spec: Parameters<TestClient['request']>[0], options = {}) {
  await client.request(spec, options);
  return server.seen.at(-1)!.headers;
}

describe('buildHeaders', () => {
  it('merges case-insensitively; later wins; null removes; undefined keeps', () => {
    const h = buildHeaders([
      { 'X-A': '1', 'X-B': '1', 'X-C': '1' },
      new Headers({ 'x-a': '2' }),
      [['X-D', '4']],
      { 'x-b': null, 'X-C': undefined },
    ]);
    expect([...h.entries()]).toEqual([
      ['x-a', '2'],
      ['x-c', '1'],
      ['x-d', '4'],
    ]);
  });
});

describe('request headers', () => {
  it('sends Accept, Content-Type, User-Agent, platform headers and a client request id', async () => {
    const client = new TestClient({ apiKey: 'sk-1', baseURL: server.url });
    const h = await sent(client, { method: 'post', path: '/x', body: { a: 1 } });
    expect(h['accept']).toBe('application/json');
    expect(h['content-type']).toBe('application/json');
    expect(h['user-agent']).toBe('Acme/JS 1.2.3');
    expect(h['x-sdk-lang']).toBe('js');
    expect(h['x-sdk-package-version']).toBe('1.2.3');
    expect(h['x-sdk-runtime']).toBe('node');
    expect(h['x-sdk-runtime-version']).toBe(process.version);
    expect(h['authorization']).toBe('Bearer sk-1');
    expect(h['x-client-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = await sent(client, { method: 'get', path: '/x' });
    expect(again['x-client-request-id']).not.toBe(h['x-client-request-id']);
    expect(again['content-type']).toBeUndefined();
  });

  it('layers defaultHeaders < spec headers < options headers, null removing', async () => {
    const client = new TestClient({
      apiKey: 'k',
      baseURL: server.url,
      defaultHeaders: { 'X-Layer': 'default', 'X-Default-Only': 'd', 'X-Gone': 'd', 'User-Agent': 'custom/1' },
    });
    const h = await sent(
      client,
      { method: 'get', path: '/x', headers: { 'x-layer': 'spec', 'Beta-Flag': 'v2' } },
      { headers: { 'X-LAYER': 'options', 'x-gone': null, 'X-Client-Request-Id': null } },
    );
    expect(h['x-layer']).toBe('options');
    expect(h['x-default-only']).toBe('d');
    expect(h['beta-flag']).toBe('v2');
    expect(h['user-agent']).toBe('custom/1');
    expect(h['x-gone']).toBeUndefined();
    expect(h['x-client-request-id']).toBeUndefined();
  });

  it('sends header options when set, from options or env', async () => {
    process.env['ACME_TEST_ORG'] = 'org-env';
    try {
      const fromEnv = new TestClient({ apiKey: 'k', baseURL: server.url });
      expect(fromEnv.organization).toBe('org-env');
      expect((await sent(fromEnv, { method: 'get', path: '/x' }))['acme-organization']).toBe('org-env');
      const fromOption = new TestClient({ apiKey: 'k', baseURL: server.url, organization: 'org-opt' });
      expect((await sent(fromOption, { method: 'get', path: '/x' }))['acme-organization']).toBe('org-opt');
      const off = new TestClient({ apiKey: 'k', baseURL: server.url, organization: null });
      expect((await sent(off, { method: 'get', path: '/x' }))['acme-organization']).toBeUndefined();
    } finally {
      delete process.env['ACME_TEST_ORG'];
    }
  });

  it('sends an idempotency key only when configured, the same across retries', async () => {
    const plain = new TestClient({ apiKey: 'k', baseURL: server.url });
    expect(Object.keys(await sent(plain, { method: 'post', path: '/x', body: {} })).filter((k) => k.includes('idempot'))).toEqual([]);
    const config = { ...TEST_CONFIG, idempotencyHeader: 'Idempotency-Key' };
    const client = new TestClient({ apiKey: 'k', baseURL: server.url }, config);
    let calls = 0;
    server.handler = (req, res) => json(calls++ === 0 ? 500 : 200, {}, { 'retry-after-ms': '1' })(req, res);
    server.seen = [];
    await client.request({ method: 'post', path: '/x', body: {} });
    const [first, second] = server.seen.map((s) => s.headers['idempotency-key']);
    expect(first).toMatch(/^sdk-retry-/);
    expect(second).toBe(first);
    server.handler = json(200, {});
    expect((await sent(client, { method: 'post', path: '/x', body: {} }, { idempotencyKey: 'mine' }))['idempotency-key']).toBe('mine');
    expect((await sent(client, { method: 'get', path: '/x' }))['idempotency-key']).toBeUndefined();
  });
});

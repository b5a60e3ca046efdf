import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SDKError } from '../../../templates/runtime/core/error.js';
import { json, startServer, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

const ENV = ['ACME_TEST_API_KEY', 'ACME_TEST_ADMIN_KEY', 'ACME_TEST_BASE_URL', 'ACME_TEST_WEBHOOK_SECRET'];
let server: TestServer;
beforeAll(async () => {
  server = await startServer(json(200, {}));
});
afterAll(() => server.close());
afterEach(() => {
  for (const name of ENV) delete process.env[name];
});

const auth = async (client: TestClient, credential?: string, options = {}) => {
  await client.request({ method: 'get', path: '/x', ...(credential ? { credential } : {}) }, options);
  return server.seen.at(-1)!.headers;
};

describe('credentials and options', () => {
  it('a missing default credential fails at construction, naming the option and variable', () => {
    const make = () => new TestClient({ baseURL: server.url });
    expect(make).toThrow(SDKError);
    expect(make).toThrow('Acme: missing credentials. Pass the `apiKey` option or set the ACME_TEST_API_KEY environment variable.');
  });

  it('blank environment values count as missing', () => {
    process.env['ACME_TEST_API_KEY'] = '   ';
    expect(() => new TestClient({ baseURL: server.url })).toThrow(/apiKey/);
  });

  it('reads credentials, the base URL and extra options from the environment', async () => {
    process.env['ACME_TEST_API_KEY'] = 'env-key';
    process.env['ACME_TEST_BASE_URL'] = server.url;
    process.env['ACME_TEST_WEBHOOK_SECRET'] = 'whsec';
    const client = new TestClient();
    expect(client.apiKey).toBe('env-key');
    expect(client.baseURL).toBe(server.url);
    expect(client.webhookSecret).toBe('whsec');
    expect((await auth(client))['authorization']).toBe('Bearer env-key');
  });

  it('picks the credential each operation names', async () => {
    const client = new TestClient({ apiKey: 'user', adminKey: 'admin', serviceToken: 'tok', baseURL: server.url });
    expect((await auth(client))['authorization']).toBe('Bearer user');
    expect((await auth(client, 'adminKey'))['authorization']).toBe('Bearer admin');
    const service = await auth(client, 'serviceToken');
    expect(service['x-service-token']).toBe('tok');
    expect(service['authorization']).toBeUndefined();
  });

  it('an admin-only client works for admin operations and explains what user operations need', async () => {
    const client = new TestClient({ adminKey: 'admin', baseURL: server.url });
    expect((await auth(client, 'adminKey'))['authorization']).toBe('Bearer admin');
    await expect(auth(client)).rejects.toThrow('Acme: this operation needs the `apiKey` option or the ACME_TEST_API_KEY environment variable.');
  });

  it('a credential header given or removed by the caller needs no credential option', async () => {
    const client = new TestClient({ baseURL: server.url, defaultHeaders: { Authorization: 'Custom abc' } });
    expect((await auth(client))['authorization']).toBe('Custom abc');
    const admin = new TestClient({ adminKey: 'a', baseURL: server.url });
    expect((await auth(admin, undefined, { headers: { Authorization: null } }))['authorization']).toBeUndefined();
  });

  it('withOptions derives a client that keeps credentials and other options', async () => {
    const client = new TestClient({ apiKey: 'k', baseURL: 'http://127.0.0.1:9', maxRetries: 5, organization: 'o' });
    const derived = client.withOptions({ baseURL: server.url, timeout: 1234 });
    expect(derived).toBeInstanceOf(TestClient);
    expect(derived).not.toBe(client);
    expect([derived.baseURL, derived.timeout, derived.maxRetries, derived.apiKey, derived.organization]).toEqual([server.url, 1234, 5, 'k', 'o']);
    expect(client.baseURL).toBe('http://127.0.0.1:9');
    expect((await auth(derived))['authorization']).toBe('Bearer k');
  });

  it('uses a custom fetch and fetchOptions', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const myFetch: typeof fetch = async (url, init) => {
      calls.push([String(url), init]);
      return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
    };
    const client = new TestClient({ apiKey: 'k', baseURL: 'https://api.example/v1', fetch: myFetch, fetchOptions: { keepalive: true } });
    expect(await client.request({ method: 'get', path: '/ping' }, { fetchOptions: { cache: 'no-store' } })).toEqual({ ok: true });
    expect(calls[0]![0]).toBe('https://api.example/v1/ping');
    expect(calls[0]![1]).toMatchObject({ method: 'GET', keepalive: true, cache: 'no-store' });
  });
});

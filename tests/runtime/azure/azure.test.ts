import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deploymentAuthHeaders, resolveAzureOptions, type AzureConfig, type AzureOptions } from '../../../templates/runtime/core/azure.js';
import { SDKError } from '../../../templates/runtime/core/error.js';
import { json, startServer, type TestServer } from '../core/server.js';
import { TestClient, type TestOptions } from '../core/test-client.js';

const AZURE: AzureConfig = {
  name: 'AcmeCloud',
  endpointEnv: 'ACME_TEST_CLOUD_ENDPOINT',
  apiKeyEnv: 'ACME_TEST_CLOUD_KEY',
  apiVersionEnv: 'ACME_TEST_CLOUD_VERSION',
  apiKeyHeader: 'cloud-key',
  apiVersionParam: 'v',
  basePath: '/acme',
  deploymentPaths: ['/chat/completions', '/audio/transcriptions'],
  deploymentField: 'model',
  credentialHeader: 'Authorization',
  credentialOption: 'apiKey',
};

/** What a generated deployment-routed subclass does. */
class CloudClient extends TestClient {
  readonly apiVersion: string;
  constructor(options: AzureOptions & Omit<TestOptions, 'apiKey'> = {}) {
    const resolved = resolveAzureOptions(options, AZURE);
    super(resolved.clientOptions as TestOptions);
    this.apiVersion = resolved.apiVersion;
  }
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer(json(200, { ok: true }));
});
afterAll(() => server.close());
afterEach(() => {
  server.seen = [];
  for (const k of ['ACME_TEST_CLOUD_ENDPOINT', 'ACME_TEST_CLOUD_KEY', 'ACME_TEST_CLOUD_VERSION', 'ACME_TEST_API_KEY']) delete process.env[k];
});

const post = (c: TestClient, path: string, body: unknown) => c.request({ method: 'post', path, body });

describe('deployment-routed client against a local server', () => {
  it('routes a deployment path through the configured deployment, with the version and key', async () => {
    const c = new CloudClient({ endpoint: server.url + '/', apiKey: 'k1', apiVersion: '2024-10-21', deployment: 'dep-a' });
    expect(c.baseURL).toBe(server.url + '/acme');
    await post(c, '/chat/completions', { model: 'ignored', messages: [] });
    const [seen] = server.seen;
    expect(seen!.url).toBe('/acme/deployments/dep-a/chat/completions?v=2024-10-21');
    expect(seen!.headers['cloud-key']).toBe('k1');
    expect(seen!.headers.authorization).toBeUndefined();
    expect(JSON.parse(seen!.body)).toEqual({ model: 'ignored', messages: [] });
  });

  it('takes the deployment from the body per request when none is configured (JSON and multipart)', async () => {
    const c = new CloudClient({ endpoint: server.url, apiKey: 'k1', apiVersion: '1' });
    await post(c, '/chat/completions', { model: 'gpt x/1' });
    await post(c, '/chat/completions', { model: 'other' });
    await c.request({ method: 'post', path: '/audio/transcriptions', body: { model: 'whisper', file: new Blob(['a']) }, bodyType: 'multipart' });
    expect(server.seen.map((s) => s.url)).toEqual([
      '/acme/deployments/gpt%20x%2F1/chat/completions?v=1',
      '/acme/deployments/other/chat/completions?v=1',
      '/acme/deployments/whisper/audio/transcriptions?v=1',
    ]);
  });

  it('leaves other paths and methods alone but still sends the version and key', async () => {
    const c = new CloudClient({ endpoint: server.url, apiKey: 'k1', apiVersion: '1', deployment: 'dep-a' });
    await c.request({ method: 'get', path: '/files', query: { limit: 2 } });
    await c.request({ method: 'get', path: '/chat/completions' });
    expect(server.seen.map((s) => s.url)).toEqual(['/acme/files?v=1&limit=2', '/acme/chat/completions?v=1']);
    expect(server.seen.every((s) => s.headers['cloud-key'] === 'k1')).toBe(true);
  });

  it('sends a fresh bearer token from the provider on every request instead of the key', async () => {
    let n = 0;
    const c = new CloudClient({ endpoint: server.url, apiVersion: '1', azureADTokenProvider: async () => `tok${++n}` });
    await post(c, '/chat/completions', { model: 'd' });
    await post(c, '/chat/completions', { model: 'd' });
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(['Bearer tok1', 'Bearer tok2']);
    expect(server.seen[0]!.headers['cloud-key']).toBeUndefined();
  });

  it('reads endpoint, key and version from the environment, and keeps working after withOptions', async () => {
    process.env.ACME_TEST_CLOUD_ENDPOINT = server.url;
    process.env.ACME_TEST_CLOUD_KEY = 'env-key';
    process.env.ACME_TEST_CLOUD_VERSION = 'env-v';
    process.env.ACME_TEST_API_KEY = 'parent-key';
    const c = new CloudClient({ deployment: 'dep-a' }).withOptions({ maxRetries: 0 });
    expect(c.apiVersion).toBe('env-v');
    await post(c, '/chat/completions', { model: 'm' });
    const [seen] = server.seen;
    expect(seen!.url).toBe('/acme/deployments/dep-a/chat/completions?v=env-v');
    expect(seen!.headers['cloud-key']).toBe('env-key');
    expect(seen!.headers.authorization).toBeUndefined();
  });

  it('does not follow a redirect with the key (it must not reach another host)', async () => {
    const other = await startServer(json(200, { ok: true }));
    server.handler = (_req, res) => res.writeHead(302, { location: other.url + '/stolen' }).end();
    try {
      const c = new CloudClient({ endpoint: server.url, apiKey: 'k1', apiVersion: '1', maxRetries: 0 });
      await post(c, '/chat/completions', { model: 'm' }).then(
        () => undefined,
        () => undefined,
      );
      expect(server.seen.at(-1)!.headers['cloud-key']).toBe('k1');
      expect(other.seen).toEqual([]);
    } finally {
      server.handler = json(200, { ok: true });
      await other.close();
    }
  });

  it('lets the caller override headers and query', async () => {
    const c = new CloudClient({ baseURL: server.url + '/custom', apiKey: 'k1', apiVersion: '1', defaultHeaders: { 'cloud-key': 'mine' } });
    await post(c, '/chat/completions', { model: 'm' });
    expect(server.seen[0]!.url).toBe('/custom/deployments/m/chat/completions?v=1');
    expect(server.seen[0]!.headers['cloud-key']).toBe('mine');
  });
});

describe('deploymentAuthHeaders (for connections made outside fetch)', () => {
  it('gives the key header, or a fresh bearer token from the provider', async () => {
    const keyed = resolveAzureOptions({ endpoint: 'http://h', apiKey: 'k9', apiVersion: '1' }, AZURE).clientOptions;
    let n = 0;
    const tokened = resolveAzureOptions({ endpoint: 'http://h', apiVersion: '1', azureADTokenProvider: () => `t${++n}` }, AZURE).clientOptions;
    expect(await deploymentAuthHeaders(keyed, AZURE)).toEqual({ 'cloud-key': 'k9' });
    expect(await deploymentAuthHeaders(tokened, AZURE)).toEqual({ Authorization: 'Bearer t1' });
    expect(await deploymentAuthHeaders(tokened, AZURE)).toEqual({ Authorization: 'Bearer t2' });
  });
});

describe('resolveAzureOptions errors', () => {
  const message = (options: AzureOptions & Record<string, unknown>): string => {
    try {
      resolveAzureOptions(options, AZURE);
      return 'no error';
    } catch (e) {
      expect(e).toBeInstanceOf(SDKError);
      return (e as Error).message;
    }
  };
  it.each([
    [{ endpoint: 'http://h', apiKey: 'k' }, 'AcmeCloud: missing API version. Pass `apiVersion` or set the ACME_TEST_CLOUD_VERSION environment variable.'],
    [{ endpoint: 'http://h', apiVersion: '1' }, 'AcmeCloud: missing credentials. Pass `apiKey` or `azureADTokenProvider` or set the ACME_TEST_CLOUD_KEY environment variable.'],
    [{ endpoint: 'http://h', apiVersion: '1', apiKey: 'k', azureADTokenProvider: () => 't' }, 'AcmeCloud: pass either `apiKey` or `azureADTokenProvider`, not both.'],
    [{ apiVersion: '1', apiKey: 'k' }, 'AcmeCloud: missing endpoint. Pass `endpoint` or `baseURL` or set the ACME_TEST_CLOUD_ENDPOINT environment variable.'],
    [{ endpoint: 'http://h', baseURL: 'http://h/x', apiVersion: '1', apiKey: 'k' }, 'AcmeCloud: pass either `baseURL` or `endpoint`, not both.'],
  ])('%j', (options, want) => {
    expect(message(options)).toBe(want);
  });
});

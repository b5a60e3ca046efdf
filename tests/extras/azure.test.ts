import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../runtime/core/server.js';
import { cleanupPackages, fixturePackage, importFrom } from './helpers.js';

interface Resources {
  chat: { completions: { create(body: { model: string; prompt: string }): Promise<{ id: string }> } };
  files: { list(): Promise<unknown> };
}
interface Module {
  Hooks: new (o: Record<string, unknown>) => Resources;
  CloudHooks: new (o: Record<string, unknown>) => Resources & { apiVersion: string; deploymentName?: string; baseURL: string };
}

let mod: Module;
let server: TestServer;

beforeAll(async () => {
  const dir = await fixturePackage('hooks.yaml', 'hooks.sdk.yaml', 'azure');
  mod = await importFrom<Module>(dir, 'dist/esm/index.js');
  server = await startServer(json(200, { id: 'cmpl_1', text: 'hi', data: [] }));
}, 120_000);
afterAll(() => server.close());

const seen = () => server.seen.map((s) => ({ method: s.method, url: s.url, key: s.headers['api-key'], auth: s.headers.authorization }));

describe('the generated deployment-routed client (`import { CloudHooks } from <pkg>`) against a local server', () => {
  it('sends a deployment call to {endpoint}/hooks/deployments/{deployment}/... with api-version and api-key', async () => {
    server.seen = [];
    const client = new mod.CloudHooks({ endpoint: server.url, apiKey: 'az-key', apiVersion: '2024-10-21', deployment: 'my-dep' });
    expect([client.baseURL, client.apiVersion, client.deploymentName]).toEqual([`${server.url}/hooks`, '2024-10-21', 'my-dep']);
    const out = await client.chat.completions.create({ model: 'gpt-x', prompt: 'hello' });
    expect(out.id).toBe('cmpl_1');
    expect(seen()).toEqual([{ method: 'POST', url: '/hooks/deployments/my-dep/chat/completions?api-version=2024-10-21', key: 'az-key', auth: undefined }]);
    expect(JSON.parse(server.seen[0]!.body)).toEqual({ model: 'gpt-x', prompt: 'hello' });
  });

  it('uses each request’s model as the deployment when the client has none; other paths are not routed', async () => {
    server.seen = [];
    const client = new mod.CloudHooks({ endpoint: server.url, apiKey: 'az-key', apiVersion: 'v1' });
    await client.chat.completions.create({ model: 'dep-a', prompt: 'p' });
    await client.chat.completions.create({ model: 'dep-b', prompt: 'p' });
    await client.files.list();
    expect(seen()).toEqual([
      { method: 'POST', url: '/hooks/deployments/dep-a/chat/completions?api-version=v1', key: 'az-key', auth: undefined },
      { method: 'POST', url: '/hooks/deployments/dep-b/chat/completions?api-version=v1', key: 'az-key', auth: undefined },
      { method: 'GET', url: '/hooks/files?api-version=v1', key: 'az-key', auth: undefined },
    ]);
  });

  it('sends a bearer token from azureADTokenProvider, endpoint and version from the environment', async () => {
    server.seen = [];
    process.env.HOOKS_CLOUD_ENDPOINT = server.url;
    process.env.HOOKS_CLOUD_VERSION = 'env-version';
    try {
      const client = new mod.CloudHooks({ azureADTokenProvider: async () => 'entra-token' });
      await client.chat.completions.create({ model: 'dep-c', prompt: 'p' });
    } finally {
      delete process.env.HOOKS_CLOUD_ENDPOINT;
      delete process.env.HOOKS_CLOUD_VERSION;
    }
    expect(seen()).toEqual([{ method: 'POST', url: '/hooks/deployments/dep-c/chat/completions?api-version=env-version', key: undefined, auth: 'Bearer entra-token' }]);
  });

  it('leaves the plain client unchanged', async () => {
    server.seen = [];
    await new mod.Hooks({ apiKey: 'plain', baseURL: server.url }).chat.completions.create({ model: 'm', prompt: 'p' });
    expect(seen()).toEqual([{ method: 'POST', url: '/chat/completions', key: undefined, auth: 'Bearer plain' }]);
  });

  it('fails clearly without an API version', () => {
    expect(() => new mod.CloudHooks({ endpoint: server.url, apiKey: 'k' })).toThrow(
      'CloudHooks: missing API version. Pass `apiVersion` or set the HOOKS_CLOUD_VERSION environment variable.',
    );
  });
});

afterAll(cleanupPackages);

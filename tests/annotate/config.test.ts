import { describe, expect, it } from 'vitest';
import { resolveClient } from '../../generator/config/client.js';
import { loadSdkConfig, parseSdkConfig } from '../../generator/config/load.js';
import { SdkgenError } from '../../generator/errors.js';
import type { Diagnostic } from '../../generator/ir/types.js';

/** The diagnostics of the SdkgenError `fn` throws. */
function problems(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkgenError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected an SdkgenError');
}

describe('config: loading and validation', () => {
  it('a minimal config is accepted and remembers its file', () => {
    const config = parseSdkConfig('client:\n  name: Acme\n', 'acme.sdk.yaml');
    expect(config).toEqual({ client: { name: 'Acme' }, file: 'acme.sdk.yaml' });
  });

  it('the OpenAI config loads', async () => {
    const config = await loadSdkConfig(new URL('../../spec/openai.sdk.yaml', import.meta.url).pathname);
    expect(config.client).toMatchObject({
      name: 'OpenAI',
      baseURL: 'https://api.openai.com/v1',
      baseURLEnv: 'OPENAI_BASE_URL',
      logLevelEnv: 'OPENAI_LOG',
    });
    expect(config.credentials).toMatchObject({
      apiKey: { env: 'OPENAI_API_KEY', prefix: 'Bearer ', default: true },
      adminAPIKey: { env: 'OPENAI_ADMIN_KEY', schemes: ['AdminApiKeyAuth'] },
    });
    expect(config.headerOptions).toEqual({
      organization: { env: 'OPENAI_ORG_ID', header: 'OpenAI-Organization' },
      project: { env: 'OPENAI_PROJECT_ID', header: 'OpenAI-Project' },
    });
    expect(config.extraOptions).toEqual({ webhookSecret: { env: 'OPENAI_WEBHOOK_SECRET' } });
  });

  it.each([
    {
      name: 'unknown top-level key',
      yaml: 'client:\n  name: A\nresorces: []\n',
      pointer: '#/resorces',
      line: 3,
      message: /unknown key "resorces"/,
      expected: /one of "client", "credentials", .*"resources"/,
    },
    {
      name: 'bad enum value',
      yaml: 'client: { name: A }\nnaming:\n  pathParams: first\n',
      pointer: '#/naming/pathParams',
      line: 3,
      message: /"first" is not a valid value/,
      expected: /one of "all", "last"/,
    },
    {
      name: 'missing client name',
      yaml: 'client: {}\n',
      pointer: '#/client',
      line: 1,
      message: /missing required key "name"/,
      expected: /"name"/,
    },
    {
      name: 'client name not an identifier',
      yaml: 'client:\n  name: my-client\n',
      pointer: '#/client/name',
      line: 2,
      message: /"my-client" is not a TypeScript identifier/,
      expected: /identifier/,
    },
    {
      name: 'list expected',
      yaml: 'client: { name: A }\nresources: { path: /a }\n',
      pointer: '#/resources',
      line: 2,
      message: /expected a list, got an object/,
      expected: /list/,
    },
    {
      name: 'nested operation key',
      yaml: 'client: { name: A }\noperations:\n  listThings:\n    methd: list\n',
      pointer: '#/operations/listThings/methd',
      line: 4,
      message: /unknown key "methd"/,
      expected: /"method"/,
    },
    {
      name: 'pagination must be false or an object',
      yaml: 'client: { name: A }\noperations:\n  x: { pagination: true }\n',
      pointer: '#/operations/x/pagination',
      line: 3,
      message: /expected a mapping/,
      expected: /style/,
    },
    {
      name: 'resource rule path',
      yaml: 'client: { name: A }\nresources:\n  - { path: organization, resource: admin }\n',
      pointer: '#/resources/0/path',
      line: 3,
      message: /not a path starting with/,
      expected: /path/,
    },
  ])('$name', ({ yaml, pointer, line, message, expected }) => {
    const [d, ...rest] = problems(() => parseSdkConfig(yaml, 'x.sdk.yaml'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ level: 'error', stage: 'config', file: 'x.sdk.yaml', pointer, line });
    expect(d!.message).toMatch(message);
    expect(d!.expected).toMatch(expected);
  });

  it('reports every problem at once', () => {
    const found = problems(() =>
      parseSdkConfig('client: { name: A, colour: red }\nnaming: { pathParams: x }\nextra: 1\n'),
    );
    expect(found.map((d) => d.pointer)).toEqual(['#/client/colour', '#/naming/pathParams', '#/extra']);
  });

  it('malformed YAML names the line', () => {
    const [d] = problems(() => parseSdkConfig('client:\n  name: A\n  bad: [1, 2\n', 'y.sdk.yaml'));
    expect(d).toMatchObject({ stage: 'config', file: 'y.sdk.yaml' });
    expect(d!.line).toBeGreaterThanOrEqual(3);
    expect(d!.message).toMatch(/invalid YAML/);
  });

  it('more than one default credential is an error', () => {
    const yaml = 'client: { name: A }\ncredentials:\n  a: { default: true }\n  b: { default: true }\n';
    const [d] = problems(() => parseSdkConfig(yaml));
    expect(d).toMatchObject({ pointer: '#/credentials/b/default', line: 4 });
    expect(d!.message).toMatch(/more than one default credential \(a, b\)/);
  });

  it('a missing file says so', async () => {
    await expect(loadSdkConfig('/nonexistent/x.sdk.yaml')).rejects.toThrow(
      /cannot read the SDK config \(ENOENT\)/,
    );
  });
});

describe('config: resolved client settings', () => {
  it('the OpenAI config gives the runtime ClientConfig values', async () => {
    const config = await loadSdkConfig(new URL('../../spec/openai.sdk.yaml', import.meta.url).pathname);
    const ir = {
      openapi: '3.1.0',
      info: { title: 'OpenAI API', version: '1' },
      servers: ['https://api.openai.com/v1'],
      schemas: {},
      operations: [],
      webhooks: [],
      tags: {},
      diagnostics: [],
      securitySchemes: {
        ApiKeyAuth: { key: 'ApiKeyAuth', type: 'http' as const, scheme: 'bearer' },
        AdminApiKeyAuth: { key: 'AdminApiKeyAuth', type: 'http' as const, scheme: 'bearer' },
      },
    };
    expect(resolveClient(ir, config)).toEqual({
      name: 'OpenAI',
      packageName: 'openai-sdkgen',
      version: '0.1.0',
      baseURL: 'https://api.openai.com/v1',
      baseURLEnv: 'OPENAI_BASE_URL',
      logLevelEnv: 'OPENAI_LOG',
      requestIdHeader: 'x-request-id',
      clientRequestIdHeader: 'X-Client-Request-Id',
      credentials: {
        apiKey: { env: 'OPENAI_API_KEY', header: 'Authorization', prefix: 'Bearer ' },
        adminAPIKey: { env: 'OPENAI_ADMIN_KEY', header: 'Authorization', prefix: 'Bearer ' },
      },
      defaultCredential: 'apiKey',
      headerOptions: {
        organization: { env: 'OPENAI_ORG_ID', header: 'OpenAI-Organization' },
        project: { env: 'OPENAI_PROJECT_ID', header: 'OpenAI-Project' },
      },
      extraOptions: { webhookSecret: { env: 'OPENAI_WEBHOOK_SECRET' } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import type { SdkConfig } from '../../generator/config/types.js';
import type { IRDocument, IROperation, IRSecurityRequirement } from '../../generator/ir/types.js';
import { doc, op } from './ir-builders.js';

function withSchemes(ops: IROperation[]): IRDocument {
  const ir = doc(ops);
  ir.securitySchemes = {
    ApiKeyAuth: { key: 'ApiKeyAuth', type: 'http', scheme: 'bearer' },
    AdminApiKeyAuth: { key: 'AdminApiKeyAuth', type: 'http', scheme: 'bearer' },
  };
  return ir;
}

const config: SdkConfig = {
  client: { name: 'Acme' },
  credentials: {
    apiKey: { env: 'ACME_API_KEY', schemes: ['ApiKeyAuth'], default: true },
    adminAPIKey: { env: 'ACME_ADMIN_KEY', schemes: ['AdminApiKeyAuth'] },
  },
  headers: [
    { path: '/assistants', headers: { 'X-Beta': 'assistants=v2' } },
    { path: '/assistants/{id}/files', headers: { 'X-Beta': 'files=v1', 'X-Extra': '1' } },
  ],
  operations: { special: { headers: { 'X-Op': 'yes' }, auth: 'adminAPIKey' } },
};

/** The same config without per-operation overrides (they name an operation the table specs lack). */
const rules: SdkConfig = { ...config, operations: {} };

interface AuthCase {
  name: string;
  security: IRSecurityRequirement[];
  config: SdkConfig | undefined;
  want: string | undefined;
}

describe('annotate/naming: credentials and headers', () => {
  it.each<AuthCase>([
    {
      name: 'scheme claimed by a credential',
      security: [{ AdminApiKeyAuth: [] }],
      config: rules,
      want: 'adminAPIKey',
    },
    { name: 'default scheme', security: [{ ApiKeyAuth: [] }], config: rules, want: 'apiKey' },
    {
      name: 'unknown scheme falls back to the default credential',
      security: [{ Other: [] }],
      config: rules,
      want: 'apiKey',
    },
    { name: 'no security: no credential', security: [], config: rules, want: undefined },
    {
      name: 'optional security ({}): no credential',
      security: [{ ApiKeyAuth: [] }, {}],
      config: rules,
      want: undefined,
    },
    {
      name: 'no config: named after the scheme',
      security: [{ AdminApiKeyAuth: [] }],
      config: undefined,
      want: 'adminAPIKeyAuth',
    },
  ])('$name', ({ security, config: c, want }) => {
    const ir = withSchemes([op('get', '/x', { security })]);
    annotate(ir, c);
    expect(ir.operations[0]!.naming!.auth).toBe(want);
  });

  it('config can force the credential of one operation', () => {
    const ir = withSchemes([op('get', '/x', { id: 'special', security: [{ ApiKeyAuth: [] }] })]);
    annotate(ir, config);
    expect(ir.operations[0]!.naming!.auth).toBe('adminAPIKey');
  });

  it('headers: matching rules merge, more specific last, then the operation override', () => {
    const ir = withSchemes([
      op('get', '/assistants'),
      op('get', '/assistants/{id}/files'),
      op('get', '/other', { id: 'special' }),
      op('get', '/assistantsx'),
    ]);
    annotate(ir, config);
    const [a, b, c, d] = ir.operations.map((o) => o.naming!.headers);
    expect(a).toEqual({ 'X-Beta': 'assistants=v2' });
    expect(b).toEqual({ 'X-Beta': 'files=v1', 'X-Extra': '1' });
    expect(c).toEqual({ 'X-Op': 'yes' });
    expect(d).toBeUndefined();
  });

  it('a credential naming an unknown security scheme is a warning listing the schemes', () => {
    const ir = withSchemes([op('get', '/x')]);
    annotate(ir, { client: { name: 'Acme' }, credentials: { apiKey: { schemes: ['ApiKey'] } } });
    expect(ir.diagnostics).toMatchObject([
      {
        level: 'warning',
        stage: 'config',
        pointer: '#/credentials/apiKey/schemes/0',
        message: 'unknown security scheme "ApiKey"',
        expected: 'one of "ApiKeyAuth", "AdminApiKeyAuth"',
      },
    ]);
  });

  it('an unknown forced credential lists the valid ones', () => {
    const ir = withSchemes([op('get', '/x', { id: 'special' })]);
    const bad: SdkConfig = { ...config, operations: { special: { auth: 'root' } } };
    expect(() => annotate(ir, bad)).toThrow(
      /unknown credential "root" \(expected one of "apiKey", "adminAPIKey"\)/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../generator/parse/index.js';
import { doc, memorySpec, shape } from './helpers.js';

const ok = { '200': { description: 'ok' } };
const security = {
  securitySchemes: {
    Key: { type: 'http', scheme: 'Bearer' },
    Admin: { type: 'apiKey', name: 'X-Admin', in: 'header' },
  },
};

function parse(paths: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return parseSpec(memorySpec(doc('3.1.0', { paths, ...extra })));
}

describe('operations', () => {
  it('splits a fixed query string off the path key', () => {
    const [op] = parse({
      '/responses?beta=true&x=1': { post: { operationId: 'create', responses: ok } },
    }).operations;
    expect(op).toMatchObject({
      path: '/responses',
      pathKey: '/responses?beta=true&x=1',
      fixedQuery: { beta: 'true', x: '1' },
    });
  });

  it('merges path-level and operation-level parameters, the operation winning in place', () => {
    const [op] = parse(
      {
        '/a/{id}': {
          parameters: [
            { name: 'id', in: 'path', schema: { type: 'string' } },
            { name: 'q', in: 'query', description: 'path-level', schema: { type: 'string' } },
          ],
          get: {
            operationId: 'get',
            parameters: [
              {
                name: 'q',
                in: 'query',
                required: true,
                description: 'op-level',
                schema: { type: 'integer' },
              },
              { $ref: '#/components/parameters/Limit' },
            ],
            responses: ok,
          },
        },
      },
      { components: { parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } } } },
    ).operations;
    expect(
      op!.parameters.map((p) => [p.name, p.in, p.required, p.description, p.schema.kind, p.style, p.explode]),
    ).toEqual([
      ['id', 'path', true, undefined, 'string', 'simple', false],
      ['q', 'query', true, 'op-level', 'integer', 'form', true],
      ['limit', 'query', false, undefined, 'integer', 'form', true],
    ]);
    expect(op!.parameters[2]!.pointer).toBe('#/components/parameters/Limit');
  });

  it.each([
    ['document security applies when the operation has none', undefined, [{ Key: [] }]],
    ['the operation overrides', [{ Admin: [] }], [{ Admin: [] }]],
    ['an empty operation list means no auth', [], []],
  ])('%s', (_name, opSecurity, want) => {
    const op = { operationId: 'x', responses: ok, ...(opSecurity ? { security: opSecurity } : {}) };
    const ir = parse({ '/x': { get: op } }, { security: [{ Key: [] }], components: security });
    expect(ir.operations[0]!.security).toEqual(want);
    expect(ir.securitySchemes).toEqual({
      Key: { key: 'Key', type: 'http', scheme: 'bearer' },
      Admin: { key: 'Admin', type: 'apiKey', name: 'X-Admin', in: 'header' },
    });
  });

  it('reads request bodies, responses, headers and examples, following refs', () => {
    const ir = parse(
      {
        '/f': {
          post: {
            operationId: 'upload',
            summary: 'S',
            tags: ['Files'],
            deprecated: true,
            'x-meta': { a: 1 },
            requestBody: { $ref: '#/components/requestBodies/Up' },
            responses: { '200': { $ref: '#/components/responses/Ok' }, default: { description: 'err' } },
          },
        },
      },
      {
        components: {
          requestBodies: {
            Up: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
                },
              },
            },
          },
          responses: {
            Ok: {
              description: 'ok',
              headers: { 'X-Request-Id': { schema: { type: 'string' } } },
              content: {
                'application/json': {
                  schema: { type: 'string' },
                  examples: { one: { value: 'a' }, two: { $ref: '#/components/examples/Two' } },
                },
              },
            },
          },
          examples: { Two: { value: 'b' } },
        },
      },
    );
    const op = ir.operations[0]!;
    expect(op).toMatchObject({
      id: 'upload',
      summary: 'S',
      tags: ['Files'],
      deprecated: true,
      extensions: { 'x-meta': { a: 1 } },
    });
    expect(op.requestBody).toMatchObject({
      required: true,
      pointer: '#/components/requestBodies/Up',
      contents: [{ mediaType: 'multipart/form-data' }],
    });
    expect(shape(op.responses)).toEqual([
      {
        status: '200',
        description: 'ok',
        headers: { 'x-request-id': { kind: 'string' } },
        contents: [{ mediaType: 'application/json', schema: { kind: 'string' }, examples: ['a', 'b'] }],
      },
      { status: 'default', description: 'err', contents: [] },
    ]);
  });

  it('keeps operations in spec order across paths and methods', () => {
    const ir = parse({
      '/b': { post: { operationId: 'b2', responses: ok }, get: { operationId: 'b1', responses: ok } },
      '/a': { get: { operationId: 'a', responses: ok } },
    });
    expect(ir.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['post /b', 'get /b', 'get /a']);
  });
});

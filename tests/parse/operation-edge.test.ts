import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../generator/parse/index.js';
import { doc, memorySpec } from './helpers.js';

const ok = { '200': { description: 'ok' } };

function parse(paths: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return parseSpec(memorySpec(doc('3.1.0', { paths, ...extra })));
}

describe('inherited parts are not shared between operations', () => {
  it('path-level parameters and document security are copies per operation', () => {
    const ir = parseSpec(
      memorySpec(
        doc('3.1.0', {
          security: [{ K: [] }],
          components: { securitySchemes: { K: { type: 'http', scheme: 'bearer' } } },
          paths: {
            '/a/{id}': {
              parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }],
              get: { operationId: 'g', responses: {} },
              delete: { operationId: 'd', responses: {} },
            },
          },
        }),
      ),
    );
    const [get, del] = ir.operations;
    expect(get!.parameters[0]).toEqual(del!.parameters[0]);
    expect(get!.parameters[0]).not.toBe(del!.parameters[0]);
    expect(get!.security).not.toBe(del!.security);
  });
});

describe('less common spellings', () => {
  it('a parameter given by `content` takes that schema; a path item can be a $ref', () => {
    const ir = parse(
      { '/a': { $ref: '#/components/pathItems/A' } },
      {
        components: {
          pathItems: {
            A: {
              get: {
                operationId: 'a',
                parameters: [
                  {
                    name: 'filter',
                    in: 'query',
                    content: { 'application/json': { schema: { type: 'object' } } },
                  },
                ],
                responses: ok,
              },
            },
          },
        },
      },
    );
    expect(ir.operations[0]).toMatchObject({ id: 'a', path: '/a', pointer: '#/components/pathItems/A/get' });
    expect(ir.operations[0]!.parameters[0]).toMatchObject({
      name: 'filter',
      schema: {
        kind: 'object',
        pointer: '#/components/pathItems/A/get/parameters/0/content/application~1json/schema',
      },
    });
  });

  it('an unsupported $dynamicRef is unknown, with a warning', () => {
    const ir = parseSpec(
      memorySpec(doc('3.1.0', { components: { schemas: { S: { $dynamicRef: '#meta' } } } })),
    );
    expect(ir.schemas.S!.schema.kind).toBe('unknown');
    expect(ir.diagnostics.map((d) => d.message)).toEqual([
      'unsupported dynamic reference "#meta"; typed as unknown',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../generator/parse/index.js';
import { doc, errorsOf, memorySpec } from './helpers.js';

const ok = { '200': { description: 'ok' } };
const paths = (p: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  memorySpec(doc('3.1.0', { paths: p, ...extra }));
const schemas = (s: Record<string, unknown>) => memorySpec(doc('3.1.0', { components: { schemas: s } }));
const pick = (d: { level: string; pointer?: string; message: string; expected?: string }) => ({
  level: d.level,
  pointer: d.pointer,
  message: d.message,
  expected: d.expected,
});

describe('parse warnings (kept in IRDocument.diagnostics)', () => {
  it.each([
    [
      'a missing operationId gets a derived id',
      paths({
        '/files/{file_id}/content': {
          get: { parameters: [{ name: 'file_id', in: 'path', schema: { type: 'string' } }], responses: ok },
        },
      }),
      [
        {
          level: 'warning',
          pointer: '#/paths/~1files~1{file_id}~1content/get',
          message: 'operation has no operationId; using "get_files_file_id_content"',
          expected: 'an "operationId" string',
        },
      ],
    ],
    [
      'a declared path parameter missing from the template',
      paths({
        '/a': {
          get: {
            operationId: 'a',
            parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }],
            responses: ok,
          },
        },
      }),
      [
        {
          level: 'warning',
          pointer: '#/paths/~1a/get/parameters/0',
          message: 'path parameter "id" does not appear in "/a"',
          expected: '{id} in the path template',
        },
      ],
    ],
    [
      'a discriminator mapping to a non-member',
      schemas({
        A: { type: 'object' },
        B: { type: 'object' },
        S: {
          oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'string' }],
          discriminator: { propertyName: 't', mapping: { b: '#/components/schemas/B' } },
        },
      }),
      [
        {
          level: 'warning',
          pointer: '#/components/schemas/S/discriminator/mapping/b',
          message: 'discriminator mapping target "#/components/schemas/B" is not a member of the union',
          expected: 'the $ref of one of the oneOf/anyOf members',
        },
      ],
    ],
    [
      'a security requirement naming an unknown scheme',
      memorySpec(doc('3.1.0', { security: [{ Nope: [] }] })),
      [
        {
          level: 'warning',
          pointer: '#/security/0/Nope',
          message: 'security requirement names unknown scheme "Nope"',
          expected: 'a key of #/components/securitySchemes',
        },
      ],
    ],
  ])('%s', (_name, loaded, want) => {
    expect(parseSpec(loaded).diagnostics.map(pick)).toEqual(want);
  });

  it('derived ids stay unique', () => {
    const ir = parseSpec(paths({ '/a-b': { get: { responses: ok } }, '/a_b': { get: { responses: ok } } }));
    expect(ir.operations.map((o) => o.id)).toEqual(['get_a_b', 'get_a_b_2']);
  });
});

describe('each problem is reported once', () => {
  it('a bad ref inside a union member visited by parse and by the tag search', () => {
    const loaded = schemas({
      A: { type: 'object', properties: { t: { $ref: '#/components/schemas/Gone/properties/t' } } },
      S: {
        oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'object' }],
        discriminator: { propertyName: 't' },
      },
    });
    const errors = errorsOf(() => parseSpec(loaded));
    expect(errors.map((d) => d.message)).toEqual([
      '$ref "#/components/schemas/Gone/properties/t" does not resolve inside the document',
    ]);
  });
});

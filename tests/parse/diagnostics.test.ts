import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../generator/parse/index.js';
import { formatDiagnostic } from '../../generator/errors.js';
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

describe('parse errors (thrown as SdkgenError)', () => {
  it.each([
    [
      'an unsupported openapi version',
      memorySpec({ openapi: '2.0', info: {}, paths: {} }),
      [
        {
          level: 'error',
          pointer: '#/openapi',
          message: 'unsupported OpenAPI version "2.0"',
          expected: '"3.0.x" or "3.1.x"',
        },
      ],
    ],
    [
      'a Swagger document',
      memorySpec({ swagger: '2.0', info: {}, paths: {} }),
      [
        {
          level: 'error',
          pointer: '#/openapi',
          message: 'this is a Swagger 2.0 document; convert it to OpenAPI 3 first',
          expected: '"3.0.x" or "3.1.x"',
        },
      ],
    ],
    [
      'a missing openapi field',
      memorySpec({ info: {}, paths: {} }),
      [
        {
          level: 'error',
          pointer: '#/openapi',
          message: 'the document has no "openapi" version field',
          expected: '"3.0.x" or "3.1.x"',
        },
      ],
    ],
    [
      'a duplicate operationId',
      paths({
        '/a': { get: { operationId: 'same', responses: ok } },
        '/b': { get: { operationId: 'same', responses: ok } },
      }),
      [
        {
          level: 'error',
          pointer: '#/paths/~1b/get/operationId',
          message: 'operationId "same" is already used by #/paths/~1a/get',
          expected: 'a unique operationId',
        },
      ],
    ],
    [
      'a path parameter used but never declared',
      paths({ '/a/{id}': { get: { operationId: 'a', responses: ok } } }),
      [
        {
          level: 'error',
          pointer: '#/paths/~1a~1{id}/get',
          message: 'path parameter "id" is used in "/a/{id}" but never declared',
          expected: 'a parameter with name: id and in: path',
        },
      ],
    ],
    [
      'a dangling $ref',
      schemas({ S: { $ref: '#/components/schemas/Nope/properties/x' } }),
      [
        {
          level: 'error',
          pointer: '#/components/schemas/S',
          message: '$ref "#/components/schemas/Nope/properties/x" does not resolve inside the document',
          expected: 'a local JSON pointer to an existing value',
        },
      ],
    ],
    [
      'a ref to a missing component schema',
      schemas({ S: { type: 'array', items: { $ref: '#/components/schemas/Nope' } } }),
      [
        {
          level: 'error',
          pointer: '#/components/schemas/S/items',
          message: '$ref "#/components/schemas/Nope" names a component schema that does not exist',
          expected: 'one of the keys of #/components/schemas',
        },
      ],
    ],
    [
      'a ref chain that loops',
      schemas({ S: { type: 'object', properties: { p: { $ref: '#/components/schemas/S/properties/p' } } } }),
      [
        {
          level: 'error',
          pointer: '#/components/schemas/S/properties/p',
          message: '$ref "#/components/schemas/S/properties/p" is a chain of refs that never ends',
          expected: 'a ref chain that reaches a value',
        },
      ],
    ],
    [
      'a schema that is not an object',
      schemas({ S: { type: 'object', properties: { p: 'string' } } }),
      [
        {
          level: 'error',
          pointer: '#/components/schemas/S/properties/p',
          message: 'a schema must be an object or a boolean, found a string',
          expected: 'an object with a "type", a "$ref" or "oneOf"/"anyOf"/"allOf"',
        },
      ],
    ],
    [
      'an unknown type',
      schemas({ S: { type: 'strnig' } }),
      [
        {
          level: 'error',
          pointer: '#/components/schemas/S/type',
          message: 'unknown schema type "strnig"',
          expected: 'one of string, number, integer, boolean, object, array, null',
        },
      ],
    ],
    [
      'a discriminator without propertyName',
      schemas({ S: { oneOf: [{ type: 'string' }, { type: 'integer' }], discriminator: { mapping: {} } } }),
      [
        {
          level: 'error',
          pointer: '#/components/schemas/S/discriminator',
          message: 'discriminator has no "propertyName"',
          expected: 'an object with a "propertyName" string',
        },
      ],
    ],
    [
      'a parameter without "in"',
      paths({ '/a': { get: { operationId: 'a', parameters: [{ name: 'q' }], responses: ok } } }),
      [
        {
          level: 'error',
          pointer: '#/paths/~1a/get/parameters/0',
          message: 'parameter needs a "name" and an "in"',
          expected: 'an object with "name" and "in" (path, query, header, cookie)',
        },
      ],
    ],
    [
      'an unknown security scheme type',
      memorySpec(doc('3.1.0', { components: { securitySchemes: { K: { type: 'magic' } } } })),
      [
        {
          level: 'error',
          pointer: '#/components/securitySchemes/K/type',
          message: 'unknown security scheme type "magic"',
          expected: 'one of http, apiKey, oauth2, openIdConnect, mutualTLS',
        },
      ],
    ],
  ])('%s', (_name, loaded, want) => {
    expect(errorsOf(() => parseSpec(loaded)).map(pick)).toEqual(want);
  });

  it('reports every error at once, with the file and the line from locate()', () => {
    const loaded = paths(
      {
        '/a/{x}': { get: { operationId: 'a', responses: ok } },
        '/b': { get: { operationId: 'a', responses: ok } },
      },
      {},
    );
    const located = { ...loaded, locate: (p: string) => ({ file: 'spec.yaml', line: p.length }) };
    const errors = errorsOf(() => parseSpec(located));
    expect(errors).toHaveLength(2);
    expect(
      errors.every((d) => d.stage === 'parse' && d.file === 'spec.yaml' && d.line === d.pointer!.length),
    ).toBe(true);
    expect(formatDiagnostic(errors[1]!)).toBe(
      'error [parse] spec.yaml:27 #/paths/~1b/get/operationId: operationId "a" is already used by #/paths/~1a~1{x}/get (expected a unique operationId)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../generator/parse/index.js';
import { doc, errorsOf, memorySpec } from './helpers.js';

const op = (extra: Record<string, unknown>) => ({
  '/a': { get: { operationId: 'a', responses: {}, ...extra } },
});
const pick = (d: { pointer?: string; message: string; expected?: string }) => [
  d.pointer,
  d.message,
  d.expected,
];

/** Structural problems the loader's validator normally catches first; parse still names them. */
describe('structural errors parse reports itself', () => {
  it.each([
    [
      'paths not an object',
      { paths: [] },
      ['#/paths', 'paths must be an object', 'a map from path template to path item'],
    ],
    [
      'path item not an object',
      { paths: { '/a': 3 } },
      ['#/paths/~1a', 'path item must be an object', 'an object with HTTP methods as keys'],
    ],
    [
      'operation not an object',
      { paths: { '/a': { get: 'x' } } },
      ['#/paths/~1a/get', 'get must be an operation object', 'an object with "responses"'],
    ],
    [
      'parameters not an array',
      { paths: op({ parameters: {} }) },
      ['#/paths/~1a/get/parameters', 'parameters must be an array', 'an array of parameter objects'],
    ],
    [
      'responses not an object',
      { paths: op({ responses: [] }) },
      [
        '#/paths/~1a/get/responses',
        'responses must be an object',
        'a map from status code to response object',
      ],
    ],
    [
      'response not an object',
      { paths: op({ responses: { '200': 'ok' } }) },
      [
        '#/paths/~1a/get/responses/200',
        'response must be an object',
        'an object with "description" and optional "content"',
      ],
    ],
    [
      'requestBody not an object',
      { paths: op({ requestBody: true }) },
      ['#/paths/~1a/get/requestBody', 'requestBody must be an object', 'an object with "content"'],
    ],
    [
      'content not an object',
      { paths: op({ requestBody: { content: [] } }) },
      [
        '#/paths/~1a/get/requestBody/content',
        'content must be an object',
        'a map from media type to a media type object',
      ],
    ],
    [
      'media type not an object',
      { paths: op({ requestBody: { content: { 'application/json': 1 } } }) },
      [
        '#/paths/~1a/get/requestBody/content/application~1json',
        'media type object must be an object',
        'an object with a "schema"',
      ],
    ],
    [
      'security not an array',
      { paths: op({ security: {} }) },
      ['#/paths/~1a/get/security', 'security must be an array', 'an array of security requirement objects'],
    ],
    [
      'properties not an object',
      { components: { schemas: { S: { type: 'object', properties: [] } } } },
      [
        '#/components/schemas/S/properties',
        'properties must be an object',
        'a map from property name to schema',
      ],
    ],
    [
      'webhooks not an object',
      { webhooks: [] },
      ['#/webhooks', 'webhooks must be an object', 'a map from webhook name to path item'],
    ],
  ])('%s', (_name, extra, want) => {
    expect(errorsOf(() => parseSpec(memorySpec(doc('3.1.0', extra)))).map(pick)).toEqual([want]);
  });
});

describe('structural warnings', () => {
  it.each([
    [
      'info without title or version',
      { info: {} },
      ['#/info', 'info needs a "title" and a "version"', 'info.title and info.version strings'],
    ],
    [
      'an enum value that is not a literal',
      { components: { schemas: { S: { enum: ['a', { b: 1 }] } } } },
      [
        '#/components/schemas/S/enum/1',
        'enum value of object is ignored',
        'a string, number, boolean or null',
      ],
    ],
  ])('%s', (_name, extra, want) => {
    expect(parseSpec(memorySpec(doc('3.1.0', extra))).diagnostics.map(pick)).toEqual([want]);
  });
});

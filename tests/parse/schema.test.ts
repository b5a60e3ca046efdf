import { describe, expect, it } from 'vitest';
import { parseOne, shape } from './helpers.js';

describe('parseSchema: shapes', () => {
  it.each([
    [
      'string with format',
      { type: 'string', format: 'date-time', minLength: 1, maxLength: 9, pattern: '^a' },
      { kind: 'string', format: 'date-time', minLength: 1, maxLength: 9, pattern: '^a' },
    ],
    [
      '3.1 binary content',
      { type: 'string', contentMediaType: 'audio/mpeg', contentEncoding: 'base64' },
      { kind: 'string', contentMediaType: 'audio/mpeg', contentEncoding: 'base64' },
    ],
    [
      'integer bounds',
      { type: 'integer', format: 'int32', minimum: 1, maximum: 5, multipleOf: 1 },
      { kind: 'integer', format: 'int32', minimum: 1, maximum: 5, multipleOf: 1 },
    ],
    [
      '3.1 numeric exclusive bounds',
      { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 2 },
      { kind: 'number', exclusiveMinimum: 0, exclusiveMaximum: 2 },
    ],
    [
      '3.0-style exclusiveMinimum: true',
      { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 2, exclusiveMaximum: true },
      { kind: 'number', exclusiveMinimum: 0, exclusiveMaximum: 2 },
    ],
    [
      'exclusiveMinimum: false keeps minimum',
      { type: 'number', minimum: 0, exclusiveMinimum: false },
      { kind: 'number', minimum: 0 },
    ],
    ['boolean', { type: 'boolean', default: false }, { kind: 'boolean', default: false }],
    ['bare null', { type: 'null' }, { kind: 'null' }],
    ['empty schema', {}, { kind: 'unknown' }],
    ['true schema', true, { kind: 'unknown' }],
    ['false schema', false, { kind: 'never' }],
    ['not', { not: { type: 'string' } }, { kind: 'never' }],
    [
      'string enum',
      { type: 'string', enum: ['a', 'b'] },
      { kind: 'enum', type: 'string', values: ['a', 'b'] },
    ],
    ['integer enum inferred', { enum: [1, 2] }, { kind: 'enum', type: 'integer', values: [1, 2] }],
    ['mixed enum', { enum: ['a', 1] }, { kind: 'enum', type: 'mixed', values: ['a', 1] }],
    ['const', { const: 'user' }, { kind: 'enum', type: 'string', values: ['user'], isConst: true }],
    [
      'typed const',
      { type: 'string', const: 'x' },
      { kind: 'enum', type: 'string', values: ['x'], isConst: true },
    ],
    [
      'array',
      { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
      { kind: 'array', items: { kind: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
    ],
    ['array without items', { type: 'array' }, { kind: 'array', items: { kind: 'unknown' } }],
    [
      'tuple',
      { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
      { kind: 'array', items: { kind: 'never' }, prefixItems: [{ kind: 'string' }, { kind: 'integer' }] },
    ],
    [
      'map',
      { type: 'object', additionalProperties: { type: 'integer' } },
      { kind: 'object', properties: [], additionalProperties: { kind: 'integer' } },
    ],
    [
      'open map of anything',
      { type: 'object', additionalProperties: {} },
      { kind: 'object', properties: [], additionalProperties: true },
    ],
    [
      'closed object',
      { type: 'object', additionalProperties: false, minProperties: 1, maxProperties: 2 },
      { kind: 'object', properties: [], additionalProperties: false, minProperties: 1, maxProperties: 2 },
    ],
    [
      'object inferred from properties',
      { properties: { a: { type: 'string' } }, required: ['a'] },
      { kind: 'object', properties: [{ name: 'a', schema: { kind: 'string' }, required: true }] },
    ],
    [
      'required names the object does not declare → requiredOnly, spec order, no duplicates',
      { type: 'object', properties: { a: { type: 'string' } }, required: ['z', 'a', 'model', 'z'] },
      {
        kind: 'object',
        properties: [{ name: 'a', schema: { kind: 'string' }, required: true }],
        requiredOnly: ['z', 'model'],
      },
    ],
    [
      'allOf idiom: a sibling member requires a property another member declares',
      {
        allOf: [
          { $ref: '#/components/schemas/A' },
          { type: 'object', properties: { id: { type: 'string' } }, required: ['id', 'model'] },
        ],
      },
      {
        kind: 'intersection',
        members: [
          { kind: 'ref', name: 'A' },
          {
            kind: 'object',
            properties: [{ name: 'id', schema: { kind: 'string' }, required: true }],
            requiredOnly: ['model'],
          },
        ],
      },
    ],
    [
      'several types → union',
      { type: ['string', 'integer'] },
      { kind: 'union', mode: 'anyOf', variants: [{ kind: 'string' }, { kind: 'integer' }] },
    ],
    [
      'allOf',
      { allOf: [{ $ref: '#/components/schemas/A' }, { type: 'object', properties: {} }] },
      {
        kind: 'intersection',
        members: [
          { kind: 'ref', name: 'A' },
          { kind: 'object', properties: [] },
        ],
      },
    ],
    [
      'allOf of one collapses, keeps outer description',
      { description: 'd', allOf: [{ $ref: '#/components/schemas/A' }] },
      { kind: 'ref', name: 'A', description: 'd' },
    ],
    [
      'properties next to oneOf → intersection',
      {
        type: 'object',
        properties: { k: { type: 'string' } },
        oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'string' }],
      },
      {
        kind: 'intersection',
        members: [
          { kind: 'object', properties: [{ name: 'k', schema: { kind: 'string' }, required: false }] },
          { kind: 'union', mode: 'oneOf', variants: [{ kind: 'ref', name: 'A' }, { kind: 'string' }] },
        ],
      },
    ],
    [
      'allOf member with only nullable folds into the result',
      { allOf: [{ $ref: '#/components/schemas/A' }, { nullable: true }] },
      { kind: 'ref', name: 'A', nullable: true },
    ],
    [
      'anyOf of required-only members adds no type',
      {
        type: 'object',
        properties: { a: { type: 'string' } },
        anyOf: [{ required: ['a'] }, { required: ['b'] }],
        not: { required: ['a', 'b'] },
      },
      { kind: 'object', properties: [{ name: 'a', schema: { kind: 'string' }, required: false }] },
    ],
    [
      'an empty member keeps the union open',
      { anyOf: [{ type: 'string' }, {}] },
      { kind: 'union', mode: 'anyOf', variants: [{ kind: 'string' }, { kind: 'unknown' }] },
    ],
  ])('%s', (_name, given, want) => {
    expect(shape(parseOne(given, '3.1.0', { A: { type: 'object' } }))).toEqual(want);
  });
});

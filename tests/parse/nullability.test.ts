import { describe, expect, it } from 'vitest';
import { parseOne, shape } from './helpers.js';

const others = {
  A: { type: 'object', properties: { type: { const: 'a' } } },
  B: { type: 'object', properties: { type: { const: 'b' } } },
};

describe('nullability in both dialects', () => {
  it.each([
    ['3.0 nullable: true', '3.0.3', { type: 'string', nullable: true }, { kind: 'string', nullable: true }],
    [
      '3.0 nullable next to a ref',
      '3.0.3',
      { $ref: '#/components/schemas/A', nullable: true },
      { kind: 'ref', name: 'A', nullable: true },
    ],
    ['3.1 type array with null', '3.1.0', { type: ['integer', 'null'] }, { kind: 'integer', nullable: true }],
    [
      '3.1 several types and null',
      '3.1.0',
      { type: ['string', 'number', 'null'] },
      { kind: 'union', mode: 'anyOf', variants: [{ kind: 'string' }, { kind: 'number' }], nullable: true },
    ],
    [
      'enum with null',
      '3.1.0',
      { type: ['string', 'null'], enum: ['a', null] },
      { kind: 'enum', type: 'string', values: ['a'], nullable: true },
    ],
    [
      'anyOf [T, null] collapses to T, keeping outer description/default',
      '3.1.0',
      {
        description: 'outer',
        default: null,
        anyOf: [{ type: 'string', description: 'inner' }, { type: 'null' }],
      },
      { kind: 'string', description: 'outer', default: null, nullable: true },
    ],
    [
      'anyOf [ref, null] collapses to a nullable ref',
      '3.1.0',
      { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] },
      { kind: 'ref', name: 'A', nullable: true },
    ],
    [
      'member description survives when the outer has none',
      '3.1.0',
      { anyOf: [{ type: 'string', description: 'inner' }, { type: 'null' }] },
      { kind: 'string', description: 'inner', nullable: true },
    ],
    [
      'oneOf [A, B, null] keeps a nullable union',
      '3.1.0',
      { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }, { type: 'null' }] },
      {
        kind: 'union',
        mode: 'oneOf',
        variants: [
          { kind: 'ref', name: 'A' },
          { kind: 'ref', name: 'B' },
        ],
        nullable: true,
        discriminator: { propertyName: 'type', mapping: { a: 0, b: 1 }, explicit: false },
      },
    ],
    ['a union of only null', '3.1.0', { anyOf: [{ type: 'null' }] }, { kind: 'null' }],
    [
      'const: null member counts as null',
      '3.1.0',
      { anyOf: [{ type: 'boolean' }, { const: null }] },
      { kind: 'boolean', nullable: true },
    ],
  ])('%s', (_name, version, given, want) => {
    expect(shape(parseOne(given, version as '3.0.3' | '3.1.0', others))).toEqual(want);
  });

  it('nullable members keep their pointer-free shape inside objects', () => {
    const got = parseOne({
      type: 'object',
      properties: { p: { anyOf: [{ type: 'integer' }, { type: 'null' }] } },
      required: ['p'],
    });
    expect(shape(got)).toEqual({
      kind: 'object',
      properties: [{ name: 'p', required: true, schema: { kind: 'integer', nullable: true } }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parseOne, parseSchemas, shape } from './helpers.js';

describe('parseSchema: metadata', () => {
  it('keeps title, description, default, example, readOnly, writeOnly, deprecated and x-*', () => {
    const got = parseOne({
      type: 'string',
      title: 'T',
      description: 'D',
      default: 'x',
      example: 'e',
      readOnly: true,
      writeOnly: true,
      deprecated: true,
      'x-foo': { a: 1 },
    });
    expect(shape(got)).toEqual({
      kind: 'string',
      title: 'T',
      description: 'D',
      default: 'x',
      example: 'e',
      readOnly: true,
      writeOnly: true,
      deprecated: true,
      extensions: { 'x-foo': { a: 1 } },
    });
  });

  it('takes the first of 3.1 `examples`', () => {
    expect(parseOne({ type: 'integer', examples: [3, 4] }).example).toBe(3);
  });

  it('records the JSON pointer of nested nodes', () => {
    const got = parseOne({
      type: 'object',
      properties: { 'a/b': { type: 'array', items: { type: 'string' } } },
    });
    expect(got.kind === 'object' && got.properties[0]!.schema).toMatchObject({
      pointer: '#/components/schemas/S/properties/a~1b',
      items: { pointer: '#/components/schemas/S/properties/a~1b/items' },
    });
  });
});

describe('parseSchema: refs', () => {
  it('a component ref becomes {kind: ref} and keeps sibling metadata', () => {
    expect(
      shape(
        parseOne({ $ref: '#/components/schemas/A', description: 'why', deprecated: true }, '3.1.0', {
          A: { type: 'string' },
        }),
      ),
    ).toEqual({ kind: 'ref', name: 'A', description: 'why', deprecated: true });
  });

  it('a ref to a property of another schema is inlined', () => {
    const got = parseOne({ $ref: '#/components/schemas/A/properties/p' }, '3.1.0', {
      A: { type: 'object', properties: { p: { type: 'integer', minimum: 2 } } },
    });
    expect(shape(got)).toEqual({ kind: 'integer', minimum: 2 });
  });

  it('an inlined ref that leads to a component schema becomes a ref', () => {
    const got = parseOne({ $ref: '#/components/schemas/A/properties/p' }, '3.1.0', {
      A: { type: 'object', properties: { p: { $ref: '#/components/schemas/B' } } },
      B: { type: 'string' },
    });
    expect(shape(got)).toEqual({ kind: 'ref', name: 'B' });
  });

  it('a cycle through inlined refs stops with unknown and a warning', () => {
    const node = {
      type: 'object',
      properties: { inner: { $ref: '#/components/schemas/A/properties/node' } },
    };
    const ir = parseSchemas({
      A: { type: 'object', properties: { node } },
      S: { $ref: '#/components/schemas/A/properties/node' },
    });
    const got = ir.schemas.S!.schema;
    expect(shape(got)).toEqual({
      kind: 'object',
      properties: [{ name: 'inner', required: false, schema: { kind: 'unknown' } }],
    });
    expect(ir.diagnostics.map((d) => d.message)).toContain(
      '$ref "#/components/schemas/A/properties/node" refers back to a schema that contains it; typed as unknown',
    );
  });

  it('$recursiveRef "#" refers to the enclosing component', () => {
    const got = parseOne({
      type: 'object',
      properties: { children: { type: 'array', items: { $recursiveRef: '#' } } },
    });
    expect(got.kind === 'object' && shape(got.properties[0]!.schema)).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'S' },
    });
  });

  it('component names with escaped characters are unescaped', () => {
    const got = parseOne({ $ref: '#/components/schemas/a~1b' }, '3.1.0', { 'a/b': { type: 'string' } });
    expect(shape(got)).toEqual({ kind: 'ref', name: 'a/b' });
  });
});

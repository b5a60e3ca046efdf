import { describe, expect, it } from 'vitest';
import type { IRUnionSchema } from '../../generator/ir/types.js';
import { parseOne } from './helpers.js';

const obj = (props: Record<string, unknown>) => ({ type: 'object', properties: props });
const components = {
  Cat: obj({ kind: { type: 'string', const: 'cat' }, meow: { type: 'boolean' } }),
  Dog: obj({ kind: { type: 'string', enum: ['dog'] } }),
  Fox: {
    allOf: [{ $ref: '#/components/schemas/Base' }, obj({ kind: { $ref: '#/components/schemas/FoxKind' } })],
  },
  FoxKind: { type: 'string', enum: ['fox'] },
  Base: obj({ id: { type: 'string' } }),
  Nameless: obj({ id: { type: 'string' } }),
  Birds: { oneOf: [obj({ kind: { const: 'owl' } }), obj({ kind: { const: 'crow' } })] },
  Maybe: obj({ kind: { anyOf: [{ type: 'string', enum: ['maybe'] }, { type: 'null' }] } }),
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function discriminatorOf(schema: unknown) {
  const got = parseOne(schema, '3.1.0', components) as IRUnionSchema;
  expect(got.kind).toBe('union');
  return got.discriminator;
}

describe('discriminators', () => {
  it.each([
    [
      'explicit mapping: values are refs → variant index',
      {
        oneOf: [ref('Cat'), ref('Dog')],
        discriminator: { propertyName: 'kind', mapping: { c: '#/components/schemas/Cat', d: 'Dog' } },
      },
      { propertyName: 'kind', mapping: { c: 0, d: 1 }, explicit: true },
    ],
    [
      'no mapping: tags from const and single enum, never from schema names',
      { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind' } },
      { propertyName: 'kind', mapping: { cat: 0, dog: 1 }, explicit: true },
    ],
    [
      'no mapping: tag found through allOf and a ref to an enum',
      { oneOf: [ref('Fox'), ref('Cat')], discriminator: { propertyName: 'kind' } },
      { propertyName: 'kind', mapping: { fox: 0, cat: 1 }, explicit: true },
    ],
    [
      'no mapping: a nested union contributes all its tags',
      { oneOf: [ref('Birds'), ref('Dog')], discriminator: { propertyName: 'kind' } },
      { propertyName: 'kind', mapping: { owl: 0, crow: 0, dog: 1 }, explicit: true },
    ],
    [
      'no mapping: a nullable literal tag counts',
      { anyOf: [ref('Maybe'), ref('Dog')], discriminator: { propertyName: 'kind' } },
      { propertyName: 'kind', mapping: { maybe: 0, dog: 1 }, explicit: true },
    ],
    [
      'no mapping: a member without a literal is untagged',
      { oneOf: [ref('Cat'), ref('Nameless')], discriminator: { propertyName: 'kind' } },
      { propertyName: 'kind', mapping: { cat: 0 }, untagged: [1], explicit: true },
    ],
    [
      "mapping to an external file target left as written: matched by the member ref's last name",
      {
        oneOf: [ref('Cat'), ref('Dog')],
        discriminator: { propertyName: 'kind', mapping: { c: 'models/pets.yml#/Cat', d: 'Dog.yml' } },
      },
      { propertyName: 'kind', mapping: { c: 0, d: 1 }, explicit: true },
    ],
    [
      'partial mapping: the rest come from consts',
      {
        oneOf: [ref('Cat'), ref('Dog')],
        discriminator: { propertyName: 'kind', mapping: { kitty: '#/components/schemas/Cat' } },
      },
      { propertyName: 'kind', mapping: { kitty: 0, dog: 1 }, explicit: true },
    ],
    [
      'inferred: distinct literals on a common property',
      { oneOf: [ref('Cat'), ref('Dog'), { type: 'string' }] },
      { propertyName: 'kind', mapping: { cat: 0, dog: 1 }, untagged: [2], explicit: false },
    ],
    [
      'inferred on inline members (role narrowing)',
      {
        oneOf: [
          obj({ role: { const: 'user' }, content: { type: 'string' } }),
          obj({ role: { const: 'assistant' } }),
        ],
      },
      { propertyName: 'role', mapping: { user: 0, assistant: 1 }, explicit: false },
    ],
  ])('%s', (_name, given, want) => {
    expect(discriminatorOf(given)).toEqual(want);
  });

  it.each([
    ['two members share a tag', { oneOf: [ref('Cat'), obj({ kind: { const: 'cat' } })] }],
    ['an object member has no tag', { oneOf: [ref('Cat'), ref('Nameless')] }],
    ['only one object member', { oneOf: [ref('Cat'), { type: 'string' }] }],
    ['no objects at all', { anyOf: [{ type: 'string' }, { type: 'array', items: {} }] }],
  ])('is not inferred when %s', (_name, given) => {
    expect(discriminatorOf(given)).toBeUndefined();
  });

  it('indices count after null members are removed', () => {
    const d = discriminatorOf({
      oneOf: [{ type: 'null' }, ref('Cat'), ref('Dog')],
      discriminator: { propertyName: 'kind' },
    });
    expect(d?.mapping).toEqual({ cat: 0, dog: 1 });
  });
});

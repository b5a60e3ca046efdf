import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { quickValid } from '../../generator/load/structure-quick.js';
import { structureSchema } from '../../generator/load/structure.js';

const op = { responses: { '200': { description: 'ok' } } };
const base = (over: Record<string, unknown>) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: op } },
  ...over,
});

/** given document → want valid (by the structure schema); ajv must agree on each. */
const cases: [string, unknown, boolean][] = [
  ['minimal document', base({}), true],
  ['missing info', { openapi: '3.1.0', paths: {} }, false],
  ['info.version a number', base({ info: { title: 't', version: 1 } }), false],
  [
    'parameter with a bad "in"',
    base({ paths: { '/a': { get: { ...op, parameters: [{ name: 'x', in: 'body' }] } } } }),
    false,
  ],
  ['parameter as a $ref', base({ paths: { '/a': { get: { ...op, parameters: [{ $ref: '#/x' }] } } } }), true],
  [
    '$ref that is not a string',
    base({ paths: { '/a': { get: { ...op, parameters: [{ $ref: 1 }] } } } }),
    false,
  ],
  ['response without description', base({ paths: { '/a': { get: { responses: { '200': {} } } } } }), false],
  ['schema as a boolean (3.1)', base({ components: { schemas: { A: true } } }), true],
  ['schema type list (3.1)', base({ components: { schemas: { A: { type: ['string', 'null'] } } } }), true],
  ['schema type a number', base({ components: { schemas: { A: { type: 1 } } } }), false],
  [
    'additionalProperties false',
    base({ components: { schemas: { A: { additionalProperties: false } } } }),
    true,
  ],
  [
    'additionalProperties a string',
    base({ components: { schemas: { A: { additionalProperties: 'x' } } } }),
    false,
  ],
  ['required not a list', base({ components: { schemas: { A: { required: 'id' } } } }), false],
  ['nested bad items', base({ components: { schemas: { A: { properties: { b: { items: [] } } } } } }), false],
  [
    'discriminator without propertyName',
    base({ components: { schemas: { A: { discriminator: {} } } } }),
    false,
  ],
  ['servers as an object', base({ servers: { url: 'x' } }), false],
  ['paths as a list', base({ paths: [] }), false],
];

describe('quick structure check agrees with ajv on the same schema', () => {
  for (const dialect of ['3.0', '3.1'] as const) {
    const schema = structureSchema(dialect);
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
    it.each(cases)(`${dialect}: %s`, (_name, document, want) => {
      const byAjv = ajv(document);
      if (dialect === '3.1') expect(byAjv).toBe(want);
      expect(quickValid(schema, document)).toBe(byAjv);
    });
  }

  it('says it cannot tell when the schema uses a keyword outside its subset', () => {
    const beyond = { type: 'object', minProperties: 1 };
    expect(quickValid(beyond, {})).toBeUndefined();
    expect(quickValid(beyond, { a: 1 })).toBeUndefined(); // the remembered answer for that schema object
    expect(quickValid({ $ref: '#/definitions/missing' }, {})).toBeUndefined();
  });

  it('compiles each schema once: the dialect schema is one object, its check answers each document anew', () => {
    expect(structureSchema('3.1')).toBe(structureSchema('3.1'));
    expect(structureSchema('3.0')).not.toBe(structureSchema('3.1'));
    const schema = structureSchema('3.1');
    const answers = [base({}), base({ paths: [] }), base({})].map((d) => quickValid(schema, d));
    expect(answers).toEqual([true, false, true]);
  });
});

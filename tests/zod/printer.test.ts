import { describe, expect, it } from 'vitest';
import type { IRSchema } from '../../generator/ir/types.js';
import type { ZodPrintContext } from '../../generator/emit/zod/context.js';
import { printSchema } from '../../generator/emit/zod/printer.js';
import { SdkgenError } from '../../generator/errors.js';

const p = '#/x';
const components: Record<string, IRSchema> = {
  A: { kind: 'object', pointer: p, properties: [{ name: 'type', required: true, schema: { kind: 'enum', type: 'string', values: ['a'], pointer: p } }] },
  B: { kind: 'object', pointer: p, properties: [{ name: 'type', required: true, schema: { kind: 'enum', type: 'string', values: ['b'], pointer: p } }] },
  Loose: { kind: 'object', pointer: p, properties: [{ name: 'type', required: false, schema: { kind: 'enum', type: 'string', values: ['c'], pointer: p } }] },
};
const ctx: ZodPrintContext = { ref: (n) => n, resolve: (n) => components[n], binary: () => '$binary' };
const ref = (name: string): IRSchema => ({ kind: 'ref', name, pointer: p });
const tag = { propertyName: 'type', mapping: {}, explicit: true };

const cases: [string, IRSchema, string][] = [
  ['string limits', { kind: 'string', pointer: p, minLength: 1, maxLength: 3 }, 'z.string().min(1).max(3)'],
  ['pattern is a RegExp from a quoted string', { kind: 'string', pointer: p, pattern: "^a/'b$" }, "z.string().regex(new RegExp('^a/\\'b$', 'u'))"],
  ['date-time with offsets', { kind: 'string', pointer: p, format: 'date-time' }, 'z.iso.datetime({ offset: true })'],
  ['unknown format is a plain string', { kind: 'string', pointer: p, format: 'unixtime' }, 'z.string()'],
  ['binary', { kind: 'string', pointer: p, format: 'binary' }, '$binary'],
  ['integer bounds', { kind: 'integer', pointer: p, minimum: 0, exclusiveMaximum: 10 }, 'z.number().multipleOf(1).gte(0).lt(10)'],
  ['int32', { kind: 'integer', pointer: p, format: 'int32' }, 'z.int32()'],
  ['number multipleOf', { kind: 'number', pointer: p, multipleOf: 0.5 }, 'z.number().multipleOf(0.5)'],
  ['string enum escapes', { kind: 'enum', type: 'string', values: ["it's", 'a\nb'], pointer: p }, "z.enum(['it\\'s', 'a\\nb'])"],
  ['const', { kind: 'enum', type: 'number', values: [42], isConst: true, pointer: p }, 'z.literal(42)'],
  ['mixed enum', { kind: 'enum', type: 'mixed', values: [1, 'one'], pointer: p }, "z.literal([1, 'one'])"],
  ['nullable', { kind: 'boolean', pointer: p, nullable: true }, 'z.boolean().nullable()'],
  ['nullable unknown stays unknown', { kind: 'unknown', pointer: p, nullable: true }, 'z.unknown()'],
  ['nullable never is null', { kind: 'never', pointer: p, nullable: true }, 'z.null()'],
  [
    'object: optional, quoted and __proto__ keys',
    { kind: 'object', pointer: p, properties: [
      { name: 'a-b', required: true, schema: { kind: 'boolean', pointer: p } },
      { name: '__proto__', required: false, schema: { kind: 'boolean', pointer: p } },
    ] },
    "z.object({ 'a-b': z.boolean(), ['__proto__']: z.boolean().optional() })",
  ],
  ['closed object', { kind: 'object', pointer: p, additionalProperties: false, properties: [{ name: 'a', required: true, schema: { kind: 'null', pointer: p } }] }, 'z.strictObject({ a: z.null() })'],
  ['map', { kind: 'object', pointer: p, properties: [], additionalProperties: { kind: 'number', pointer: p } }, 'z.record(z.string(), z.number())'],
  ['empty open object', { kind: 'object', pointer: p, properties: [] }, 'z.record(z.string(), z.unknown())'],
  ['tuple', { kind: 'array', pointer: p, items: { kind: 'never', pointer: p }, prefixItems: [{ kind: 'boolean', pointer: p }], minItems: 1 }, 'z.tuple([z.boolean()])'],
  [
    'tuple items past minItems are optional, rest typed by items',
    { kind: 'array', pointer: p, items: { kind: 'null', pointer: p }, prefixItems: [{ kind: 'boolean', pointer: p }, { kind: 'boolean', pointer: p }], minItems: 1 },
    'z.tuple([z.boolean(), z.boolean().optional()], z.null())',
  ],
  [
    'tuple bounds beyond its elements are refinements',
    { kind: 'array', pointer: p, items: { kind: 'null', pointer: p }, prefixItems: [{ kind: 'boolean', pointer: p }], minItems: 2, maxItems: 3 },
    "z.tuple([z.boolean()], z.null()).refine((a) => a.length >= 2, { message: 'expected at least 2 items' }).refine((a) => a.length <= 3, { message: 'expected at most 3 items' })",
  ],
  ['array limits', { kind: 'array', pointer: p, items: ref('A'), minItems: 1, maxItems: 2 }, 'z.array(A).min(1).max(2)'],
  ['tagged oneOf', { kind: 'union', mode: 'oneOf', pointer: p, variants: [ref('A'), ref('B')], discriminator: tag }, "z.discriminatedUnion('type', [A, B])"],
  ['tag optional in a member: plain union', { kind: 'union', mode: 'oneOf', pointer: p, variants: [ref('A'), ref('Loose')], discriminator: tag }, 'z.xor([A, Loose])'],
  ['tag shared by two members: plain union', { kind: 'union', mode: 'anyOf', pointer: p, variants: [ref('A'), ref('A')], discriminator: tag }, 'z.union([A, A])'],
  ['nullable member: plain union', { kind: 'union', mode: 'oneOf', pointer: p, variants: [ref('A'), { ...ref('B'), nullable: true }], discriminator: tag }, 'z.xor([A, B.nullable()])'],
  [
    'requiredOnly: keys that must be present, whatever their value',
    { kind: 'object', pointer: p, properties: [{ name: 'a', required: true, schema: { kind: 'null', pointer: p } }], requiredOnly: ['model', 'a-b'] },
    "z.object({ a: z.null(), model: z.custom<{} | null>((v) => v !== undefined, { message: 'required' }), 'a-b': z.custom<{} | null>((v) => v !== undefined, { message: 'required' }) })",
  ],
  [
    'requiredOnly on a map: intersected with an object of them',
    { kind: 'object', pointer: p, properties: [], additionalProperties: { kind: 'number', pointer: p }, requiredOnly: ['k'] },
    "z.record(z.string(), z.number()).and(z.object({ k: z.custom<{} | null>((v) => v !== undefined, { message: 'required' }) }))",
  ],
  ['allOf folds left', { kind: 'intersection', pointer: p, members: [ref('A'), ref('B'), ref('Loose')] }, 'z.intersection(z.intersection(A, B), Loose)'],
];

describe('printSchema', () => {
  it.each(cases)('%s', (_name, schema, want) => {
    expect(printSchema(schema, ctx)).toBe(want);
  });

  it('rejects a pattern that is no regular expression, naming the pointer', () => {
    const bad: IRSchema = { kind: 'string', pointer: '#/components/schemas/X', pattern: '(' };
    expect(() => printSchema(bad, ctx)).toThrow(SdkgenError);
    expect(() => printSchema(bad, ctx)).toThrow(/#\/components\/schemas\/X.*not a valid regular expression/);
  });

  it('rejects a non-finite limit', () => {
    expect(() => printSchema({ kind: 'number', pointer: p, maximum: Infinity }, ctx)).toThrow(SdkgenError);
  });
});

import { describe, expect, it } from 'vitest';
import type { IRSchema } from '../../generator/ir/types.js';
import { printType, type PrintContext } from '../../generator/emit/ts/type-printer.js';

const ctx: PrintContext = { ref: (name) => `T_${name}`, binary: () => 'Uploadable', noDocs: true };
const p = '#';
const str: IRSchema = { kind: 'string', pointer: p };
const num: IRSchema = { kind: 'integer', pointer: p };

const cases: [string, IRSchema, string][] = [
  ['string', str, 'string'],
  ['integer', num, 'number'],
  ['binary string', { kind: 'string', format: 'binary', pointer: p }, 'Uploadable'],
  ['nullable string', { ...str, nullable: true }, 'string | null'],
  ['ref', { kind: 'ref', name: 'Pet', pointer: p }, 'T_Pet'],
  ['nullable ref', { kind: 'ref', name: 'Pet', pointer: p, nullable: true }, 'T_Pet | null'],
  ['string enum', { kind: 'enum', type: 'string', values: ['a', "it's", 'x\ny'], pointer: p }, "'a' | 'it\\'s' | 'x\\ny'"],
  ['number enum', { kind: 'enum', type: 'integer', values: [1, -2], pointer: p }, '1 | -2'],
  ['empty enum', { kind: 'enum', type: 'string', values: [], pointer: p }, 'never'],
  ['array', { kind: 'array', items: str, pointer: p }, 'string[]'],
  ['array of union', { kind: 'array', items: { ...str, nullable: true }, pointer: p }, '(string | null)[]'],
  ['tuple', { kind: 'array', items: num, prefixItems: [str], minItems: 1, pointer: p }, '[string, ...number[]]'],
  ['tuple entry past minItems', { kind: 'array', items: num, prefixItems: [str], pointer: p }, '[string?, ...number[]]'],
  [
    'array of intersection',
    { kind: 'array', items: { kind: 'intersection', members: [{ kind: 'ref', name: 'A', pointer: p }, { kind: 'ref', name: 'B', pointer: p }], pointer: p }, pointer: p },
    '(T_A & T_B)[]',
  ],
  ['union', { kind: 'union', mode: 'oneOf', variants: [str, num], pointer: p }, 'string | number'],
  ['nullable union', { kind: 'union', mode: 'anyOf', variants: [str, num], pointer: p, nullable: true }, 'string | number | null'],
  [
    'intersection with a union member',
    { kind: 'intersection', members: [{ kind: 'ref', name: 'A', pointer: p }, { kind: 'union', mode: 'oneOf', variants: [str, num], pointer: p }], pointer: p },
    'T_A & (string | number)',
  ],
  ['map', { kind: 'object', properties: [], additionalProperties: num, pointer: p }, '{\n[key: string]: number;\n}'],
  ['open object', { kind: 'object', properties: [], pointer: p }, '{\n[key: string]: unknown;\n}'],
  [
    'optionality and quoting',
    {
      kind: 'object',
      pointer: p,
      properties: [
        { name: 'id', schema: str, required: true },
        { name: 'kebab-case', schema: num, required: false },
        { name: '__proto__', schema: str, required: false },
        { name: 'with space', schema: str, required: true },
      ],
    },
    "{\nid: string;\n'kebab-case'?: number;\n'__proto__'?: string;\n'with space': string;\n}",
  ],
  [
    'names required but not declared: members that require them, whatever their type',
    {
      kind: 'object',
      pointer: p,
      properties: [{ name: 'id', schema: str, required: true }],
      requiredOnly: ['model', 'a-b'],
    },
    "{\nid: string;\nmodel: {} | null;\n'a-b': {} | null;\n}",
  ],
  [
    'open object with only required names',
    { kind: 'object', pointer: p, properties: [], requiredOnly: ['k'] },
    '{\nk: {} | null;\n[key: string]: unknown;\n}',
  ],
  [
    'map with required names: a second member (the index signature would clash)',
    { kind: 'array', items: { kind: 'object', pointer: p, properties: [], additionalProperties: num, requiredOnly: ['k'] }, pointer: p },
    '({\n[key: string]: number;\n} & { k: {} | null; })[]',
  ],
  ['unknown', { kind: 'unknown', pointer: p }, 'unknown'],
  ['nullable unknown', { kind: 'unknown', pointer: p, nullable: true }, 'unknown'],
  ['never', { kind: 'never', pointer: p }, 'never'],
];

describe('printType', () => {
  it.each(cases)('%s', (_name, schema, want) => {
    expect(printType(schema, ctx)).toBe(want);
  });

  it('prints property docs with comment terminators broken up', () => {
    const schema: IRSchema = {
      kind: 'object',
      pointer: p,
      properties: [{ name: 'a', required: true, schema: { ...str, description: 'ends */ here' } }],
    };
    expect(printType(schema, { ...ctx, noDocs: false })).toBe('{\n/** ends *\\/ here */\na: string;\n}');
  });
});

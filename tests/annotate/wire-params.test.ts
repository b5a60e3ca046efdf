import { describe, expect, it } from 'vitest';
import { annotateWire } from '../../generator/annotate/wire/index.js';
import type { SdkConfig } from '../../generator/config/types.js';
import type { IRParameter, IRParamWire } from '../../generator/ir/types.js';
import { arr, doc, obj, op, ref, str } from './ir-builders.js';

const param = (name: string, where: IRParameter['in'], schema = str(), extra: Partial<IRParameter> = {}): IRParameter => ({
  name,
  in: where,
  required: where === 'path',
  schema,
  pointer: '#/p',
  ...extra,
});
const house = (arrayFormat: 'brackets' | 'repeat' | 'comma', objectFormat: 'brackets' | 'flat' = 'brackets'): SdkConfig => ({
  client: { name: 'C' },
  wire: { arrayFormat, objectFormat },
});

const cases: { name: string; p: IRParameter; config?: SdkConfig; want: IRParamWire }[] = [
  { name: 'query default: form, exploded', p: param('q', 'query', arr(str())), want: { sdkName: 'q', style: 'form', explode: true } },
  { name: 'path default: simple', p: param('id', 'path'), want: { sdkName: 'id', style: 'simple', explode: false } },
  { name: 'header default: simple', p: param('X-A', 'header'), want: { sdkName: 'X-A', style: 'simple', explode: false } },
  { name: 'cookie default: form, exploded', p: param('sid', 'cookie'), want: { sdkName: 'sid', style: 'form', explode: true } },
  {
    name: 'query pipeDelimited as given',
    p: param('q', 'query', arr(str()), { style: 'pipeDelimited', explode: false }),
    want: { sdkName: 'q', style: 'pipeDelimited', explode: false },
  },
  {
    name: 'query deepObject as given',
    p: param('f', 'query', obj({ a: str() }), { style: 'deepObject', explode: true }),
    want: { sdkName: 'f', style: 'deepObject', explode: true },
  },
  {
    name: 'path matrix, explode',
    p: param('id', 'path', arr(str()), { style: 'matrix', explode: true }),
    want: { sdkName: 'id', style: 'matrix', explode: true },
  },
  {
    name: 'a style the location does not allow: the default',
    p: param('id', 'path', str(), { style: 'form' }),
    want: { sdkName: 'id', style: 'simple', explode: false },
  },
  {
    name: 'allowReserved',
    p: param('u', 'query', str(), { style: 'form', allowReserved: true }),
    want: { sdkName: 'u', style: 'form', explode: true, allowReserved: true },
  },
  {
    name: 'content: JSON in a query parameter',
    p: param('filter', 'query', obj({}), { style: 'form', contentType: 'application/json' }),
    config: house('brackets'),
    want: { sdkName: 'filter', style: 'form', explode: true, contentType: 'application/json' },
  },
  { name: 'house brackets: array', p: param('q', 'query', arr(str())), config: house('brackets'), want: { sdkName: 'q', style: 'brackets', explode: true } },
  { name: 'house repeat: array', p: param('q', 'query', arr(str()), { style: 'form', explode: false }), config: house('repeat'), want: { sdkName: 'q', style: 'form', explode: true } },
  { name: 'house comma: array', p: param('q', 'query', arr(str())), config: house('comma'), want: { sdkName: 'q', style: 'form', explode: false } },
  { name: 'house brackets: object through a ref', p: param('m', 'query', ref('Meta')), config: house('comma', 'brackets'), want: { sdkName: 'm', style: 'brackets', explode: true } },
  { name: 'house flat: object', p: param('m', 'query', obj({})), config: house('comma', 'flat'), want: { sdkName: 'm', style: 'form', explode: true } },
  { name: 'house style leaves scalars', p: param('q', 'query', str(), { style: 'form' }), config: house('brackets'), want: { sdkName: 'q', style: 'form', explode: true } },
  { name: 'house style leaves headers', p: param('h', 'header', arr(str())), config: house('brackets'), want: { sdkName: 'h', style: 'simple', explode: false } },
  { name: 'query array named x[]: member x in brackets', p: param('include[]', 'query', arr(str())), want: { sdkName: 'include', style: 'brackets', explode: true, key: 'include' } },
  {
    name: 'query array named x[], renamed: the member is the rename, the key stays x',
    p: param('ids[]', 'query', arr(str())),
    config: { client: { name: 'C' }, wire: { params: { 'ids[]': 'filter' } } },
    want: { sdkName: 'filter', style: 'brackets', explode: true, key: 'ids' },
  },
  {
    name: 'query object named x[] in house brackets: member and key x',
    p: param('m[]', 'query', obj({ a: str() })),
    config: house('comma', 'brackets'),
    want: { sdkName: 'm', style: 'brackets', explode: true, key: 'm' },
  },
  { name: 'query object named x[] in form: the name as given', p: param('m[]', 'query', obj({ a: str() })), want: { sdkName: 'm[]', style: 'form', explode: true } },
  {
    name: 'query x[] sent as content: the name as given',
    p: param('f[]', 'query', arr(str()), { contentType: 'application/json' }),
    want: { sdkName: 'f[]', style: 'form', explode: true, contentType: 'application/json' },
  },
  { name: 'header named x[]: the name as given', p: param('h[]', 'header', arr(str())), want: { sdkName: 'h[]', style: 'simple', explode: false } },
  {
    name: 'x-stainless-param on the schema renames',
    p: param('openai-beta', 'header', { ...arr(str()), extensions: { 'x-stainless-param': 'betas' } }),
    want: { sdkName: 'betas', style: 'simple', explode: false },
  },
  {
    name: 'x-stainless-param on the parameter renames',
    p: param('X-Org', 'header', str(), { extensions: { 'x-stainless-param': 'org' } }),
    want: { sdkName: 'org', style: 'simple', explode: false },
  },
  {
    name: 'config renames (operation over global over vendor)',
    p: param('X-Org', 'header', str(), { extensions: { 'x-stainless-param': 'org' } }),
    config: { client: { name: 'C' }, wire: { params: { 'X-Org': 'globalName' } }, operations: { o: { params: { 'X-Org': 'opName' } } } },
    want: { sdkName: 'opName', style: 'simple', explode: false },
  },
  {
    name: 'global config rename',
    p: param('X-Org', 'header', str(), { extensions: { 'x-stainless-param': 'org' } }),
    config: { client: { name: 'C' }, wire: { params: { 'X-Org': 'organization' } } },
    want: { sdkName: 'organization', style: 'simple', explode: false },
  },
];

describe('annotate/wire: parameters', () => {
  it.each(cases)('$name', ({ p, config, want }) => {
    const ir = doc([op('get', p.in === 'path' ? `/x/{${p.name}}` : '/x', { id: 'o', params: [p] })], { Meta: obj({ a: str() }) });
    annotateWire(ir, config);
    expect(ir.operations[0]!.parameters.find((q) => q.name === p.name)!.wire).toEqual(want);
  });

  it('a style the location does not allow is a warning with the pointer and the allowed styles', () => {
    const ir = doc([op('get', '/x/{id}', { params: [param('id', 'path', str(), { style: 'deepObject' })] })]);
    annotateWire(ir);
    expect(ir.diagnostics).toMatchObject([
      { level: 'warning', stage: 'annotate', pointer: '#/p', expected: 'one of "simple", "label", "matrix"' },
    ]);
  });
});

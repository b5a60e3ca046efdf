import { describe, expect, it } from 'vitest';
import { annotatePagination } from '../../generator/annotate/pagination.js';
import type { SdkConfig } from '../../generator/config/types.js';
import type { HTTPMethod, IRPagination, IRParameter, IRSchema } from '../../generator/ir/types.js';
import { allOf, arr, bool, doc, int, json, obj, op, query, ref, str, union } from './ir-builders.js';

const Item = obj({ id: str(), name: str() });
const NoId = obj({ name: str() });
const schemas = { Item, NoId, ItemUnion: union(ref('Item'), obj({ id: str(), type: str() })) };
const list = (extra: Record<string, IRSchema> = {}, item: IRSchema = ref('Item')) =>
  obj({ object: str(), data: arr(item), ...extra });

interface Case {
  name: string;
  method?: HTTPMethod;
  params?: IRParameter[];
  response: IRSchema;
  config?: SdkConfig;
  want: Partial<IRPagination> | undefined;
}

const cfg = (pagination: NonNullable<SdkConfig['operations']>[string]['pagination']): SdkConfig => ({
  client: { name: 'C' },
  operations: { l: { pagination } },
});

const cases: Case[] = [
  {
    name: 'after + has_more + last_id → cursor from response last_id',
    params: [query('limit', int()), query('after')],
    response: list({ first_id: str(), last_id: str(), has_more: bool() }),
    want: {
      style: 'cursor',
      cursorParam: 'after',
      itemsField: 'data',
      hasMoreField: 'has_more',
      nextCursor: { from: 'response', field: 'last_id' },
      item: ref('Item'),
    },
  },
  {
    name: 'after + has_more, no last_id → cursor from last item id (through a union of items)',
    params: [query('after')],
    response: list({ has_more: bool() }, ref('ItemUnion')),
    want: { style: 'cursor', hasMoreField: 'has_more', nextCursor: { from: 'item', field: 'id' } },
  },
  {
    name: 'after + has_more + next token (group lists)',
    params: [query('after'), query('order')],
    response: list({ has_more: bool(), next: union(str()) }),
    want: { style: 'cursor', cursorParam: 'after', nextCursor: { from: 'response', field: 'next' } },
  },
  {
    name: 'string page token + next_page (usage buckets)',
    params: [query('page'), query('limit', int())],
    response: list({ has_more: bool(), next_page: str() }, NoId),
    want: { style: 'cursor', cursorParam: 'page', nextCursor: { from: 'response', field: 'next_page' } },
  },
  {
    name: 'integer page → page style',
    params: [query('page', int())],
    response: list({}),
    want: { style: 'page', pageParam: 'page', itemsField: 'data' },
  },
  {
    name: 'data but no cursor parameter → un-paged',
    response: list({ has_more: bool(), next_page: str() }),
    want: { style: 'none', itemsField: 'data', item: ref('Item') },
  },
  {
    name: 'response through allOf',
    params: [query('after')],
    response: allOf(obj({ data: arr(ref('Item')) }), obj({ has_more: bool() })),
    want: { style: 'cursor', nextCursor: { from: 'item', field: 'id' } },
  },
  {
    name: '`items` field with a cursor signal',
    params: [query('cursor')],
    response: obj({ items: arr(ref('Item')), next_cursor: str() }),
    want: {
      style: 'cursor',
      cursorParam: 'cursor',
      itemsField: 'items',
      nextCursor: { from: 'response', field: 'next_cursor' },
    },
  },
  {
    name: '`results` array without any cursor signal is not a list',
    response: obj({ results: arr(str()), id: str() }),
    want: undefined,
  },
  { name: 'object with no array', response: Item, want: undefined },
  {
    name: 'POST returning a list is left alone by default',
    method: 'post',
    params: [query('after')],
    response: list(),
    want: undefined,
  },
  {
    name: 'config: POST search is an un-paged list',
    method: 'post',
    response: list({ has_more: bool(), next_page: str() }),
    config: cfg({ style: 'none' }),
    want: { style: 'none', itemsField: 'data' },
  },
  {
    name: 'config: force un-paged even with a cursor',
    params: [query('after')],
    response: list({ has_more: bool() }),
    config: cfg({ style: 'none' }),
    want: { style: 'none' },
  },
  {
    name: 'config: override the next cursor field',
    params: [query('after')],
    response: list({ has_more: bool(), last_id: str() }),
    config: cfg({ style: 'cursor', nextCursor: { from: 'item', field: 'id' } }),
    want: {
      style: 'cursor',
      cursorParam: 'after',
      hasMoreField: 'has_more',
      nextCursor: { from: 'item', field: 'id' },
    },
  },
  {
    name: 'config: pagination off',
    params: [query('after')],
    response: list({ has_more: bool() }),
    config: cfg(false),
    want: undefined,
  },
];

describe('annotate/pagination', () => {
  it.each(cases)('$name', ({ method, params, response, config, want }) => {
    const ir = doc(
      [op(method ?? 'get', '/things', { id: 'l', params: params ?? [], ok: [json(response)] })],
      schemas,
    );
    annotatePagination(ir, config);
    const got = ir.operations[0]!.pagination;
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject(want);
  });

  it('a cursor parameter with no way to find the next cursor warns and falls back to un-paged', () => {
    const ir = doc(
      [op('get', '/things', { params: [query('after')], ok: [json(list({}, ref('NoId')))] })],
      schemas,
    );
    annotatePagination(ir);
    expect(ir.operations[0]!.pagination).toMatchObject({ style: 'none' });
    expect(ir.diagnostics).toHaveLength(1);
    expect(ir.diagnostics[0]).toMatchObject({
      level: 'warning',
      stage: 'annotate',
      pointer: '#/paths/~1things/get',
    });
  });

  it('config pagination on an operation that returns no list is a config warning and is ignored', () => {
    const ir = doc([op('post', '/things', { id: 'l', ok: [json(Item)] })], schemas);
    annotatePagination(ir, cfg({ style: 'none' }));
    expect(ir.operations[0]!.pagination).toBeUndefined();
    expect(ir.diagnostics).toMatchObject([
      {
        level: 'warning',
        stage: 'config',
        pointer: '#/operations/l/pagination',
        message: 'operation "l" does not return a list; pagination override ignored',
      },
    ]);
  });
});

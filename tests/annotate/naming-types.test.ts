import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import type { SdkConfig } from '../../generator/config/types.js';
import { SdkgenError } from '../../generator/errors.js';
import type { IRSchema } from '../../generator/ir/types.js';
import { arr, bin, doc, json, media, obj, op, query, ref, str } from './ir-builders.js';

/** typeName per component schema after annotate (no operations). */
function typeNames(names: string[], config?: SdkConfig): Record<string, string> {
  const ir = doc([], Object.fromEntries(names.map((n) => [n, obj({})])));
  annotate(ir, config);
  return Object.fromEntries(Object.values(ir.schemas).map((s) => [s.name, s.typeName!]));
}

describe('annotate/naming: component type names', () => {
  it.each([
    {
      name: 'valid names are kept',
      schemas: ['Batch', 'CreateChatCompletionRequest'],
      want: { Batch: 'Batch', CreateChatCompletionRequest: 'CreateChatCompletionRequest' },
    },
    {
      name: 'TS globals get the suffix',
      schemas: ['Error', 'Promise', 'Object', 'Record', 'Response'],
      want: {
        Error: 'ErrorObject',
        Promise: 'PromiseObject',
        Object: 'ObjectObject',
        Record: 'RecordObject',
        Response: 'ResponseObject',
      },
    },
    {
      name: 'runtime exports get the suffix',
      schemas: ['APIPromise', 'Stream', 'Uploadable'],
      want: { APIPromise: 'APIPromiseObject', Stream: 'StreamObject', Uploadable: 'UploadableObject' },
    },
    {
      name: 'the client class name is taken',
      schemas: ['Acme'],
      config: { client: { name: 'Acme' } },
      want: { Acme: 'AcmeObject' },
    },
    {
      name: 'a schema whose natural name is free keeps it; the clashing one is numbered',
      schemas: ['Error', 'ErrorObject'],
      want: { Error: 'Error2', ErrorObject: 'ErrorObject' },
    },
    {
      name: 'invalid identifiers become PascalCase',
      schemas: ['Error-2', 'apps_list', 'type'],
      want: { 'Error-2': 'Error2', apps_list: 'AppsList', type: 'Type' },
    },
    {
      name: 'case-insensitive clashes are numbered in spec order',
      schemas: ['pet', 'Pet'],
      want: { pet: 'Pet2', Pet: 'Pet' },
    },
    {
      name: 'reservedSuffix from config',
      schemas: ['Error'],
      config: { client: { name: 'C' }, naming: { reservedSuffix: 'Model' } },
      want: { Error: 'ErrorModel' },
    },
    {
      name: 'config types override',
      schemas: ['Error', 'Thing'],
      config: { client: { name: 'C' }, types: { Thing: 'Widget' } },
      want: { Error: 'ErrorObject', Thing: 'Widget' },
    },
  ])('$name', ({ schemas, config, want }) => {
    expect(typeNames(schemas, config)).toEqual(want);
  });

  it('a type override for a missing schema is a warning; a reserved or taken name is an error', () => {
    const ir = doc([], { Thing: obj({}) });
    annotate(ir, { client: { name: 'C' }, types: { Thin: 'X' } });
    expect(ir.diagnostics).toMatchObject([
      { level: 'warning', stage: 'config', pointer: '#/types/Thin', expected: 'one of "Thing"' },
    ]);
    expect(ir.schemas.Thing!.typeName).toBe('Thing');
    expect(() => typeNames(['Thing'], { client: { name: 'C' }, types: { Thing: 'APIPromise' } })).toThrow(
      SdkgenError,
    );
    expect(() => typeNames(['Thing'], { client: { name: 'C' }, types: { Thing: 'class' } })).toThrow(
      /#\/types\/Thing: type name "class" is reserved or already used/,
    );
    expect(() => typeNames(['Thing'], { client: { name: 'C' }, types: { Thing: 'C' } })).toThrow(SdkgenError);
  });

  it('two components given the same type name is an error; a global is allowed only when asked for', () => {
    const config = { client: { name: 'C' }, types: { A: 'Same', B: 'Same' } };
    expect(() => typeNames(['A', 'B'], config)).toThrow(
      /#\/types\/B: type name "Same" is reserved or already used/,
    );
    expect(typeNames(['A', 'B'], { client: { name: 'C' }, types: { A: 'B' } })).toEqual({ A: 'B', B: 'B2' });
    expect(
      typeNames(['Response', 'Other'], { client: { name: 'C' }, types: { Response: 'Response' } }),
    ).toEqual({
      Response: 'Response',
      Other: 'Other',
    });
    expect(typeNames(['Response'])).toEqual({ Response: 'ResponseObject' });
    expect(() =>
      typeNames(['Response', 'Other'], { client: { name: 'C' }, types: { Response: 'R', Other: 'r' } }),
    ).toThrow(SdkgenError);
  });
});

describe('annotate/naming: params, response and page types', () => {
  const Item = obj({ id: str() });
  const page = (item: IRSchema) => obj({ data: arr(item), has_more: str(), last_id: str() });
  const schemas = { Run: Item, RunList: page(ref('Run')) };

  it('names params/response/page types from the resource and method; shallow resources get the short names', () => {
    const ir = doc(
      [
        op('get', '/threads/{thread_id}/runs', { params: [query('after')], ok: [json(ref('RunList'))] }),
        op('get', '/runs', { params: [query('after')], ok: [json(ref('RunList'))] }),
        op('post', '/runs', { body: [json(obj({ a: str() }))], ok: [json(obj({ ok: str() }))] }),
        op('get', '/runs/{run_id}/content', { ok: [media('application/octet-stream', bin())] }),
        op('delete', '/runs/{run_id}', { responses: [{ status: '204', contents: [] }] }),
      ],
      schemas,
    );
    annotate(ir);
    const [nested, top, create, content, del] = ir.operations.map((o) => o.naming!);
    expect(top).toMatchObject({ paramsType: 'RunListParams', responseType: 'RunList', pageType: 'RunsPage' });
    expect(nested).toMatchObject({
      paramsType: 'ThreadRunListParams',
      responseType: 'RunList',
      pageType: 'RunsPage',
    });
    expect(create).toMatchObject({ paramsType: 'RunCreateParams', responseType: 'RunCreateResponse' });
    expect(content!.responseType).toBeUndefined();
    expect(content!.paramsType).toBeUndefined();
    expect(del!.responseType).toBeUndefined();
  });

  it('op type names never clash with component names', () => {
    const ir = doc([op('get', '/runs', { params: [query('after')], ok: [json(ref('RunList'))] })], {
      ...schemas,
      RunListParams: obj({}),
      RunsPage: obj({}),
    });
    annotate(ir);
    expect(ir.operations[0]!.naming).toMatchObject({ paramsType: 'GetRunsParams', pageType: 'GetRunsPage' });
  });

  it('config overrides the type names', () => {
    const ir = doc(
      [op('get', '/runs', { id: 'listRuns', params: [query('after')], ok: [json(ref('RunList'))] })],
      schemas,
    );
    annotate(ir, {
      client: { name: 'C' },
      operations: { listRuns: { paramsType: 'MyParams', pageType: 'MyPage', responseType: 'MyList' } },
    });
    expect(ir.operations[0]!.naming).toMatchObject({
      paramsType: 'MyParams',
      pageType: 'MyPage',
      responseType: 'MyList',
    });
  });
});

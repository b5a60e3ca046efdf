import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { path } from '../../../templates/runtime/core/path.js';
import { mergeQuery, stringifyQuery } from '../../../templates/runtime/core/query.js';
import { buildURL } from '../../../templates/runtime/core/request-builder.js';
import { json, startServer, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

describe('path`...`', () => {
  it.each([
    ['abc', '/files/abc/content'],
    ['../x', '/files/..%2Fx/content'],
    ['a?b', '/files/a%3Fb/content'],
    ['a/b', '/files/a%2Fb/content'],
    ['#frag', '/files/%23frag/content'],
    ['..', '/files/%2E%2E/content'],
    ['.', '/files/%2E/content'],
    ['x y', '/files/x%20y/content'],
    [42, '/files/42/content'],
  ])('encodes %j', (value, want) => {
    expect(path`/files/${value}/content`).toBe(want);
  });

  it('rejects empty, null and undefined values, which would change the endpoint', () => {
    expect(() => path`/files/${''}`).toThrow(/empty/);
    expect(() => path`/files/${undefined}`).toThrow(/undefined/);
    expect(() => path`/files/${null}`).toThrow(/null/);
  });
});

describe('stringifyQuery', () => {
  it.each([
    [{ a: 1, b: 'x y' }, 'a=1&b=x%20y'],
    [{ a: [1, 2] }, 'a[]=1&a[]=2'],
    [{ o: { k: 'v', n: { d: true } } }, 'o[k]=v&o[n][d]=true'],
    [{ a: undefined, b: null }, 'b='],
    [{ 'we&ird': 'a=b&c' }, 'we%26ird=a%3Db%26c'],
    [{ t: new Date('2020-01-02T03:04:05Z') }, 't=2020-01-02T03%3A04%3A05.000Z'],
    [{}, ''],
  ])('%j → %s', (query, want) => {
    expect(stringifyQuery(query)).toBe(want);
  });

  it('mergeQuery: later layers win, undefined does not override', () => {
    expect(mergeQuery({ a: 1, b: 1 }, { b: 2, c: undefined }, undefined, { c: 3 })).toEqual({ a: 1, b: 2, c: 3 });
  });
});

describe('buildURL', () => {
  it.each([
    ['https://h/v1', '/files', {}, 'https://h/v1/files'],
    ['https://h/v1/', 'files', { a: 1 }, 'https://h/v1/files?a=1'],
    ['https://h/v1', '/files?x=1', { a: 1 }, 'https://h/v1/files?x=1&a=1'],
    ['https://h/v1', 'https://other/path', {}, 'https://other/path'],
  ])('%s + %s', (base, p, q, want) => {
    expect(buildURL(base, p, q)).toBe(want);
  });
});

describe('on the wire', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(json(200, {}));
  });
  afterAll(() => server.close());

  it('a hostile id stays one segment, and the three query layers merge in order', async () => {
    const client = new TestClient({ apiKey: 'k', baseURL: `${server.url}/v1`, defaultQuery: { d: 'client', s: 'client' } });
    const id = '../../admin?x=1#y';
    await client.request({ method: 'get', path: path`/files/${id}`, query: { s: 'spec', o: 'spec', arr: ['a', 'b'] } }, { query: { o: 'options' } });
    const seen = server.seen.at(-1)!;
    expect(seen.url).toBe('/v1/files/..%2F..%2Fadmin%3Fx%3D1%23y?d=client&s=spec&o=options&arr[]=a&arr[]=b');
  });

  it('options.path replaces the operation path', async () => {
    const client = new TestClient({ apiKey: 'k', baseURL: server.url });
    await client.request({ method: 'get', path: '/a' }, { path: '/b' });
    expect(server.seen.at(-1)!.url).toBe('/b');
  });
});

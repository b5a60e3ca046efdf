import { describe, expect, it } from 'vitest';
import { parseResponse } from '../../../templates/runtime/core/response.js';
import type { RequestSpec } from '../../../templates/runtime/core/request-spec.js';

const spec: RequestSpec = { method: 'get', path: '/x' };

const cases: { name: string; type: string; body: string; spec?: Partial<RequestSpec>; want: unknown }[] = [
  { name: 'application/json', type: 'application/json', body: '{"a":1}', want: { a: 1 } },
  { name: 'charset parameter', type: 'application/json; charset=utf-8', body: '[1]', want: [1] },
  { name: 'problem+json', type: 'application/problem+json', body: '{"title":"t"}', want: { title: 't' } },
  { name: 'vendor +json', type: 'application/vnd.foo.v2+json', body: '{"v":2}', want: { v: 2 } },
  { name: 'text/json', type: 'text/json', body: '{"t":1}', want: { t: 1 } },
  { name: 'text/plain: the text', type: 'text/plain', body: '{"a":1}', want: '{"a":1}' },
  { name: 'json-seq is not JSON', type: 'application/json-seq', body: '\u001e{}', want: '\u001e{}' },
  { name: 'xml: the text', type: 'application/xml', body: '<a/>', want: '<a/>' },
  { name: 'empty JSON body: null', type: 'application/json', body: '', want: null },
];

describe('response media: what await gives', () => {
  it.each(cases)('$name', async ({ type, body, want }) => {
    const response = new Response(body, { headers: { 'content-type': type } });
    const got = await parseResponse({ response, controller: new AbortController(), spec, options: {}, requestIdHeader: 'x-request-id' });
    expect(got).toEqual(want);
  });

  it('binary: the Response itself, unread', async () => {
    const response = new Response('bytes', { headers: { 'content-type': 'application/json' } });
    const got = await parseResponse({ response, controller: new AbortController(), spec: { ...spec, binary: true }, options: {}, requestIdHeader: 'x-request-id' });
    expect(got).toBe(response);
    expect(response.bodyUsed).toBe(false);
  });
});

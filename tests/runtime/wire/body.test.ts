import { describe, expect, it } from 'vitest';
import { encodeBody } from '../../../templates/runtime/core/body.js';
import type { RequestSpec } from '../../../templates/runtime/core/request-spec.js';

const spec = (extra: Partial<RequestSpec>): RequestSpec => ({ method: 'post', path: '/x', ...extra });

/** The body as text (FormData: `name=value` lines, files as `name=<file type>`). */
async function text(body: BodyInit | undefined): Promise<string | undefined> {
  if (body === undefined) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof FormData) {
    const lines: string[] = [];
    for (const [k, v] of body) lines.push(typeof v === 'string' ? `${k}=${v}` : `${k}=<${v.type}>${await v.text()}`);
    return lines.join('\n');
  }
  return new Response(body).text();
}

const cases: { name: string; spec: RequestSpec; want: { body: string | undefined; contentType: string | undefined } }[] = [
  { name: 'json', spec: spec({ body: { a: 1 } }), want: { body: '{"a":1}', contentType: 'application/json' } },
  {
    name: 'json vendor type',
    spec: spec({ body: { a: 1 }, contentType: 'application/merge-patch+json' }),
    want: { body: '{"a":1}', contentType: 'application/merge-patch+json' },
  },
  { name: 'json: a string the caller encoded is sent as is', spec: spec({ body: 'x=1' }), want: { body: 'x=1', contentType: undefined } },
  { name: 'json string when bodyType says json', spec: spec({ body: 'x', bodyType: 'json' }), want: { body: '"x"', contentType: 'application/json' } },
  { name: 'no body', spec: spec({}), want: { body: undefined, contentType: undefined } },
  {
    name: 'form: default brackets',
    spec: spec({ bodyType: 'form', body: { name: 'a b', tags: ['x', 'y'], skip: undefined } }),
    want: { body: 'name=a%20b&tags[]=x&tags[]=y', contentType: 'application/x-www-form-urlencoded' },
  },
  {
    name: 'form: encoding styles',
    spec: spec({
      bodyType: 'form',
      body: { tags: ['x', 'y'], ids: [1, 2], pipes: [1, 2], addr: { city: 'P', zip: 1 } },
      encoding: {
        tags: { style: 'form', explode: true },
        ids: { style: 'spaceDelimited' },
        pipes: { style: 'pipeDelimited' },
        addr: { style: 'deepObject', explode: true },
      },
    }),
    want: {
      body: 'tags=x&tags=y&ids=1%202&pipes=1|2&addr[city]=P&addr[zip]=1',
      contentType: 'application/x-www-form-urlencoded',
    },
  },
  { name: 'text', spec: spec({ bodyType: 'text', body: 'hello' }), want: { body: 'hello', contentType: 'text/plain' } },
  {
    name: 'text with its type',
    spec: spec({ bodyType: 'text', body: 'a,b', contentType: 'text/csv' }),
    want: { body: 'a,b', contentType: 'text/csv' },
  },
  {
    name: 'binary bytes',
    spec: spec({ bodyType: 'binary', body: new TextEncoder().encode('PNG'), contentType: 'image/png' }),
    want: { body: 'PNG', contentType: 'image/png' },
  },
  {
    name: 'binary Blob, default type',
    spec: spec({ bodyType: 'binary', body: new Blob(['raw']) }),
    want: { body: 'raw', contentType: 'application/octet-stream' },
  },
  {
    name: 'multipart: encoding entries',
    spec: spec({
      bodyType: 'multipart',
      body: { meta: { a: 1 }, tags: ['x', 'y'], csv: [1, 2], nested: { k: 'v' }, file: new Blob(['F'], { type: 'text/plain' }) },
      encoding: {
        meta: { style: 'form', contentType: 'application/json' },
        tags: { style: 'form', explode: true },
        csv: { style: 'form', explode: false },
      },
    }),
    want: {
      body: 'meta=<application/json>{"a":1}\ntags=x\ntags=y\ncsv=1,2\nnested[k]=v\nfile=<text/plain>F',
      contentType: undefined,
    },
  },
];

describe('request bodies by media type', () => {
  it.each(cases)('$name', async ({ spec, want }) => {
    const got = await encodeBody(spec);
    expect({ body: await text(got.body), contentType: got.contentType }).toEqual(want);
  });
});

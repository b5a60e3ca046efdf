import { describe, expect, it } from 'vitest';
import { annotateBinary } from '../../generator/annotate/binary.js';
import { annotateWire } from '../../generator/annotate/wire/index.js';
import type { SdkConfig } from '../../generator/config/types.js';
import type { IRMediaContent, IRRequestMedia, IRResponseMedia } from '../../generator/ir/types.js';
import { arr, bin, doc, int, json, media, obj, op, str } from './ir-builders.js';

const cfg = (extra: Partial<SdkConfig>): SdkConfig => ({ client: { name: 'C' }, ...extra });
const form = (schema = obj({ a: str() }), encoding?: IRMediaContent['encoding']): IRMediaContent => ({
  mediaType: 'application/x-www-form-urlencoded',
  schema,
  ...(encoding ? { encoding } : {}),
});
const multipart = (schema = obj({ file: bin() })): IRMediaContent => ({ mediaType: 'multipart/form-data', schema });

const bodies: { name: string; body: IRMediaContent[]; config?: SdkConfig; want: IRRequestMedia | undefined }[] = [
  { name: 'JSON', body: [json(obj({}))], want: { mediaType: 'application/json', kind: 'json' } },
  { name: 'vendor +json', body: [media('application/vnd.api+json', obj({}))], want: { mediaType: 'application/vnd.api+json', kind: 'json' } },
  { name: 'JSON wins over multipart', body: [multipart(), json(obj({}))], want: { mediaType: 'application/json', kind: 'json' } },
  {
    name: 'config preference: multipart first',
    body: [multipart(), json(obj({}))],
    config: cfg({ wire: { requestMediaTypes: ['multipart/form-data'] } }),
    want: { mediaType: 'multipart/form-data', kind: 'multipart' },
  },
  {
    name: 'operation override beats the preference',
    body: [multipart(), json(obj({}))],
    config: cfg({ wire: { requestMediaTypes: ['multipart/form-data'] }, operations: { o: { requestMediaType: 'application/json' } } }),
    want: { mediaType: 'application/json', kind: 'json' },
  },
  { name: 'form before multipart', body: [multipart(), form()], want: { mediaType: 'application/x-www-form-urlencoded', kind: 'form' } },
  { name: 'text before binary', body: [media('application/octet-stream'), media('text/plain', str())], want: { mediaType: 'text/plain', kind: 'text' } },
  { name: 'binary image', body: [media('image/png')], want: { mediaType: 'image/png', kind: 'binary' } },
  {
    name: 'form: arrays and objects get form/explode; scalars need nothing',
    body: [form(obj({ a: str(), tags: arr(str()), meta: obj({}) }))],
    want: {
      mediaType: 'application/x-www-form-urlencoded',
      kind: 'form',
      encoding: { tags: { style: 'form', explode: true }, meta: { style: 'form', explode: true } },
    },
  },
  {
    name: 'form: encoding entries as given',
    body: [form(obj({ ids: arr(int()), f: obj({}), u: str() }), {
      ids: { style: 'pipeDelimited' },
      f: { style: 'deepObject', explode: true },
      u: { allowReserved: true },
    })],
    want: {
      mediaType: 'application/x-www-form-urlencoded',
      kind: 'form',
      encoding: {
        ids: { style: 'pipeDelimited', explode: false },
        f: { style: 'deepObject', explode: true },
        u: { style: 'form', explode: true, allowReserved: true },
      },
    },
  },
  {
    name: 'multipart: an object property is a JSON part, files are left to the runtime',
    body: [multipart(obj({ file: bin(), meta: obj({}), tags: arr(str()), n: int() }))],
    want: {
      mediaType: 'multipart/form-data',
      kind: 'multipart',
      encoding: { meta: { style: 'form', explode: true, contentType: 'application/json' }, tags: { style: 'form', explode: true } },
    },
  },
  {
    name: 'multipart with the house style: brackets, over JSON part types; other part types stay',
    body: [{
      ...multipart(obj({ meta: obj({}), tags: arr(str()), sdp: str() })),
      encoding: { meta: { contentType: 'application/json' }, sdp: { contentType: 'application/sdp' } },
    }],
    config: cfg({ wire: { arrayFormat: 'brackets', objectFormat: 'brackets' } }),
    want: {
      mediaType: 'multipart/form-data',
      kind: 'multipart',
      encoding: {
        meta: { style: 'brackets', explode: true },
        tags: { style: 'brackets', explode: true },
        sdp: { style: 'form', explode: true, contentType: 'application/sdp' },
      },
    },
  },
  {
    name: 'multipart: an encoding contentType as given',
    body: [{ ...multipart(obj({ meta: obj({}) })), encoding: { meta: { contentType: 'application/vnd.x+json' } } }],
    want: {
      mediaType: 'multipart/form-data',
      kind: 'multipart',
      encoding: { meta: { style: 'form', explode: true, contentType: 'application/vnd.x+json' } },
    },
  },
];

describe('annotate/wire: request body media type', () => {
  it.each(bodies)('$name', ({ body, config, want }) => {
    const ir = doc([op('post', '/x', { id: 'o', body })]);
    annotateWire(ir, config);
    expect(ir.operations[0]!.requestMedia).toEqual(want);
  });

  it('a GET with a body: left out, with a warning', () => {
    const ir = doc([op('get', '/x', { body: [json(obj({}))] })]);
    annotateWire(ir);
    expect(ir.operations[0]!.requestMedia).toBeUndefined();
    expect(ir.diagnostics).toMatchObject([{ level: 'warning', stage: 'annotate', message: expect.stringMatching(/GET request cannot carry a body/) }]);
  });
});

const responses: { name: string; ok: IRMediaContent[]; want: IRResponseMedia | undefined; binary: boolean }[] = [
  { name: 'JSON + XML: JSON', ok: [media('application/xml', obj({})), json(obj({}))], want: { mediaType: 'application/json', kind: 'json' }, binary: false },
  { name: 'problem+json', ok: [media('application/problem+json', obj({}))], want: { mediaType: 'application/problem+json', kind: 'json' }, binary: false },
  { name: 'vendor +json', ok: [media('application/vnd.foo+json', obj({}))], want: { mediaType: 'application/vnd.foo+json', kind: 'json' }, binary: false },
  { name: 'text/plain: a string', ok: [media('text/plain', str())], want: { mediaType: 'text/plain', kind: 'text' }, binary: false },
  { name: 'text before binary', ok: [media('image/png'), media('text/csv')], want: { mediaType: 'text/csv', kind: 'text' }, binary: false },
  { name: 'binary', ok: [media('application/pdf')], want: { mediaType: 'application/pdf', kind: 'binary' }, binary: true },
  { name: 'SSE only: a stream', ok: [media('text/event-stream', str())], want: { mediaType: 'text/event-stream', kind: 'stream' }, binary: false },
  { name: 'no content', ok: [], want: undefined, binary: false },
];

describe('annotate/binary: response media type by rule', () => {
  it.each(responses)('$name', ({ ok, want, binary }) => {
    const ir = doc([op('get', '/x', { ok })]);
    annotateBinary(ir);
    expect(ir.operations[0]!.responseMedia).toEqual(want);
    expect(!!ir.operations[0]!.binary).toBe(binary);
  });
});

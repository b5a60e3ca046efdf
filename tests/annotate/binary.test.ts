import { describe, expect, it } from 'vitest';
import { annotateBinary } from '../../generator/annotate/binary.js';
import type { SdkConfig } from '../../generator/config/types.js';
import { bin, doc, json, media, obj, op, str } from './ir-builders.js';

const cfg = (binary: boolean): SdkConfig => ({ client: { name: 'C' }, operations: { dl: { binary } } });

const cases: {
  name: string;
  ok: ReturnType<typeof json>[];
  config?: SdkConfig;
  want: string[] | undefined;
}[] = [
  { name: 'audio', ok: [media('audio/mpeg', bin())], want: ['audio/mpeg'] },
  {
    name: 'octet-stream next to SSE',
    ok: [media('application/octet-stream', bin()), media('text/event-stream', obj({}))],
    want: ['application/octet-stream'],
  },
  {
    name: 'video and image variants next to JSON: JSON wins',
    ok: [media('video/mp4'), media('image/webp'), json(obj({}))],
    want: undefined,
  },
  {
    name: 'zip archive with parameters',
    ok: [media('application/zip; charset=binary')],
    want: ['application/zip'],
  },
  { name: 'JSON only', ok: [json(obj({ id: str() }))], want: undefined },
  { name: 'problem+json only', ok: [media('application/problem+json', obj({}))], want: undefined },
  { name: 'no content', ok: [], want: undefined },
  {
    name: 'config forces binary for a JSON-declared download',
    ok: [json(str())],
    config: cfg(true),
    want: ['application/octet-stream'],
  },
  {
    name: 'config suppresses binary',
    ok: [media('application/sdp', str())],
    config: cfg(false),
    want: undefined,
  },
];

describe('annotate/binary', () => {
  it.each(cases)('$name', ({ ok, config, want }) => {
    const ir = doc([op('get', '/files/{id}/content', { id: 'dl', ok })]);
    annotateBinary(ir, config);
    expect(ir.operations[0]!.binary?.mediaTypes).toEqual(want);
  });

  it('error responses do not count', () => {
    const ir = doc([
      op('get', '/x', {
        responses: [{ contents: [json(obj({}))] }, { status: '500', contents: [media('text/html')] }],
      }),
    ]);
    annotateBinary(ir);
    expect(ir.operations[0]!.binary).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { annotateStreaming } from '../../generator/annotate/streaming.js';
import { formatDiagnostic } from '../../generator/errors.js';
import type { IRDocument, IRStreaming } from '../../generator/ir/types.js';
import { allOf, bool, doc, enumOf, json, media, obj, op, ref, union, bin, str } from './ir-builders.js';

const Event = obj({ type: str() });
const schemas = { Event, Run: obj({ id: str() }), Req: obj({ stream: union(bool(), str()) }) };

const cases: {
  name: string;
  ir: IRDocument;
  config?: Parameters<typeof annotateStreaming>[1];
  want: Partial<IRStreaming> | undefined;
}[] = [
  {
    name: 'SSE response + boolean stream flag',
    ir: doc(
      [
        op('post', '/chat', {
          body: [json(obj({ stream: bool() }))],
          ok: [json(ref('Run')), media('text/event-stream', ref('Event'))],
        }),
      ],
      schemas,
    ),
    want: { flag: 'stream', event: ref('Event'), status: '200', source: 'spec' },
  },
  {
    name: 'flag found through a ref, allOf and a union',
    ir: doc(
      [
        op('post', '/x', {
          body: [json(allOf(obj({ a: str() }), ref('Req')))],
          ok: [media('text/event-stream; charset=utf-8', ref('Event'))],
        }),
      ],
      schemas,
    ),
    want: { flag: 'stream', source: 'spec' },
  },
  {
    name: 'enum flag offering sse (stream_format)',
    ir: doc(
      [
        op('post', '/speech', {
          body: [json(obj({ stream_format: enumOf('sse', 'audio') }))],
          ok: [media('application/octet-stream', bin()), media('text/event-stream', ref('Event'))],
        }),
      ],
      schemas,
    ),
    want: { flag: 'stream_format', flagValue: 'sse', source: 'spec' },
  },
  {
    name: 'always streams: no flag',
    ir: doc([op('get', '/events', { ok: [media('text/event-stream', ref('Event'))] })], schemas),
    want: { event: ref('Event'), source: 'spec' },
  },
  {
    name: 'SSE content with no schema: unknown event',
    ir: doc([op('get', '/events', { ok: [media('text/event-stream')] })], schemas),
    want: { event: { kind: 'unknown', pointer: '#' }, source: 'spec' },
  },
  {
    name: 'SSE only on an error response: not streaming',
    ir: doc(
      [
        op('post', '/x', {
          responses: [
            { contents: [json(Event)] },
            { status: '400', contents: [media('text/event-stream', Event)] },
          ],
        }),
      ],
      schemas,
    ),
    want: undefined,
  },
  {
    name: 'config adds a stream the spec is silent about',
    ir: doc(
      [
        op('post', '/runs', {
          id: 'createRun',
          body: [json(obj({ stream: bool() }))],
          ok: [json(ref('Run'))],
        }),
      ],
      schemas,
    ),
    config: { client: { name: 'C' }, operations: { createRun: { streaming: { event: 'Event' } } } },
    want: {
      flag: 'stream',
      event: { kind: 'ref', name: 'Event', pointer: '#/components/schemas/Event' },
      status: '200',
      source: 'config',
    },
  },
];

describe('annotate/streaming', () => {
  it.each(cases)('$name', ({ ir, config, want }) => {
    annotateStreaming(ir, config);
    const got = ir.operations[0]!.streaming;
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject(want);
    if (want && !('flag' in want)) expect(got?.flag).toBeUndefined();
  });

  it('spec wins over config when both declare a stream', () => {
    const ir = doc(
      [op('post', '/chat', { id: 'chat', ok: [media('text/event-stream', ref('Event'))] })],
      schemas,
    );
    annotateStreaming(ir, { client: { name: 'C' }, operations: { chat: { streaming: { event: 'Run' } } } });
    expect(ir.operations[0]!.streaming).toMatchObject({ source: 'spec', event: ref('Event') });
  });

  it('a config event that is not a schema is a config warning listing close names, and no stream', () => {
    const ir = doc([op('post', '/runs', { id: 'createRun' })], schemas);
    annotateStreaming(ir, {
      client: { name: 'C' },
      file: 'x.sdk.yaml',
      operations: { createRun: { streaming: { event: 'Evnt' } } },
    });
    expect(ir.operations[0]!.streaming).toBeUndefined();
    expect(ir.diagnostics).toHaveLength(1);
    expect(formatDiagnostic(ir.diagnostics[0]!)).toMatch(
      /^warning \[config\] x\.sdk\.yaml #\/operations\/createRun\/streaming\/event: streaming event "Evnt".*\(expected one of "Event"/,
    );
  });
});

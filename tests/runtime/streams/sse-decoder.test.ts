import { describe, expect, it } from 'vitest';
import { SSEDecoder, iterateSSE, type ServerSentEvent } from '../../../templates/runtime/core/sse.js';
import { chunked, collect, encode } from './helpers.js';

const ev = (data: string, extra: Partial<ServerSentEvent> = {}): ServerSentEvent => ({
  event: null,
  data,
  id: null,
  retry: null,
  ...extra,
});

function decode(chunks: (string | Uint8Array)[]): ServerSentEvent[] {
  const d = new SSEDecoder();
  const out: ServerSentEvent[] = [];
  for (const c of chunks) out.push(...d.push(typeof c === 'string' ? encode(c) : c));
  return [...out, ...d.end()];
}

describe('SSEDecoder', () => {
  it.each([
    ['LF', 'data: a\n\ndata: b\n\n'],
    ['CRLF', 'data: a\r\n\r\ndata: b\r\n\r\n'],
    ['CR', 'data: a\r\rdata: b\r\r'],
    ['mixed', 'data: a\r\n\rdata: b\n\r\n'],
  ])('splits frames on %s line endings', (_name, text) => {
    expect(decode([text])).toEqual([ev('a'), ev('b')]);
  });

  it('reads every field, ignores comments and unknown fields, keeps the id across frames', () => {
    const text = ': hello\nevent: update\nid: 42\nretry: 1500\nfoo: bar\ndata: x\n\ndata\n\ndata:y\ndata:  z\n\n';
    const d = new SSEDecoder();
    expect([...d.push(encode(text)), ...d.end()]).toEqual([
      ev('x', { event: 'update', id: '42', retry: 1500 }),
      ev('', { id: '42' }),
      ev('y\n z', { id: '42' }),
    ]);
    expect(d.reconnectionTime).toBe(1500);
  });

  it('ignores a non-numeric retry and an id containing NUL, and frames without data', () => {
    expect(decode(['retry: 1s\nid: a\0b\ndata: 1\n\nevent: lonely\n\n'])).toEqual([ev('1')]);
  });

  it('reports an empty event name as the default (null)', () => {
    expect(decode(['event:\ndata: a\n\n'])).toEqual([ev('a')]);
  });

  it('joins multi-line data with \\n', () => {
    expect(decode(['data: {"a":\ndata: 1}\n\n'])).toEqual([ev('{"a":\n1}')]);
  });

  it('treats a CR ending one chunk and a LF starting the next as one line break', () => {
    // Counted as two breaks, the pair would make an empty line and split "a" and "b" into two frames.
    expect(decode(['data: a\r', '\ndata: b\r\n\r\n'])).toEqual([ev('a\nb')]);
    expect(decode(['data: a\r', '\n', '\r', '\ndata: b\r\n\r\n'])).toEqual([ev('a'), ev('b')]);
  });

  it('dispatches a last frame without a trailing newline at EOF', () => {
    expect(decode(['data: a\n\ndata: [DONE]'])).toEqual([ev('a'), ev('[DONE]')]);
    expect(decode(['data: a\n'])).toEqual([ev('a')]);
  });

  it('strips a leading BOM only', () => {
    expect(decode(['\uFEFFdata: a\n\ndata: \uFEFFb\n\n'])).toEqual([ev('a'), ev('\uFEFFb')]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    expect(decode([bom.slice(0, 1), bom.slice(1), 'data: a\n\n'])).toEqual([ev('a')]);
  });

  it('keeps multi-byte UTF-8 characters whole at every split position', () => {
    const text = 'data: {"t":"é€😀"}\r\n\r\nevent: ü\rdata: 😀\r\r';
    const bytes = encode(text);
    const want = [ev('{"t":"é€😀"}'), ev('😀', { event: 'ü' })];
    for (let at = 0; at <= bytes.length; at++) {
      expect(decode([bytes.slice(0, at), bytes.slice(at)]), `split at ${at}`).toEqual(want);
    }
    expect(decode([...bytes].map((b) => new Uint8Array([b])))).toEqual(want);
  });

  it('carries a long line over many chunks', () => {
    const long = 'x'.repeat(100_000);
    const bytes = encode(`data: ${long}\n\n`);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 1000) chunks.push(bytes.slice(i, i + 1000));
    expect(decode(chunks)).toEqual([ev(long)]);
  });

  it('iterateSSE decodes a whole byte stream', async () => {
    const frames = await collect(iterateSSE(chunked([encode('data: 1\n'), encode('\ndata: 2\n\n')])));
    expect(frames.map((f) => f.data)).toEqual(['1', '2']);
  });
});

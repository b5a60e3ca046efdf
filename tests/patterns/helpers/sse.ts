/**
 * SSE response scripts for the stream tests: the bytes a server sends (cut into small chunks
 * that split CRLF pairs and UTF-8 characters), and the events a correct reader gets from them.
 */
import type { ServerResponse } from 'node:http';

/** Frames with a comment, id/retry fields, CRLF, LF and CR line ends, multi-line data, UTF-8. */
export const HAPPY_TEXT =
  ': connected\r\n\r\n' +
  'id: 1\r\nretry: 1000\r\ndata: {"n":1,"text":"café"}\r\n\r\n' +
  'data: {"n":2,\ndata: "multi":true}\n\n' +
  'event: thing.delta\rdata: {"n":3,"emoji":"🙂"}\r\r' +
  ': keep-alive\n\n' +
  'data: {"n":4,"text":"日本語"}\n\n' +
  'data: [DONE]\n\n' +
  'data: {"n":99,"after":"done"}\n\n';

export const HAPPY_EVENTS = [
  { n: 1, text: 'café' },
  { n: 2, multi: true },
  { n: 3, emoji: '🙂' },
  { n: 4, text: '日本語' },
];

/** `text` as UTF-8, cut every `size` bytes (so multi-byte characters and CRLF pairs are split). */
export function chunked(text: string, size = 5): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** An SSE frame carrying `data` as JSON, with an optional event name. */
export function frame(data: unknown, event?: string): string {
  return (event ? `event: ${event}\n` : '') + `data: ${JSON.stringify(data)}\n\n`;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Starts an SSE response and writes `chunks` one by one, each after a short pause. */
export async function writeSSE(res: ServerResponse, chunks: Buffer[], end = true): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-request-id': 'req_sse' });
  res.flushHeaders();
  for (const chunk of chunks) {
    if (res.destroyed) return;
    res.write(chunk);
    await pause();
  }
  if (end) res.end();
}

/** Collects what a stream yields, and the error it ends with (if any). */
export async function drain<T>(stream: AsyncIterable<T>): Promise<{ events: T[]; error?: unknown }> {
  const events: T[] = [];
  try {
    for await (const event of stream) {
      events.push(event);
      if (events.length > 1_000) throw new Error('stream did not end after 1000 events');
    }
    return { events };
  } catch (error) {
    return { events, error };
  }
}

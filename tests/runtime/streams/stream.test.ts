import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, SDKError } from '../../../templates/runtime/core/error.js';
import { Stream } from '../../../templates/runtime/core/streaming.js';
import { collect, encode, sleep, splitAt, sseResponse, startServer, type TestServer } from './helpers.js';

type Chunk = { n: number; text?: string };

/** Resolves when the client closes the connection before the response finished. */
const closedEarly = new Map<string, Promise<boolean>>();
function track(name: string, res: ServerResponse): void {
  closedEarly.set(name, new Promise((resolve) => res.on('close', () => resolve(!res.writableFinished))));
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer(async (req, res) => {
    const route = new URL(req.url!, 'http://x').pathname.slice(1);
    track(route, res);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_123' });
    const send = (text: string) => res.write(text);
    if (route === 'done') {
      send('data: {"n":1}\n\ndata: {"n":2}\n\n: keep-alive\n\ndata: [DONE]\n\ndata: {"n":3}\n\n');
      return void res.end();
    }
    if (route === 'bytes') {
      // One write per byte, each after a macrotask, so characters arrive cut up.
      for (const byte of encode('data: {"n":1,"text":"héllo 😀"}\r\n\r\ndata: [DONE]\r\n\r\n')) {
        send(Buffer.from([byte]) as unknown as string);
        await new Promise((r) => setImmediate(r));
      }
      return void res.end();
    }
    if (route === 'error-event') {
      send('data: {"n":1}\n\nevent: error\ndata: {"error":{"message":"overloaded","type":"server_error","code":"busy"}}\n\n');
      return void (await sleep(5000), res.end());
    }
    if (route === 'error-payload') return void res.end('data: {"error":{"message":"bad thing","param":"x"}}\n\n');
    if (route === 'bad-json') return void res.end('data: {"n":1}\n\ndata: {not json\n\n');
    if (route === 'disconnect') {
      send('data: {"n":1}\n\n');
      await sleep(20);
      return void res.socket?.destroy();
    }
    if (route === 'forever') {
      for (let i = 0; i < 500 && !res.destroyed; i++) {
        send(`data: {"n":${i}}\n\n`);
        await sleep(10);
      }
      return void res.end();
    }
    res.end('data: [DONE]\n\n');
  });
});
afterAll(() => server.close());

async function open<T = Chunk>(route: string): Promise<Stream<T>> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/${route}`, { signal: controller.signal });
  return Stream.fromSSEResponse<T>(response, controller);
}

/** Waits for the server to report the connection closed, failing after a bound. */
async function serverSawClose(route: string): Promise<boolean> {
  return Promise.race([closedEarly.get(route)!, sleep(3000).then(() => 'timeout' as const)]) as Promise<boolean>;
}

describe('Stream over HTTP', () => {
  it('yields parsed events, skips comments and stops at [DONE]', async () => {
    expect(await collect(await open('done'))).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('reassembles characters delivered one byte at a time', async () => {
    expect(await collect(await open('bytes'))).toEqual([{ n: 1, text: 'héllo 😀' }]);
  });

  it('turns an error event into APIError and closes the connection', async () => {
    const stream = await open('error-event');
    const seen: Chunk[] = [];
    const error = await (async () => {
      for await (const chunk of stream) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ message: 'overloaded', type: 'server_error', code: 'busy', requestID: 'req_123' });
    expect(await serverSawClose('error-event')).toBe(true);
  });

  it('turns an {"error": ...} payload into APIError', async () => {
    const error = await collect(await open('error-payload')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ message: 'bad thing', param: 'x', status: undefined });
  });

  it('reports malformed JSON clearly, with the offending data', async () => {
    const error = await collect(await open('bad-json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SDKError);
    expect((error as Error).message).toMatch(/Could not parse the server-sent event message as JSON.*\{not json/);
  });

  it('surfaces a mid-stream disconnect as APIConnectionError instead of hanging', async () => {
    const stream = await open('disconnect');
    const seen: Chunk[] = [];
    const error = await (async () => {
      for await (const chunk of stream) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/connection closed before the stream ended/);
  });

  it('closes the connection when the loop breaks', async () => {
    const stream = await open('forever');
    const seen: number[] = [];
    for await (const chunk of stream) {
      seen.push(chunk.n);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(await serverSawClose('forever')).toBe(true);
    expect(stream.controller.signal.aborted).toBe(true);
  });

  it('controller.abort() ends the iteration with APIUserAbortError and closes the connection', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/forever?abort`, { signal: controller.signal });
    const stream = Stream.fromSSEResponse<Chunk>(response, controller);
    const seen: number[] = [];
    const error = await (async () => {
      for await (const chunk of stream) {
        seen.push(chunk.n);
        if (seen.length === 2) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual([0, 1]);
    expect(await serverSawClose('forever')).toBe(true);
  });
});

describe('Stream timeouts', () => {
  it('reports a timeout signal that fires mid-stream as APIConnectionTimeoutError', async () => {
    const controller = new AbortController();
    const timer = new AbortController(); // stands in for AbortSignal.timeout(), fired on cue
    const response = await fetch(`${server.url}/forever?timeout`, { signal: AbortSignal.any([controller.signal, timer.signal]) });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const chunk of Stream.fromSSEResponse<Chunk>(response, controller)) {
        if (seen.push(chunk.n) === 2) timer.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(seen).toEqual([0, 1]);
    expect(await serverSawClose('forever')).toBe(true);
  });
});

describe('Stream', () => {
  it('keeps multi-byte characters whole at every split position', async () => {
    const bytes = encode('data: {"n":1,"text":"ü€😀"}\n\ndata: [DONE]\n\n');
    for (let at = 0; at <= bytes.length; at++) {
      const stream = Stream.fromSSEResponse<Chunk>(sseResponse(splitAt(bytes, at)), new AbortController());
      expect(await collect(stream), `split at ${at}`).toEqual([{ n: 1, text: 'ü€😀' }]);
    }
  });

  it('answers next() calls made without awaiting in order', async () => {
    const body = [encode('data: {"n":1}\n\ndata: {"n'), encode('":2}\n\n'), encode('data: {"n":3}\n\n')];
    const it = Stream.fromSSEResponse<Chunk>(sseResponse(body), new AbortController())[Symbol.asyncIterator]();
    const results = await Promise.all([it.next(), it.next(), it.next(), it.next()]);
    expect(results).toEqual([
      { done: false, value: { n: 1 } },
      { done: false, value: { n: 2 } },
      { done: false, value: { n: 3 } },
      { done: true, value: undefined },
    ]);
  });

  it('refuses to be iterated twice', async () => {
    const stream = Stream.fromSSEResponse<Chunk>(sseResponse([encode('data: {"n":1}\n\n')]), new AbortController());
    expect(await collect(stream)).toEqual([{ n: 1 }]);
    await expect(collect(stream)).rejects.toThrow(/already iterated.*tee\(\)/);
  });

  it('wraps events with configured name prefixes as { event, data }', async () => {
    const body = encode('event: thread.created\ndata: {"id":"t"}\n\nevent: other\ndata: {"n":2}\n\n');
    const stream = Stream.fromSSEResponse(sseResponse([body]), new AbortController(), { wrapEventPrefixes: ['thread.'] });
    expect(await collect(stream)).toEqual([{ event: 'thread.created', data: { id: 't' } }, { n: 2 }]);
    const all = Stream.fromSSEResponse(sseResponse([body]), new AbortController(), { wrapEventPrefixes: [''] });
    expect(await collect(all)).toEqual([{ event: 'thread.created', data: { id: 't' } }, { event: 'other', data: { n: 2 } }]);
  });
});

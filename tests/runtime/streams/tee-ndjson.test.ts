import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDKError } from '../../../templates/runtime/core/error.js';
import { LineDecoder } from '../../../templates/runtime/core/ndjson.js';
import { Stream } from '../../../templates/runtime/core/streaming.js';
import { chunked, collect, encode, sleep, sseResponse, startServer, type TestServer } from './helpers.js';

const events = [{ n: 1, s: 'a\nb' }, { n: 2, s: 'ü😀' }, { n: 3, s: '"quoted"' }];
const sseBody = () => encode(events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('') + 'data: [DONE]\n\n');
const fromBody = () => Stream.fromSSEResponse<(typeof events)[number]>(sseResponse([sseBody()]), new AbortController());

let server: TestServer;
let closed: Promise<boolean> = Promise.resolve(false);
beforeAll(async () => {
  server = await startServer(async (_req, res) => {
    closed = new Promise((resolve) => res.on('close', () => resolve(!res.writableFinished)));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (let i = 0; i < 500 && !res.destroyed; i++) {
      res.write(`data: {"n":${i}}\n\n`);
      await sleep(10);
    }
    res.end();
  });
});
afterAll(() => server.close());

describe('tee', () => {
  it('gives both branches every event, read one after the other', async () => {
    const [left, right] = fromBody().tee();
    expect(await collect(left)).toEqual(events);
    expect(await collect(right)).toEqual(events);
  });

  it('works when the branches are read interleaved', async () => {
    const [left, right] = fromBody().tee();
    const a = left[Symbol.asyncIterator]();
    const b = right[Symbol.asyncIterator]();
    expect((await b.next()).value).toEqual(events[0]);
    expect((await a.next()).value).toEqual(events[0]);
    expect((await a.next()).value).toEqual(events[1]);
    expect((await b.next()).value).toEqual(events[1]);
    expect(await collect({ [Symbol.asyncIterator]: () => a })).toEqual(events.slice(2));
    expect(await collect({ [Symbol.asyncIterator]: () => b })).toEqual(events.slice(2));
  });

  it('closes the connection only when both branches have stopped', async () => {
    const controller = new AbortController();
    const response = await fetch(server.url, { signal: controller.signal });
    const [left, right] = Stream.fromSSEResponse<{ n: number }>(response, controller).tee();
    for await (const e of left) if (e.n === 1) break;
    expect(controller.signal.aborted).toBe(false);
    const seen: number[] = [];
    for await (const e of right) if (seen.push(e.n) === 4) break;
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(controller.signal.aborted).toBe(true);
    expect(await Promise.race([closed, sleep(3000).then(() => 'timeout')])).toBe(true);
  });
});

describe('toReadableStream / fromReadableStream', () => {
  it('round-trips the events as newline-delimited JSON', async () => {
    const readable = fromBody().toReadableStream();
    const text = await new Response(readable).text();
    expect(text).toBe(events.map((e) => JSON.stringify(e) + '\n').join(''));
    const back = Stream.fromReadableStream(new Response(text).body!, new AbortController());
    expect(await collect(back)).toEqual(events);
  });

  it('reads NDJSON cut at every byte position', async () => {
    const bytes = encode(events.map((e) => JSON.stringify(e)).join('\r\n'));
    for (let at = 0; at <= bytes.length; at++) {
      const stream = Stream.fromReadableStream(chunked([bytes.slice(0, at), bytes.slice(at)]), new AbortController());
      expect(await collect(stream), `split at ${at}`).toEqual(events);
    }
  });

  it('marks the source consumed and reports a bad line', async () => {
    const stream = fromBody();
    stream.toReadableStream();
    expect(() => stream.toReadableStream()).toThrow(SDKError);
    const bad = Stream.fromReadableStream(chunked([encode('{"n":1}\nnope\n')]), new AbortController());
    await expect(collect(bad)).rejects.toThrow(/Could not parse a stream line as JSON.*nope/);
  });

  it('cancelling the readable closes the HTTP connection', async () => {
    const controller = new AbortController();
    const response = await fetch(server.url, { signal: controller.signal });
    const reader = Stream.fromSSEResponse(response, controller).toReadableStream().getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('{"n":0}\n');
    await reader.cancel();
    expect(await Promise.race([closed, sleep(3000).then(() => 'timeout')])).toBe(true);
  });
});

describe('LineDecoder', () => {
  it('drops empty lines and strips CR', () => {
    const d = new LineDecoder();
    expect([...d.push(encode('a\r\n\nb')), ...d.push(encode('c\n')), ...d.end()]).toEqual(['a', 'bc']);
  });
});

/**
 * How a chat completions stream from the generated package ends when the server misbehaves:
 * malformed frames, a dropped connection, error events and payloads; and what the caller
 * can do with a stream (break, abort, tee, round-trip through a ReadableStream).
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { startServer, type TestServer } from './helpers/server.js';
import { chunked, drain, frame, writeSSE } from './helpers/sse.js';

const pkg = await loadPackage();
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

const chunk = (n: number) => ({ id: 'chatcmpl_1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: `t${n}` } }] });
const chat = () => client.chat.completions.create({ model: 'm', messages: [], stream: true });

/** Resolves when the server sees the client close the connection (or rejects after 3 s). */
function closed(res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the client did not close the connection')), 3_000);
    res.on('close', () => (clearTimeout(timer), resolve()));
  });
}

describe('chat completions stream: bad input from the server', () => {
  it('a malformed frame ends the stream with an SDKError after the good events', async () => {
    server.handle((_req, res) => writeSSE(res, chunked(frame(chunk(1)) + 'data: {"id": oops\n\n' + frame(chunk(2)), 4)));
    const { events, error } = await drain(await chat());
    expect(events).toEqual([chunk(1)]);
    expect(error).toBeInstanceOf(pkg.SDKError);
    expect((error as Error).message).toContain('Could not parse');
    expect((error as Error).message).toContain('{"id": oops');
  });

  it('a connection dropped mid-stream is an APIConnectionError after the delivered events', async () => {
    server.handle(async (_req, res) => {
      await writeSSE(res, chunked(frame(chunk(1)) + frame(chunk(2)) + 'data: {"half', 7), false);
      res.socket?.destroy();
    });
    const { events, error } = await drain(await chat());
    expect(events).toEqual([chunk(1), chunk(2)]);
    expect(error).toBeInstanceOf(pkg.APIConnectionError);
  });

  it('an `event: error` frame becomes an APIError with the server message and request id', async () => {
    const payload = { error: { message: 'The server is overloaded', type: 'server_error', code: 'overloaded' } };
    server.handle((_req, res) => writeSSE(res, chunked(frame(chunk(1)) + frame(payload, 'error') + frame(chunk(2)), 6)));
    const { events, error } = await drain(await chat());
    expect(events).toEqual([chunk(1)]);
    expect(error).toBeInstanceOf(pkg.APIError);
    expect((error as Error).message).toContain('The server is overloaded');
    expect((error as { requestID?: string }).requestID).toBe('req_sse');
  });

  it('a data payload carrying `error` becomes an APIError too', async () => {
    server.handle((_req, res) => writeSSE(res, chunked(frame({ error: { message: 'quota exceeded', type: 'insufficient_quota' } }))));
    const { events, error } = await drain(await chat());
    expect(events).toEqual([]);
    expect(error).toBeInstanceOf(pkg.APIError);
    expect((error as Error).message).toContain('quota exceeded');
  });
});

describe('chat completions stream: what the caller does', () => {
  it('breaking out of for await closes the connection', async () => {
    let done: Promise<void> | undefined;
    server.handle(async (_req, res) => {
      done = closed(res);
      await writeSSE(res, [Buffer.from(frame(chunk(1)) + frame(chunk(2)))], false);
    });
    const seen: unknown[] = [];
    for await (const event of await chat()) {
      seen.push(event);
      break;
    }
    expect(seen).toEqual([chunk(1)]);
    await done;
  });

  it('controller.abort() stops the stream with APIUserAbortError and closes the connection', async () => {
    let done: Promise<void> | undefined;
    server.handle(async (_req, res) => {
      done = closed(res);
      await writeSSE(res, [Buffer.from(frame(chunk(1)))], false);
    });
    const stream = await chat();
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(chunk(1));
    stream.controller.abort();
    await expect(iterator.next()).rejects.toThrow(/abort/i);
    await done;
  });

  it('tee() gives two streams that each see every event', async () => {
    server.handle((_req, res) => writeSSE(res, chunked(frame(chunk(1)) + frame(chunk(2)) + 'data: [DONE]\n\n', 3)));
    const [left, right] = (await chat()).tee();
    const [a, b] = await Promise.all([drain(left), drain(right)]);
    expect(a).toEqual({ events: [chunk(1), chunk(2)] });
    expect(b).toEqual({ events: [chunk(1), chunk(2)] });
  });

  it('toReadableStream() and Stream.fromReadableStream() round-trip the events', async () => {
    server.handle((_req, res) => writeSSE(res, chunked(frame(chunk(1)) + frame(chunk(2)) + 'data: [DONE]\n\n', 3)));
    const bytes = (await chat()).toReadableStream();
    const back = pkg.Stream.fromReadableStream(bytes, new AbortController());
    expect(await drain(back)).toEqual({ events: [chunk(1), chunk(2)] });
  });

  it('a stream can be read once', async () => {
    server.handle((_req, res) => writeSSE(res, chunked('data: [DONE]\n\n')));
    const stream = await chat();
    expect(await drain(stream)).toEqual({ events: [] });
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/once/);
  });
});

/**
 * `client.chat.completions.stream()` against recorded transcripts from a local server: events,
 * the growing snapshot, split chunks, tool-call argument deltas, refusal, `[DONE]`, an error
 * event mid-stream, abort in the middle and async iteration (replays: chat-stream-replay.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../patterns/helpers/server.js';
import { fixture, sendSSE, setup, type Module } from './package.js';

let server: TestServer;
let openai: Module;
let runtime: Module;
const params = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Say hello' }] };

beforeAll(async () => {
  ({ server, openai, runtime } = await setup());
});
afterAll(() => server.close());

function serve(name: string, pieceBytes = 0, hold = false): void {
  server.handle((_req, res) => sendSSE(res, fixture(name), pieceBytes, hold));
}

/** Every event name and its payload, in order, until the stream ends. */
async function record(stream: Module, names: string[]): Promise<[string, unknown][]> {
  const seen: [string, unknown][] = [];
  for (const name of names) stream.on(name, (...args: unknown[]) => seen.push([name, args.length > 1 ? args : args[0]]));
  await stream.done().catch(() => undefined);
  return seen;
}

describe('chat.completions.stream', () => {
  it.each([
    { pieces: 0, why: 'whole transcript in one write' },
    { pieces: 7, why: 'split every 7 bytes (events, lines and the UTF-8 snowman cut)' },
    { pieces: 1, why: 'one byte at a time' },
  ])('content events and the final completion ($why)', async ({ pieces }) => {
    serve('chat-text.sse', pieces);
    const stream = openai.chat.completions.stream(params);
    const seen = await record(stream, ['content.delta', 'content.done', 'content', 'connect', 'end']);
    expect(seen.map(([n]) => n)).toEqual([
      'connect',
      ...['content', 'content.delta', 'content', 'content.delta', 'content', 'content.delta'],
      'content.done',
      'end',
    ]);
    expect(seen.filter(([n]) => n === 'content.delta').map(([, p]) => p)).toEqual([
      { delta: 'Hello', snapshot: 'Hello', parsed: null },
      { delta: ', wor', snapshot: 'Hello, wor', parsed: null },
      { delta: 'ld! ☃', snapshot: 'Hello, world! ☃', parsed: null },
    ]);
    const completion = await stream.finalChatCompletion();
    expect(completion).toMatchObject({
      id: 'chatcmpl-A1',
      object: 'chat.completion',
      usage: { total_tokens: 13 },
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Hello, world! ☃', refusal: null, parsed: null } }],
    });
    expect(await stream.finalContent()).toBe('Hello, world! ☃');
    expect(JSON.parse(server.requests[0]!.body.toString())).toMatchObject({ stream: true, model: 'gpt-4o' });
  });

  it('keeps a growing snapshot, passed with each chunk', async () => {
    serve('chat-text.sse');
    const stream = openai.chat.completions.stream(params);
    const snapshots: string[] = [];
    stream.on('chunk', (_chunk: unknown, snapshot: Module) => snapshots.push(snapshot.choices[0]?.message.content ?? ''));
    await stream.done();
    expect(snapshots).toEqual(['', 'Hello', 'Hello, wor', 'Hello, world! ☃', 'Hello, world! ☃', 'Hello, world! ☃']);
    expect(stream.currentChatCompletionSnapshot.choices[0].finish_reason).toBe('stop');
  });

  it('streams tool-call arguments split across chunks, each call done before the next', async () => {
    serve('chat-tool-calls.sse', 5);
    const stream = openai.chat.completions.stream({
      ...params,
      tools: [
        { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' }, strict: true } },
        { type: 'function', function: { name: 'get_time', parameters: { type: 'object' } } },
      ],
    });
    const seen = await record(stream, ['tool_calls.function.arguments.delta', 'tool_calls.function.arguments.done']);
    expect(seen.map(([n, p]) => `${n.split('.').at(-1)} ${(p as Module).index} ${(p as Module).arguments}`)).toEqual([
      'delta 0 ',
      'delta 0 {"ci',
      'delta 0 {"city": "Par',
      'delta 0 {"city": "Paris"}',
      'done 0 {"city": "Paris"}',
      'delta 1 ',
      'delta 1 {"zone": ',
      'delta 1 {"zone": "CET"}',
      'done 1 {"zone": "CET"}',
    ]);
    // strict tool: arguments parsed as they grow and when done; the other tool is not parsed
    expect(seen[2]![1]).toMatchObject({ parsed_arguments: {}, arguments_delta: 'ty": "Par' });
    expect(seen[4]![1]).toMatchObject({ name: 'get_weather', parsed_arguments: { city: 'Paris' } });
    expect(seen[8]![1]).toMatchObject({ name: 'get_time', parsed_arguments: null });
    const message = (await stream.finalChatCompletion()).choices[0].message;
    expect(message.tool_calls).toEqual([
      { id: 'call_weather1', type: 'function', function: { name: 'get_weather', arguments: '{"city": "Paris"}', parsed_arguments: { city: 'Paris' } } },
      { id: 'call_time2', type: 'function', function: { name: 'get_time', arguments: '{"zone": "CET"}', parsed_arguments: null } },
    ]);
    expect((await stream.finalFunctionToolCall()).name).toBe('get_time');
  });

  it('surfaces a refusal as refusal events and message.refusal, with nothing parsed', async () => {
    serve('chat-refusal.sse');
    const stream = openai.chat.completions.stream({
      ...params,
      response_format: { type: 'json_schema', json_schema: { name: 'person', schema: { type: 'object' }, strict: true } },
    });
    const seen = await record(stream, ['refusal.delta', 'refusal.done', 'content.done']);
    expect(seen).toEqual([
      ['refusal.delta', { delta: "I'm sorry, ", snapshot: "I'm sorry, " }],
      ['refusal.delta', { delta: "I can't help with that.", snapshot: "I'm sorry, I can't help with that." }],
      ['refusal.done', { refusal: "I'm sorry, I can't help with that." }],
    ]);
    const message = (await stream.finalChatCompletion()).choices[0].message;
    expect(message).toMatchObject({ content: null, refusal: "I'm sorry, I can't help with that.", parsed: null });
  });

  it('parses JSON content partially while it streams and fully when done', async () => {
    serve('chat-json.sse', 11);
    const stream = openai.chat.completions.stream({
      ...params,
      response_format: { type: 'json_schema', json_schema: { name: 'person', schema: { type: 'object' }, strict: true } },
    });
    const seen = await record(stream, ['content.delta', 'content.done']);
    expect(seen.map(([, p]) => (p as Module).parsed)).toEqual([
      { name: 'Ada' },
      { name: 'Ada Lovelace' },
      { name: 'Ada Lovelace', born: 1815 },
      { name: 'Ada Lovelace', born: 1815 },
    ]);
    expect((await stream.finalChatCompletion()).choices[0].message.parsed).toEqual({ name: 'Ada Lovelace', born: 1815 });
  });

  it('turns an error event mid-stream into the package APIError, on `error` and from the final promises', async () => {
    serve('chat-error.sse');
    const stream = openai.chat.completions.stream(params);
    const errors: unknown[] = [];
    stream.on('error', (e: unknown) => errors.push(e));
    const contents: string[] = [];
    stream.on('content', (d: string) => contents.push(d));
    const failure = await stream.finalChatCompletion().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(runtime.APIError);
    expect(failure.message).toContain('The server had an error while processing your request.');
    expect(errors).toEqual([failure]);
    expect(contents).toEqual(['Partial']);
    expect(stream.errored).toBe(true);
  });

  it('a request error (HTTP 400) rejects with the status subclass', async () => {
    server.handle((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'bad model', type: 'invalid_request_error', param: 'model', code: null } }));
    });
    const failure = await openai.chat.completions.stream(params).finalContent().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(runtime.BadRequestError);
    expect(failure.status).toBe(400);
  });

  it('abort() in the middle ends the stream with APIUserAbortError and closes the connection', async () => {
    serve('chat-text.sse', 40, true); // the server never ends the response
    const stream = openai.chat.completions.stream(params);
    const aborts: unknown[] = [];
    stream.on('abort', (e: unknown) => aborts.push(e));
    stream.on('content', () => stream.abort());
    const failure = await stream.done().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(runtime.APIUserAbortError);
    expect(aborts).toEqual([failure]);
    expect(stream.aborted).toBe(true);
    expect(stream.controller.signal.aborted).toBe(true);
  });

  it('the caller signal aborts it too', async () => {
    serve('chat-text.sse', 40, true);
    const controller = new AbortController();
    const stream = openai.chat.completions.stream(params, { signal: controller.signal });
    stream.on('content', () => controller.abort());
    await expect(stream.finalChatCompletion()).rejects.toBeInstanceOf(runtime.APIUserAbortError);
  });

  it('async iteration yields every chunk; leaving the loop early aborts the stream', async () => {
    serve('chat-text.sse', 3);
    const ids: number[] = [];
    for await (const chunk of openai.chat.completions.stream(params)) ids.push(chunk.choices.length);
    expect(ids).toEqual([1, 1, 1, 1, 1, 0]);
    serve('chat-text.sse', 40, true);
    const stream = openai.chat.completions.stream(params);
    for await (const chunk of stream) if (chunk.choices[0]?.delta.content) break;
    await expect(stream.done()).rejects.toBeInstanceOf(runtime.APIUserAbortError);
  });
});

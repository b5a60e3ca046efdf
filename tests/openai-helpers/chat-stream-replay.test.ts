/**
 * `ChatCompletionStream.fromReadableStream()`: replaying what `toReadableStream()` wrote, and a
 * hand-made NDJSON chunk stream with logprobs (delta events with the live list, one done).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../patterns/helpers/server.js';
import { fixture, load, sendSSE, setup, type Module } from './package.js';

let server: TestServer;
let openai: Module;
const params = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Say hello' }] };

beforeAll(async () => {
  ({ server, openai } = await setup());
});
afterAll(() => server.close());

describe('ChatCompletionStream.fromReadableStream', () => {
  it('logprobs arrive as delta events with the list so far, and once as done', async () => {
    const { ChatCompletionStream } = await load('lib/chat/chat-completion-stream');
    const lp = (token: string) => ({ token, logprob: -0.1, bytes: null, top_logprobs: [] });
    const chunk = (delta: object, logprobs: object | null, finish_reason: string | null = null) => ({
      id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm',
      choices: [{ index: 0, delta, logprobs, finish_reason }],
    });
    const lines = [
      chunk({ role: 'assistant', content: 'Hi' }, { content: [lp('Hi')], refusal: null }),
      chunk({ content: '!' }, { content: [lp('!')], refusal: null }),
      chunk({}, null, 'stop'),
    ].map((c) => JSON.stringify(c) + '\n');
    const body = new Blob(lines).stream();
    const stream = ChatCompletionStream.fromReadableStream(body);
    // the snapshot is the live list: its length is read when the event fires
    const seen: unknown[] = [];
    for (const name of ['logprobs.content.delta', 'logprobs.content.done']) {
      stream.on(name, (p: Module) => seen.push([name, p.content.map((t: Module) => t.token), p.snapshot?.length]));
    }
    await stream.done();
    expect(seen).toEqual([
      ['logprobs.content.delta', ['Hi'], 1],
      ['logprobs.content.delta', ['!'], 2],
      ['logprobs.content.done', ['Hi', '!'], undefined],
    ]);
    expect((await stream.finalChatCompletion()).choices[0].logprobs.content).toHaveLength(2);
  });

  it('toReadableStream() → ChatCompletionStream.fromReadableStream() replays the same completion', async () => {
    server.handle((_req, res) => sendSSE(res, fixture('chat-tool-calls.sse')));
    const { ChatCompletionStream } = await load('lib/chat/chat-completion-stream');
    const replay = ChatCompletionStream.fromReadableStream(openai.chat.completions.stream(params).toReadableStream());
    const message = (await replay.finalChatCompletion()).choices[0].message;
    expect(message.tool_calls.map((c: Module) => c.function.arguments)).toEqual(['{"city": "Paris"}', '{"zone": "CET"}']);
  });
});

/**
 * `chat.completions.runTools()` against a local server that answers with a scripted sequence
 * of completions: the loop, what is sent back, events, parse errors, a function that throws,
 * unknown functions, `maxChatCompletions`, zodFunction callbacks and abort.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sendJSON, type TestServer } from '../patterns/helpers/server.js';
import { fixture, sendSSE, setup, type Module } from './package.js';

let server: TestServer;
let openai: Module;
let runtime: Module;
let zod: Module;

beforeAll(async () => {
  ({ server, openai, runtime, zod } = await setup());
});
afterAll(() => server.close());

type Call = [name: string, args: string];

function completion(content: string | null, calls: Call[] = []): Module {
  const message: Module = { role: 'assistant', content, refusal: null };
  if (calls.length) {
    message.tool_calls = calls.map(([name, args], i) => ({ id: `call_${i}`, type: 'function', function: { name, arguments: args } }));
  }
  return {
    id: 'chatcmpl-R',
    object: 'chat.completion',
    created: 1730000000,
    model: 'gpt-4o',
    choices: [{ index: 0, finish_reason: calls.length ? 'tool_calls' : 'stop', logprobs: null, message }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

/** Answers request i with `script[i]` (the last one again after the end). */
function script(...answers: Module[]): void {
  let i = 0;
  server.handle((_req, res) => sendJSON(res, answers[Math.min(i++, answers.length - 1)]));
}

const sent = (i: number): Module => JSON.parse(server.requests[i]!.body.toString());
const params = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Weather and time in Paris?' }] };
const weather = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather of a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
    parse: JSON.parse,
    function: ({ city }: { city: string }) => ({ city, sky: 'clear' }),
  },
};
const time = {
  type: 'function',
  function: {
    name: 'get_time',
    description: 'Local time',
    parameters: { type: 'object' },
    function: async (raw: string) => `12:00 (${raw})`,
  },
};

describe('chat.completions.runTools', () => {
  it('calls the functions, sends their results back and stops when the model answers', async () => {
    script(completion(null, [['get_weather', '{"city":"Paris"}'], ['get_time', '{"zone":"CET"}']]), completion('Sunny, noon.'));
    const runner = openai.chat.completions.runTools({ ...params, tools: [weather, time] });
    const events: string[] = [];
    runner.on('functionToolCall', (f: Module) => events.push(`call ${f.name}`));
    runner.on('functionToolCallResult', (r: string) => events.push(`result ${r}`));
    runner.on('finalContent', (c: string) => events.push(`final ${c}`));
    expect(await runner.finalContent()).toBe('Sunny, noon.');
    expect(events).toEqual([
      'call get_weather',
      'call get_time',
      'result {"city":"Paris","sky":"clear"}',
      'result 12:00 ({"zone":"CET"})',
      'final Sunny, noon.',
    ]);
    expect(server.requests).toHaveLength(2);
    expect(sent(0).tools).toEqual([
      { type: 'function', function: { name: 'get_weather', description: 'Weather of a city', parameters: weather.function.parameters } },
      { type: 'function', function: { name: 'get_time', description: 'Local time', parameters: { type: 'object' } } },
    ]);
    expect(sent(1).messages).toEqual([
      params.messages[0],
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_0', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_1', type: 'function', function: { name: 'get_time', arguments: '{"zone":"CET"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_0', content: '{"city":"Paris","sky":"clear"}' },
      { role: 'tool', tool_call_id: 'call_1', content: '12:00 ({"zone":"CET"})' },
    ]);
    expect(runner.allFunctionCalls().map((f: Module) => f.name)).toEqual(['get_weather', 'get_time']);
    expect((await runner.totalUsage()).total_tokens).toBe(30);
    expect((await runner.finalChatCompletion()).choices[0].message.content).toBe('Sunny, noon.');
  });

  it('a parse error and an unknown function go back to the model as the tool result', async () => {
    script(completion(null, [['get_weather', '{not json'], ['get_moon', '{}']]), completion('Sorry.'));
    const runner = openai.chat.completions.runTools({ ...params, tools: [weather] });
    expect(await runner.finalContent()).toBe('Sorry.');
    const results = sent(1).messages.filter((m: Module) => m.role === 'tool').map((m: Module) => m.content);
    expect(results[0]).toMatch(/JSON/);
    expect(results[1]).toBe('Invalid tool_call: "get_moon". Available options are: "get_weather". Please try again');
  });

  it('a function that throws ends the run with its error, as the official runner does', async () => {
    script(completion(null, [['explode', '{}']]), completion('never'));
    const boom = new Error('kaboom');
    const explode = { type: 'function', function: { name: 'explode', parameters: {}, description: '', function: () => { throw boom; } } };
    const runner = openai.chat.completions.runTools({ ...params, tools: [explode] });
    const errors: unknown[] = [];
    runner.on('error', (e: unknown) => errors.push(e));
    const failure = await runner.finalContent().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(runtime.SDKError);
    expect(failure.message).toBe('kaboom');
    expect(failure.cause).toBe(boom);
    expect(errors).toEqual([failure]);
    expect(server.requests).toHaveLength(1);
  });

  it('stops after maxChatCompletions requests when the model keeps calling tools', async () => {
    script(completion(null, [['get_time', '{}']]));
    const after: number[] = [];
    const runner = openai.chat.completions.runTools(
      { ...params, tools: [time] },
      { maxChatCompletions: 3, afterCompletion: (_c: unknown, r: Module) => after.push(r.messages.length) },
    );
    expect(await runner.finalContent()).toBeNull();
    expect(server.requests).toHaveLength(3);
    expect(after).toEqual([3, 5, 7]); // user, then (assistant + tool) per turn
    expect((await runner.finalFunctionToolCall()).name).toBe('get_time');
    expect(await runner.finalFunctionToolCallResult()).toBe('12:00 ({})');
  });

  it('zodFunction tools get their parsed arguments', async () => {
    script(completion(null, [['book', '{"room":"B12","hours":2}']]), completion('Booked.'));
    const booked: unknown[] = [];
    const book = zod.zodFunction({
      name: 'book',
      parameters: z.object({ room: z.string(), hours: z.number() }),
      function: (args: unknown) => booked.push(args) && 'ok',
    });
    expect(await openai.chat.completions.runTools({ ...params, tools: [book] }).finalContent()).toBe('Booked.');
    expect(booked).toEqual([{ room: 'B12', hours: 2 }]);
    expect(sent(0).tools[0].function.strict).toBe(true);
  });

  it('with stream: true each request is streamed, with stream and runner events', async () => {
    let i = 0;
    const transcripts = ['chat-tool-calls.sse', 'chat-text.sse'];
    server.handle((_req, res) => sendSSE(res, fixture(transcripts[Math.min(i++, 1)]!), 23));
    const runner = openai.chat.completions.runTools({ ...params, stream: true, tools: [weather, time] });
    const events: string[] = [];
    runner.on('tool_calls.function.arguments.done', (e: Module) => events.push(`args ${e.name}`));
    runner.on('functionToolCallResult', (r: string) => events.push(`result ${r}`));
    runner.on('content.delta', (e: Module) => events.push(`delta ${e.delta}`));
    expect(await runner.finalContent()).toBe('Hello, world! ☃');
    expect(events).toEqual([
      'args get_weather',
      'args get_time',
      'result {"city":"Paris","sky":"clear"}',
      'result 12:00 ({"zone": "CET"})',
      'delta Hello',
      'delta , wor',
      'delta ld! ☃',
    ]);
    expect([sent(0).stream, sent(1).stream]).toEqual([true, true]);
    expect(sent(1).messages.at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_time2', content: '12:00 ({"zone": "CET"})' });
    expect(runner.allChatCompletions()).toHaveLength(2);
  });

  it('runner.abort() from inside a function ends the run with APIUserAbortError', async () => {
    script(completion(null, [['stop', '{}']]), completion('never'));
    const stop = {
      type: 'function',
      function: { name: 'stop', parameters: {}, description: '', function: (_: string, runner: Module) => (runner.abort(), 'stopped') },
    };
    const runner = openai.chat.completions.runTools({ ...params, tools: [stop] });
    await expect(runner.done()).rejects.toBeInstanceOf(runtime.APIUserAbortError);
    expect(runner.aborted).toBe(true);
  });
});

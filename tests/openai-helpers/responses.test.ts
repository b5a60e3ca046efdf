/**
 * The Responses API helpers against a local server: `output_text` on create/retrieve,
 * `responses.parse()` with `zodTextFormat`, and `responses.stream()` on recorded transcripts
 * (typed events with snapshots, split chunks, an error event mid-stream, abort, resume by id).
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

/** The `response.completed` response of a transcript, as a non-streamed answer. */
function completedResponse(name: string): Module {
  const frames = fixture(name).split('\n\n').filter((f) => f.includes('response.completed'));
  return JSON.parse(frames[0]!.split('\ndata: ')[1]!).response;
}

const message = (parts: Module[]) => ({ id: 'msg_1', type: 'message', role: 'assistant', status: 'completed', content: parts });
const text = (t: string) => ({ type: 'output_text', text: t, annotations: [], logprobs: [] });

describe('output_text', () => {
  it.each([
    { why: 'one message, one part', output: [message([text('Hi there')])], want: 'Hi there' },
    { why: 'parts and messages concatenated', output: [message([text('a'), text('b')]), message([text('c')])], want: 'abc' },
    {
      why: 'refusals, reasoning and tool calls skipped',
      output: [
        { id: 'rs_1', type: 'reasoning', summary: [] },
        message([{ type: 'refusal', refusal: 'no' }, text('yes')]),
        { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{}' },
      ],
      want: 'yes',
    },
    { why: 'no output', output: [], want: '' },
  ])('create() and retrieve(): $why', async ({ output, want }) => {
    const body = { ...completedResponse('responses-text.sse'), output };
    server.handle((_req, res) => sendJSON(res, body, 200, { 'x-request-id': 'req_1' }));
    const created = await openai.responses.create({ model: 'gpt-4.1', input: 'hi' });
    expect(created.output_text).toBe(want);
    const retrieved = await openai.responses.retrieve('resp_1');
    expect(retrieved.output_text).toBe(want);
    const { data, request_id } = await openai.responses.create({ model: 'gpt-4.1', input: 'hi' }).withResponse();
    expect([data.output_text, request_id]).toEqual([want, 'req_1']);
  });
});

describe('responses.parse', () => {
  const Person = z.object({ name: z.string(), born: z.number() });

  it('sends a strict JSON schema and parses output_text into output_parsed', async () => {
    const body = completedResponse('responses-json.sse');
    server.handle((_req, res) => sendJSON(res, body));
    const response = await openai.responses.parse({
      model: 'gpt-4.1',
      input: 'Who wrote the first program?',
      text: { format: zod.zodTextFormat(Person, 'person') },
    });
    expect(response.output_parsed).toEqual({ name: 'Ada Lovelace', born: 1815 });
    expect(response.output[0].content[0].parsed).toEqual({ name: 'Ada Lovelace', born: 1815 });
    const sent = JSON.parse(server.requests[0]!.body.toString());
    expect(sent.text.format).toEqual({
      type: 'json_schema',
      name: 'person',
      strict: true,
      schema: {
        type: 'object',
        properties: { name: { type: 'string' }, born: { type: 'number' } },
        required: ['name', 'born'],
        additionalProperties: false,
      },
    });
  });

  it('rejects with the zod error when the answer does not match the schema', async () => {
    const body = { ...completedResponse('responses-text.sse'), output: [message([text('{"name": 1}')])] };
    server.handle((_req, res) => sendJSON(res, body));
    const failure = await openai.responses
      .parse({ model: 'gpt-4.1', input: 'x', text: { format: zod.zodTextFormat(Person, 'person') } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(z.ZodError);
  });
});

describe('responses.stream', () => {
  it.each([0, 9, 1])('text deltas with snapshots, output_text and finalResponse (pieces of %i bytes)', async (pieces) => {
    server.handle((_req, res) => sendSSE(res, fixture('responses-text.sse'), pieces));
    const stream = openai.responses.stream({ model: 'gpt-4.1', input: 'hi' });
    const deltas: [string, string][] = [];
    const types: string[] = [];
    stream.on('response.output_text.delta', (e: Module) => deltas.push([e.delta, e.snapshot]));
    stream.on('event', (e: Module) => types.push(e.type));
    const final = await stream.finalResponse();
    expect(deltas).toEqual([
      ['Hi', 'Hi'],
      [' there', 'Hi there'],
      [', friend.', 'Hi there, friend.'],
    ]);
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(types).toHaveLength(11);
    expect(final.output_text).toBe('Hi there, friend.');
    expect(final.status).toBe('completed');
    expect(JSON.parse(server.requests[0]!.body.toString()).stream).toBe(true);
  });

  it('parses the final response with a zod text format', async () => {
    server.handle((_req, res) => sendSSE(res, fixture('responses-json.sse'), 13));
    const Person = z.object({ name: z.string(), born: z.number() });
    const stream = openai.responses.stream({ model: 'gpt-4.1', input: 'x', text: { format: zod.zodTextFormat(Person, 'p') } });
    expect((await stream.finalResponse()).output_parsed).toEqual({ name: 'Ada Lovelace', born: 1815 });
  });

  it('function call arguments stream with snapshots; a zodResponsesFunction tool parses them', async () => {
    server.handle((_req, res) => sendSSE(res, fixture('responses-function-call.sse'), 17));
    const tool = zod.zodResponsesFunction({
      name: 'get_weather',
      parameters: z.object({ city: z.string(), unit: z.enum(['c', 'f']).optional() }),
    });
    const stream = openai.responses.stream({ model: 'gpt-4.1', input: 'Weather in Paris?', tools: [tool] });
    const snapshots: string[] = [];
    stream.on('response.function_call_arguments.delta', (e: Module) => snapshots.push(e.snapshot));
    const final = await stream.finalResponse();
    expect(snapshots).toEqual(['{"ci', '{"city": "Par', '{"city": "Paris", "unit": null}']);
    // the null for the optional `unit` is dropped before zod parses
    expect(final.output[0]).toMatchObject({ type: 'function_call', name: 'get_weather', parsed_arguments: { city: 'Paris' } });
    expect(final.output_text).toBe('');
    expect(JSON.parse(server.requests[0]!.body.toString()).tools[0]).toMatchObject({
      type: 'function',
      name: 'get_weather',
      strict: true,
      parameters: { required: ['city', 'unit'], additionalProperties: false },
    });
  });

  it('async iteration yields every event in order', async () => {
    server.handle((_req, res) => sendSSE(res, fixture('responses-text.sse'), 50));
    const seen: number[] = [];
    for await (const event of openai.responses.stream({ model: 'gpt-4.1', input: 'hi' })) seen.push(event.sequence_number);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('an error event mid-stream rejects with APIError carrying its code and message', async () => {
    server.handle((_req, res) => sendSSE(res, fixture('responses-error.sse')));
    const stream = openai.responses.stream({ model: 'gpt-4.1', input: 'hi' });
    const deltas: string[] = [];
    stream.on('response.output_text.delta', (e: Module) => deltas.push(e.delta));
    const failure = await stream.finalResponse().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(runtime.APIError);
    expect(failure.message).toContain('The model crashed mid-answer.');
    expect(failure.code).toBe('server_error');
    expect(deltas).toEqual(['Hi']);
  });

  it('abort() in the middle rejects with APIUserAbortError', async () => {
    server.handle((_req, res) => sendSSE(res, fixture('responses-text.sse'), 200, true));
    const stream = openai.responses.stream({ model: 'gpt-4.1', input: 'hi' });
    stream.on('response.created', () => stream.abort());
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(runtime.APIUserAbortError);
    expect(stream.aborted).toBe(true);
  });

  it('stream({ response_id, starting_after }) resumes with GET /responses/{id}?stream=true', async () => {
    server.handle((_req, res) => sendSSE(res, fixture('responses-text.sse')));
    const final = await openai.responses.stream({ response_id: 'resp_67ccd2bed1ec8190', starting_after: 3 }).finalResponse();
    expect(final.output_text).toBe('Hi there, friend.');
    const request = server.requests[0]!;
    expect([request.method, request.path, request.query.get('stream'), request.query.get('starting_after')]).toEqual([
      'GET',
      '/responses/resp_67ccd2bed1ec8190',
      'true',
      '3',
    ]);
  });
});

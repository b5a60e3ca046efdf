/**
 * `chat.completions.parse()` with the zod helpers against a local server: `message.parsed`,
 * `parsed_arguments`, refusals, finish reasons that cannot be parsed; and the strict JSON
 * schema and partial JSON pieces as given/want tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sendJSON, type TestServer } from '../patterns/helpers/server.js';
import { load, setup, type Module } from './package.js';

let server: TestServer;
let openai: Module;
let zod: Module;

beforeAll(async () => {
  ({ server, openai, zod } = await setup());
});
afterAll(() => server.close());

function completion(message: Record<string, unknown>, finish_reason = 'stop'): Module {
  return {
    id: 'chatcmpl-B2',
    object: 'chat.completion',
    created: 1730000000,
    model: 'gpt-4o-2024-08-06',
    choices: [{ index: 0, finish_reason, logprobs: null, message: { role: 'assistant', content: null, refusal: null, ...message } }],
    usage: { prompt_tokens: 20, completion_tokens: 10, total_tokens: 30 },
  };
}

const Event = z.object({ name: z.string(), date: z.string(), participants: z.array(z.string()), room: z.string().optional() });
const params = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Alice and Bob meet on Friday.' }] };

describe('chat.completions.parse', () => {
  it('sends the strict schema and parses the content into message.parsed', async () => {
    const content = '{"name":"meeting","date":"Friday","participants":["Alice","Bob"],"room":null}';
    server.handle((_req, res) => sendJSON(res, completion({ content }), 200, { 'x-request-id': 'req_p' }));
    const result = await openai.chat.completions.parse({ ...params, response_format: zod.zodResponseFormat(Event, 'event') });
    // the null sent for the optional `room` is dropped before zod parses
    expect(result.choices[0].message.parsed).toEqual({ name: 'meeting', date: 'Friday', participants: ['Alice', 'Bob'] });
    expect(result._request_id).toBe('req_p');
    const sent = JSON.parse(server.requests[0]!.body.toString());
    expect(sent.stream).toBe(false);
    expect(sent.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'event',
        strict: true,
        schema: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            date: { type: 'string' },
            participants: { type: 'array', items: { type: 'string' } },
            room: { anyOf: [{ type: 'string' }, { type: 'null' }] },
          },
          required: ['name', 'date', 'participants', 'room'],
          additionalProperties: false,
        },
      },
    });
  });

  it('a refusal surfaces as message.refusal with parsed null', async () => {
    server.handle((_req, res) => sendJSON(res, completion({ refusal: "I'm sorry, I can't help with that." })));
    const result = await openai.chat.completions.parse({ ...params, response_format: zod.zodResponseFormat(Event, 'event') });
    expect(result.choices[0].message).toMatchObject({ refusal: "I'm sorry, I can't help with that.", parsed: null });
  });

  it('parses tool arguments of zodFunction tools into parsed_arguments', async () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'book_room', arguments: '{"room":"B12","hours":2}' } };
    server.handle((_req, res) => sendJSON(res, completion({ tool_calls: [call] }, 'tool_calls')));
    const tool = zod.zodFunction({ name: 'book_room', parameters: z.object({ room: z.string(), hours: z.number() }) });
    const result = await openai.chat.completions.parse({ ...params, tools: [tool] });
    expect(result.choices[0].message.tool_calls[0].function.parsed_arguments).toEqual({ room: 'B12', hours: 2 });
    const sent = JSON.parse(server.requests[0]!.body.toString());
    expect(sent.tools[0]).toEqual({
      type: 'function',
      function: {
        name: 'book_room',
        strict: true,
        parameters: {
          type: 'object',
          properties: { room: { type: 'string' }, hours: { type: 'number' } },
          required: ['room', 'hours'],
          additionalProperties: false,
        },
      },
    });
  });

  it.each([
    { finish: 'length', error: 'LengthFinishReasonError' },
    { finish: 'content_filter', error: 'ContentFilterFinishReasonError' },
  ])('finish_reason $finish rejects with $error', async ({ finish, error }) => {
    server.handle((_req, res) => sendJSON(res, completion({ content: '{"name":' }, finish)));
    const failure = await openai.chat.completions
      .parse({ ...params, response_format: zod.zodResponseFormat(Event, 'event') })
      .catch((e: Module) => e);
    expect(failure.name).toBe(error);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses non-strict function tools before sending anything', async () => {
    server.handle((_req, res) => sendJSON(res, completion({ content: 'x' })));
    const loose = { type: 'function', function: { name: 'f', parameters: {} } };
    expect(() => openai.chat.completions.parse({ ...params, tools: [loose] })).toThrow(/`f` tool is not marked with `strict: true`/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('strict JSON schema', () => {
  it.each([
    {
      why: 'optional becomes required and nullable',
      given: { type: 'object', properties: { a: { type: 'string' } }, required: [] },
      want: { type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'null' }] } }, required: ['a'], additionalProperties: false },
    },
    {
      why: 'nested objects and $defs too, $schema and safe-integer bounds dropped',
      given: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { n: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 }, o: { $ref: '#/$defs/O' } },
        required: ['n', 'o'],
        $defs: { O: { type: 'object', properties: { x: { type: 'boolean' } } } },
      },
      want: {
        type: 'object',
        properties: { n: { type: 'integer' }, o: { $ref: '#/$defs/O' } },
        required: ['n', 'o'],
        additionalProperties: false,
        $defs: {
          O: { type: 'object', properties: { x: { anyOf: [{ type: 'boolean' }, { type: 'null' }] } }, required: ['x'], additionalProperties: false },
        },
      },
    },
  ])('$why', async ({ given, want }) => {
    const { toStrictSchema } = await load('lib/helpers/strict-schema');
    expect(toStrictSchema(given).schema).toEqual(want);
  });

  it.each([
    { given: { a: null, b: 1 }, want: { b: 1 } },
    { given: { a: 'x', o: { x: null } }, want: { a: 'x', o: {} } },
    { given: { list: [{ x: null }, { x: true }] }, want: { list: [{}, { x: true }] } },
  ])('dropNulls($given) → $want', async ({ given, want }) => {
    const { toStrictSchema } = await load('lib/helpers/strict-schema');
    const O = { type: 'object', properties: { x: { type: 'boolean' } } };
    const strict = toStrictSchema({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'number' }, o: { $ref: '#/$defs/O' }, list: { type: 'array', items: O } },
      required: ['b'],
      $defs: { O },
    });
    expect(strict.dropNulls(given)).toEqual(want);
  });
});

describe('partial JSON', () => {
  it.each([
    { given: '{"a": 1}', want: { a: 1 } },
    { given: '{"name": "Ada', want: { name: 'Ada' } },
    { given: '{"name": "Ada", "bo', want: { name: 'Ada' } },
    { given: '{"name": "Ada", "born": 18', want: { name: 'Ada', born: 18 } },
    { given: '{"ok": tr', want: {} },
    { given: '{"list": [1, 2, {"x": "y\\', want: { list: [1, 2, { x: 'y' }] } },
    { given: '[{"a": [', want: [{ a: [] }] },
    { given: '', want: undefined },
  ])('$given', async ({ given, want }) => {
    const { parsePartialJSON } = await load('lib/core/partial-json');
    expect(parsePartialJSON(given)).toEqual(want);
  });
});

/**
 * Every operation the IR marks `streaming`, called through the generated package with its
 * stream flag on, against a local server sending SSE bytes cut into 5-byte chunks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callName, callOperation, expectedPath, openaiIR } from './helpers/ir.js';
import { field, parseMultipart } from './helpers/multipart.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { flagValue, streamParams } from './helpers/params.js';
import { startServer, type TestServer } from './helpers/server.js';
import { HAPPY_EVENTS, HAPPY_TEXT, chunked, drain, writeSSE } from './helpers/sse.js';

const pkg = await loadPackage();
const ir = await openaiIR();
const streaming = ir.operations.filter((o) => o.streaming);
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

describe('streaming operations of the IR', () => {
  it('include the ones the issue names', () => {
    expect(streaming.map(callName).sort()).toEqual(
      expect.arrayContaining([
        'client.audio.speech.create',
        'client.audio.transcriptions.create',
        'client.beta.threads.createAndRun',
        'client.beta.threads.runs.create',
        'client.beta.threads.runs.submitToolOutputs',
        'client.chat.completions.create',
        'client.images.edit',
        'client.images.generate',
        'client.responses.create',
      ]),
    );
  });

  for (const op of streaming.filter((o) => !o.binary)) {
    it(`${callName(op)}({ ${op.streaming!.flag}: ${String(flagValue(op))} }) yields each event once, in order`, async () => {
      server.handle((_req, res) => writeSSE(res, chunked(HAPPY_TEXT, 5)));
      const stream = await callOperation(client, op, await streamParams(pkg, op));
      expect(typeof (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]).toBe('function');
      const { events, error } = await drain(stream as AsyncIterable<unknown>);
      expect(error).toBeUndefined();
      expect(events).toEqual(HAPPY_EVENTS);
      expect(server.requests).toHaveLength(1);
      const req = server.requests[0]!;
      expect([req.method, req.path]).toEqual(['POST', expectedPath(op)]);
      const flag = op.streaming!.flag!;
      if (op.multipart) {
        expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
        expect(field(parseMultipart(req), flag)).toBe(String(flagValue(op)));
      } else {
        expect(req.headers['content-type']).toBe('application/json');
        expect(JSON.parse(req.body.toString())[flag]).toEqual(flagValue(op));
      }
    });
  }

  for (const op of streaming.filter((o) => o.binary)) {
    it(`${callName(op)}({ ${op.streaming!.flag}: ${String(flagValue(op))} }) is also binary: resolves to the raw Response`, async () => {
      server.handle((_req, res) => writeSSE(res, chunked(HAPPY_TEXT, 5)));
      const result = await callOperation(client, op, await streamParams(pkg, op));
      expect(result).toBeInstanceOf(Response);
      expect(await (result as Response).text()).toBe(HAPPY_TEXT);
      expect(JSON.parse(server.requests[0]!.body.toString())[op.streaming!.flag!]).toEqual(flagValue(op));
    });
  }

  it('without the flag, chat completions resolve to the JSON body', async () => {
    const op = streaming.find((o) => o.id === 'createChatCompletion')!;
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'chatcmpl_1', object: 'chat.completion', choices: [] }));
    });
    const result = await callOperation(client, op, { model: 'm', messages: [] });
    expect(result).toEqual({ id: 'chatcmpl_1', object: 'chat.completion', choices: [] });
    expect('stream' in JSON.parse(server.requests[0]!.body.toString())).toBe(false);
  });
});

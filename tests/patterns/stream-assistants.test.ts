/**
 * Assistants runs stream event-typed frames (`event: thread.run.created`, `data: {run}`), and
 * their event type (`AssistantStreamEvent`) is a union of `{ event, data }` envelopes. The
 * runtime wraps frames into envelopes when the RequestSpec carries `streamEnvelopePrefixes`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callName, callOperation, openaiIR } from './helpers/ir.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { startServer, type TestServer } from './helpers/server.js';
import { chunked, drain, frame, writeSSE } from './helpers/sse.js';

const pkg = await loadPackage();
const ir = await openaiIR();
const assistantStreams = ir.operations.filter((o) => o.streaming?.event.kind === 'ref' && o.streaming.event.name === 'AssistantStreamEvent');
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

const run = { id: 'run_1', object: 'thread.run', status: 'queued' };
const delta = { id: 'msg_1', object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text: { value: 'Hé' } }] } };
const SCRIPT = frame(run, 'thread.run.created') + frame(delta, 'thread.message.delta') + 'event: done\ndata: [DONE]\n\n';
const ENVELOPES = [
  { event: 'thread.run.created', data: run },
  { event: 'thread.message.delta', data: delta },
];

describe('Assistants streams deliver { event, data } envelopes', () => {
  it('the IR marks the three Assistants runs as AssistantStreamEvent streams', () => {
    expect(assistantStreams.map(callName).sort()).toEqual([
      'client.beta.threads.createAndRun',
      'client.beta.threads.runs.create',
      'client.beta.threads.runs.submitToolOutputs',
    ]);
  });

  it('the runtime wraps them when asked (client.request with streamEnvelopePrefixes)', async () => {
    server.handle((_req, res) => writeSSE(res, chunked(SCRIPT, 9)));
    const stream = await client.request({ method: 'post', path: '/threads/runs', body: { stream: true }, stream: true, streamEnvelopePrefixes: ['thread.'] });
    expect(await drain(stream)).toEqual({ events: ENVELOPES });
  });

  for (const op of assistantStreams) {
    it(`${callName(op)}({ stream: true }) yields envelopes, as its type AssistantStreamEvent says`, async () => {
      server.handle((_req, res) => writeSSE(res, chunked(SCRIPT, 9)));
      const stream = await callOperation(client, op, { assistant_id: 'asst_1', tool_outputs: [], stream: true });
      const { events, error } = await drain(stream as AsyncIterable<unknown>);
      expect(error).toBeUndefined();
      expect(events).toEqual(ENVELOPES);
    });
  }

  it('an `event: error` frame in an Assistants stream is an APIError', async () => {
    const op = assistantStreams.find((o) => o.id === 'createRun')!;
    server.handle((_req, res) => writeSSE(res, chunked(frame(run, 'thread.run.created') + frame({ message: 'run failed', code: 'server_error' }, 'error'), 9)));
    const { error } = await drain((await callOperation(client, op, { assistant_id: 'asst_1', stream: true })) as AsyncIterable<unknown>);
    expect(error).toBeInstanceOf(pkg.APIError);
    expect((error as Error).message).toContain('run failed');
  });
});

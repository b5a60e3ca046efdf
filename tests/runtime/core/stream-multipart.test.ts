import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InternalServerError } from '../../../templates/runtime/core/error.js';
import { Stream } from '../../../templates/runtime/core/streaming.js';
import { toFile } from '../../../templates/runtime/core/uploads.js';
import { json, sequence, startServer, type Handler, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

const sse: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_stream' });
  res.write('data: {"n":1}\n\n');
  res.write('data: {"n":2}\n\n');
  res.end('data: [DONE]\n\n');
};

let server: TestServer;
let client: TestClient;
beforeAll(async () => {
  server = await startServer(sse);
  client = new TestClient({ apiKey: 'k', baseURL: server.url, logLevel: 'off' });
});
afterAll(() => server.close());

describe('stream and multipart requests through the client', () => {
  it('stream: true resolves to a Stream of parsed events', async () => {
    server.handler = sequence(json(503, {}, { 'retry-after-ms': '1' }), sse);
    server.seen = [];
    const { data, request_id } = await client
      .request<Stream<{ n: number }>>({ method: 'post', path: '/chat', body: { stream: true }, stream: true, accept: 'text/event-stream' })
      .withResponse();
    expect(data).toBeInstanceOf(Stream);
    expect(request_id).toBe('req_stream');
    const events: number[] = [];
    for await (const event of data) events.push(event.n);
    expect(events).toEqual([1, 2]);
    expect(server.seen).toHaveLength(2);
    expect(server.seen[1]!.headers['accept']).toBe('text/event-stream');
  });

  it('bodyType multipart sends form data with its boundary, and re-sends it on a retry', async () => {
    server.handler = sequence(json(500, {}, { 'retry-after-ms': '1' }), json(200, { id: 'file_1' }));
    server.seen = [];
    const file = await toFile(new TextEncoder().encode('{"a":1}\n'), 'data.jsonl');
    const result = await client.request<{ id: string }>({ method: 'post', path: '/files', body: { file, purpose: 'batch' }, bodyType: 'multipart' });
    expect(result.id).toBe('file_1');
    expect(server.seen).toHaveLength(2);
    for (const seen of server.seen) {
      expect(seen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(seen.body).toContain('name="purpose"\r\n\r\nbatch');
      expect(seen.body).toContain('filename="data.jsonl"');
      expect(seen.body).toContain('{"a":1}\n');
    }
  });

  it('an error status on a streaming request is an APIError, not a stream', async () => {
    server.handler = json(500, { error: { message: 'boom' } });
    await expect(client.request({ method: 'post', path: '/chat', body: {}, stream: true }, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
  });
});

/**
 * Binary responses (speech audio, file/container/video/skill contents) through the generated
 * package: the raw `Response` with its body unread, the `Accept` header from the IR, and
 * every byte read back intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callName, callOperation, expectedPath, openaiIR } from './helpers/ir.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { sendJSON, startServer, type TestServer } from './helpers/server.js';

const pkg = await loadPackage();
const ir = await openaiIR();
const binary = ir.operations.filter((o) => o.binary);
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

/** 300 kB where every byte value occurs and no run repeats (a cut or re-encoding shows). */
const PAYLOAD = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7 + (i >> 8)) & 0xff));
const serveBytes = (type: string) =>
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': type, 'x-request-id': 'req_bin' });
    res.end(PAYLOAD);
  });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('every binary operation', () => {
  for (const op of binary) {
    const accept = op.binary!.mediaTypes.join(', ');
    it(`${callName(op)} resolves to the raw Response with Accept: ${accept}`, async () => {
      serveBytes(op.binary!.mediaTypes[0]!);
      const params = op.requestBody ? { model: 'test-model' } : undefined;
      const response = (await callOperation(client, op, params)) as Response;
      expect(response).toBeInstanceOf(Response);
      expect(response.bodyUsed).toBe(false);
      expect(response.headers.get('x-request-id')).toBe('req_bin');
      expect((await bytesOf(response)).equals(PAYLOAD)).toBe(true);
      const req = server.requests[0]!;
      expect([req.method, req.path, req.headers.accept]).toEqual([op.method.toUpperCase(), expectedPath(op), accept]);
    });
  }
});

describe('binary operations as a user calls them', () => {
  it('client.audio.speech.create posts JSON and gives the audio bytes', async () => {
    serveBytes('audio/mpeg');
    const response = await client.audio.speech.create({ model: 'tts-1', input: 'Hello', voice: 'alloy', response_format: 'mp3' });
    expect((await bytesOf(response)).equals(PAYLOAD)).toBe(true);
    const req = server.requests[0]!;
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.accept).toBe('application/octet-stream');
    expect(JSON.parse(req.body.toString())).toEqual({ model: 'tts-1', input: 'Hello', voice: 'alloy', response_format: 'mp3' });
  });

  it("client.files.content('file_1') can be streamed chunk by chunk", async () => {
    serveBytes('application/octet-stream');
    const response = await client.files.content('file_1');
    const chunks: Buffer[] = [];
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(PAYLOAD)).toBe(true);
    expect(server.requests[0]!.url).toBe('/v1/files/file_1/content');
  });

  it("client.videos.downloadContent('video_1', { variant }) sends the query and both media types", async () => {
    serveBytes('image/webp');
    const response = await client.videos.downloadContent('video_1', { variant: 'thumbnail' });
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(server.requests[0]!.url).toBe('/v1/videos/video_1/content?variant=thumbnail');
    expect(server.requests[0]!.headers.accept).toBe('video/mp4, image/webp');
    await response.body?.cancel();
  });

  it('an error answer to a binary request is an APIError, not a Response', async () => {
    server.handle((_req, res) => sendJSON(res, { error: { message: 'No such file', type: 'invalid_request_error' } }, 404));
    const error = await client.files.content('file_missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.APIError);
    expect((error as { status: number }).status).toBe(404);
    expect((error as Error).message).toContain('No such file');
  });
});

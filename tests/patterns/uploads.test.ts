/**
 * Multipart uploads through the generated package against an echo server that parses the
 * body: exact field names, filenames, content types and bytes, from every kind of source
 * `toFile` takes.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMultipart, type Part } from './helpers/multipart.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { sendJSON, startServer, type TestServer } from './helpers/server.js';

const pkg = await loadPackage();
let server: TestServer;
let client: Client;
let dir: string;

beforeAll(async () => {
  server = await startServer((_req, res) => sendJSON(res, { id: 'file_1', object: 'file' }));
  client = makeClient(pkg, server.baseURL);
  dir = mkdtempSync(join(tmpdir(), 'sdkgen-patterns-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const JSONL = Buffer.from('{"custom_id":"r1","body":{"x":"é"}}\n{"custom_id":"r2"}\n');
const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const echo = () => server.handle((_req, res) => sendJSON(res, { id: 'file_1', object: 'file' }));
const parts = (): Part[] => parseMultipart(server.requests[0]!);
const summary = (ps: Part[]) => ps.map((p) => [p.name, p.filename ?? null, p.filename ? p.data.toString('hex') : p.data.toString()]);

describe('client.files.create', () => {
  it('sends the file part and purpose with exact bytes and filename', async () => {
    echo();
    const created = await client.files.create({ file: await pkg.toFile(JSONL, 'a.jsonl'), purpose: 'batch' });
    expect(created).toEqual({ id: 'file_1', object: 'file' });
    const req = server.requests[0]!;
    expect([req.method, req.path]).toEqual(['POST', '/files']);
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(summary(parts())).toEqual([
      ['file', 'a.jsonl', JSONL.toString('hex')],
      ['purpose', null, 'batch'],
    ]);
  });

  it('nested objects go in bracket form', async () => {
    echo();
    const file = await pkg.toFile(ALL_BYTES, 'all.bin', { type: 'application/octet-stream' });
    await client.files.create({ file, purpose: 'user_data', expires_after: { anchor: 'created_at', seconds: 3600 } });
    expect(summary(parts())).toEqual([
      ['file', 'all.bin', ALL_BYTES.toString('hex')],
      ['purpose', null, 'user_data'],
      ['expires_after[anchor]', null, 'created_at'],
      ['expires_after[seconds]', null, '3600'],
    ]);
    expect(parts()[0]!.contentType).toBe('application/octet-stream');
  });

  const sources: [string, () => unknown | Promise<unknown>, string][] = [
    ['a Buffer', () => pkg.toFile(ALL_BYTES, 'buf.bin'), 'buf.bin'],
    ['a Uint8Array', () => pkg.toFile(new Uint8Array(ALL_BYTES), 'u8.bin'), 'u8.bin'],
    ['an ArrayBuffer', () => pkg.toFile(new Uint8Array(ALL_BYTES).buffer, 'ab.bin'), 'ab.bin'],
    ['a Blob', () => pkg.toFile(new Blob([ALL_BYTES]), 'blob.bin'), 'blob.bin'],
    ['a File passed as is', () => new File([ALL_BYTES], 'file.bin'), 'file.bin'],
    ['a fetch Response', () => pkg.toFile(new Response(ALL_BYTES), 'resp.bin'), 'resp.bin'],
    ['an async iterable', () => pkg.toFile((async function* () { yield ALL_BYTES.subarray(0, 100); yield ALL_BYTES.subarray(100); })(), 'iter.bin'), 'iter.bin'],
    ['a ReadableStream', () => pkg.toFile(new Blob([ALL_BYTES]).stream(), 'web.bin'), 'web.bin'],
    ['an fs.ReadStream (named after its path)', () => { const p = join(dir, 'disk.bin'); writeFileSync(p, ALL_BYTES); return createReadStream(p); }, 'disk.bin'],
  ];
  for (const [what, make, filename] of sources) {
    it(`sends the same 256 bytes from ${what}`, async () => {
      echo();
      await client.files.create({ file: await make(), purpose: 'batch' });
      expect(summary(parts())[0]).toEqual(['file', filename, ALL_BYTES.toString('hex')]);
    });
  }

  it('sanitises the filename (no path, quotes or control characters)', async () => {
    echo();
    await client.files.create({ file: await pkg.toFile(JSONL, '../../etc/pa"ss\r\nwd.jsonl'), purpose: 'batch' });
    expect(parts()[0]!.filename).toBe('pa_ss__wd.jsonl');
  });
});

describe('other uploads', () => {
  it('client.audio.transcriptions.create sends the audio, its type, and arrays as name[]', async () => {
    server.handle((_req, res) => sendJSON(res, { text: 'hello' }));
    const file = await pkg.toFile(ALL_BYTES, 'speech.mp3', { type: 'audio/mpeg' });
    const result = await client.audio.transcriptions.create({ file, model: 'whisper-1', language: 'en', timestamp_granularities: ['word', 'segment'], temperature: 0.2 });
    expect(result).toEqual({ text: 'hello' });
    expect(server.requests[0]!.path).toBe('/audio/transcriptions');
    expect(summary(parts())).toEqual([
      ['file', 'speech.mp3', ALL_BYTES.toString('hex')],
      ['model', null, 'whisper-1'],
      ['language', null, 'en'],
      ['timestamp_granularities[]', null, 'word'],
      ['timestamp_granularities[]', null, 'segment'],
      ['temperature', null, '0.2'],
    ]);
    expect(parts()[0]!.contentType).toBe('audio/mpeg');
  });

  it('client.images.edit sends an array of images as image[] parts, and the mask', async () => {
    server.handle((_req, res) => sendJSON(res, { created: 1, data: [] }));
    const png = (n: number) => pkg.toFile(Buffer.from(`png-${n}`), `img${n}.png`, { type: 'image/png' });
    await client.images.edit({ image: [await png(1), await png(2)], mask: await png(3), prompt: 'add a hat', n: 2 });
    expect(summary(parts())).toEqual([
      ['image[]', 'img1.png', Buffer.from('png-1').toString('hex')],
      ['image[]', 'img2.png', Buffer.from('png-2').toString('hex')],
      ['mask', 'img3.png', Buffer.from('png-3').toString('hex')],
      ['prompt', null, 'add a hat'],
      ['n', null, '2'],
    ]);
    expect(parts().map((p) => p.contentType ?? null)).toEqual(['image/png', 'image/png', 'image/png', null, null]);
  });

  it("client.uploads.parts.create('upload_1', { data }) sends the chunk as `data`", async () => {
    server.handle((_req, res) => sendJSON(res, { id: 'part_1', object: 'upload.part' }));
    await client.uploads.parts.create('upload_1', { data: await pkg.toFile(ALL_BYTES.subarray(0, 64), 'chunk-0') });
    expect(server.requests[0]!.path).toBe('/uploads/upload_1/parts');
    expect(summary(parts())).toEqual([['data', 'chunk-0', ALL_BYTES.subarray(0, 64).toString('hex')]]);
  });
});

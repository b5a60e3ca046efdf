import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReplayable, multipartBody, notReplayableError, uploadFetchOptions } from '../../../templates/runtime/core/multipart.js';
import { toFile } from '../../../templates/runtime/core/uploads.js';
import { startServer, type TestServer } from './helpers.js';
import { parseMultipart, type Part } from './multipart-parse.js';

const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const dir = mkdtempSync(join(tmpdir(), 'sdkgen-multipart-'));
const path = join(dir, 'train.jsonl');
writeFileSync(path, '{"a":1}\n{"b":"é"}\n');

/** The echo server keeps what it parsed; the test reads it back. */
let received: { contentType: string; parts: Part[] }[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const contentType = req.headers['content-type'] ?? '';
    received.push({ contentType, parts: parseMultipart(contentType, Buffer.concat(chunks)) });
    res.end('ok');
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function send(form: FormData): Promise<Part[]> {
  received = [];
  const response = await fetch(server.url, { method: 'POST', body: form, ...uploadFetchOptions(form) });
  expect(await response.text()).toBe('ok');
  expect(received[0]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
  return received[0]!.parts;
}

const summary = (parts: Part[]) =>
  parts.map((p) => [p.name, p.filename ?? null, p.contentType ?? null, p.filename ? p.data.toString('base64') : p.data.toString()]);

describe('multipartBody', () => {
  it('sends files as file parts and fields in bracket form, byte for byte', async () => {
    const form = await multipartBody({
      file: await toFile(binary, 'bytes.bin', { type: 'application/octet-stream' }),
      purpose: 'fine-tune',
      n: 3,
      stream: false,
      skipped: undefined,
      metadata: { user: 'ü', nested: { deep: 1 } },
      tags: ['a', 'b'],
      items: [{ k: 'v' }],
      training: createReadStream(path),
      raw: new Uint8Array([1, 2]),
      doc: new File(['hi'], 'dir/sub\\x"y\r\n.txt', { type: 'text/plain' }),
    });
    const jsonl = Buffer.from('{"a":1}\n{"b":"é"}\n').toString('base64');
    expect(summary(await send(form))).toEqual([
      ['file', 'bytes.bin', 'application/octet-stream', binary.toString('base64')],
      ['purpose', null, null, 'fine-tune'],
      ['n', null, null, '3'],
      ['stream', null, null, 'false'],
      ['metadata[user]', null, null, 'ü'],
      ['metadata[nested][deep]', null, null, '1'],
      ['tags[]', null, null, 'a'],
      ['tags[]', null, null, 'b'],
      ['items[][k]', null, null, 'v'],
      ['training', 'train.jsonl', 'application/octet-stream', jsonl],
      ['raw', 'upload', 'application/octet-stream', Buffer.from([1, 2]).toString('base64')],
      ['doc', 'x_y__.txt', 'text/plain', Buffer.from('hi').toString('base64')],
    ]);
  });

  it('builds a form fetch can send again, identically (retries)', async () => {
    const form = await multipartBody({ file: createReadStream(path), purpose: 'batch' });
    expect(isReplayable(form)).toBe(true);
    const first = summary(await send(form));
    expect(summary(await send(form))).toEqual(first);
    expect(first[0]![1]).toBe('train.jsonl');
  });

  it('rejects null with the field name', async () => {
    await expect(multipartBody({ a: { b: null } })).rejects.toThrow(/multipart field "a\[b\]" is null/);
  });
});

describe('isReplayable / uploadFetchOptions', () => {
  it.each([
    ['string', 'x', true],
    ['bytes', new Uint8Array(1), true],
    ['Blob', new Blob(['x']), true],
    ['FormData', new FormData(), true],
    ['URLSearchParams', new URLSearchParams('a=1'), true],
    ['no body', undefined, true],
    ['ReadableStream', new ReadableStream(), false],
    ['async generator', (async function* () {})(), false],
  ])('%s → %s', (_name, body, want) => {
    expect(isReplayable(body)).toBe(want);
  });

  it('explains why a one-shot body cannot be retried', () => {
    expect(notReplayableError().message).toMatch(/one-shot stream.*cannot be retried.*toFile\(\)/);
  });

  it('asks fetch not to follow redirects only for forms with files', async () => {
    expect(uploadFetchOptions(await multipartBody({ a: '1' }))).toEqual({});
    expect(uploadFetchOptions(await multipartBody({ f: new Blob(['x']) }))).toEqual({ redirect: 'error' });
    expect(uploadFetchOptions('{}')).toEqual({});
  });
});

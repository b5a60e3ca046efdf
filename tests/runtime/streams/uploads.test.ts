import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUploadable, sanitizeFilename, toFile } from '../../../templates/runtime/core/uploads.js';
import { startServer, type TestServer } from './helpers.js';

const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const dir = mkdtempSync(join(tmpdir(), 'sdkgen-uploads-'));
const path = join(dir, 'data set.bin');
writeFileSync(path, bytes);

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/x-custom' });
    res.end(bytes);
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function content(file: File): Promise<Buffer> {
  return Buffer.from(await file.arrayBuffer());
}

describe('toFile', () => {
  it('copies a Buffer, with the given name and type', async () => {
    const source = Buffer.from(bytes);
    const file = await toFile(source, 'a.jsonl', { type: 'application/jsonl' });
    source[0] = 99;
    expect([file.name, file.type, file.size]).toEqual(['a.jsonl', 'application/jsonl', 256]);
    expect(await content(file)).toEqual(bytes);
  });

  it('reads only the bytes of a Uint8Array view, and an ArrayBuffer whole', async () => {
    const view = new Uint8Array(bytes.buffer.slice(0), bytes.byteOffset + 10, 5);
    expect([...(await content(await toFile(view, 'v.bin')))]).toEqual([10, 11, 12, 13, 14]);
    const buffer = new Uint8Array([1, 2, 3]).buffer;
    expect([...(await content(await toFile(buffer, 'b.bin')))]).toEqual([1, 2, 3]);
  });

  it('keeps a File as it is and renames Blobs and Files when asked', async () => {
    const file = new File([bytes], 'orig.bin', { type: 'image/png' });
    expect(await toFile(file)).toBe(file);
    const renamed = await toFile(file, 'new.png');
    expect([renamed.name, renamed.type]).toEqual(['new.png', 'image/png']);
    const blob = await toFile(new Blob(['hi'], { type: 'text/plain' }), 'x.txt');
    expect([blob.name, blob.type, await blob.text()]).toEqual(['x.txt', 'text/plain', 'hi']);
  });

  it('reads an fs.ReadStream lazily, named after its path, honouring start/end', async () => {
    const stream = createReadStream(path);
    const file = await toFile(stream);
    expect(file.name).toBe('data set.bin');
    expect(await content(file)).toEqual(bytes);
    expect(stream.destroyed).toBe(true);
    const part = await toFile(createReadStream(path, { start: 16, end: 19 }), 'part.bin');
    expect([...(await content(part))]).toEqual([16, 17, 18, 19]);
  });

  it('reads the rest of a ReadStream that was already started', async () => {
    const stream = createReadStream(path, { highWaterMark: 100 });
    const first = await new Promise<Buffer>((resolve) => stream.once('data', (chunk) => (stream.pause(), resolve(chunk as Buffer))));
    const file = await toFile(stream, 'rest.bin');
    expect(Buffer.concat([first, await content(file)])).toEqual(bytes);
  });

  it('reads a fetch Response, named after its URL, typed by its content-type', async () => {
    const file = await toFile(fetch(`${server.url}/files/report%201.pdf?x=1`));
    expect([file.name, file.type]).toEqual(['report 1.pdf', 'application/x-custom']);
    expect(await content(file)).toEqual(bytes);
  });

  it('collects an async iterable of mixed chunks, and a promise of bytes', async () => {
    async function* chunks() {
      yield 'ab';
      yield new Uint8Array([0x63]);
      yield new Blob(['d']);
      yield new Uint8Array([0x65]).buffer;
    }
    expect(await (await toFile(chunks(), 'c.txt')).text()).toBe('abcde');
    expect(await (await toFile(Promise.resolve(Buffer.from('p')), 'p.txt')).text()).toBe('p');
  });

  it('reads a ReadableStream, also one that is not async-iterable', async () => {
    expect(await (await toFile(new Response('abc').body!, 'r.txt')).text()).toBe('abc');
    const readerOnly = { getReader: () => new Response('xyz').body!.getReader() };
    expect(isUploadable(readerOnly)).toBe(true);
    expect(await (await toFile(readerOnly as never, 'r.txt')).text()).toBe('xyz');
  });

  it('sanitises names and falls back to "upload"', async () => {
    expect((await toFile(Buffer.from('x'), '../../etc/pa"ss\r\nwd.txt')).name).toBe('pa_ss__wd.txt');
    expect(sanitizeFilename('C:\\Users\\me\\notes.txt')).toBe('notes.txt');
    expect((await toFile(Buffer.from('x'))).name).toBe('upload');
    expect(sanitizeFilename('dir/..')).toBe('upload');
  });

  it('rejects what it cannot read, saying what it got', async () => {
    await expect(toFile(42 as never)).rejects.toThrow(/toFile\(\) cannot read a number/);
    await expect(toFile((async function* () { yield 1; })() as never)).rejects.toThrow(/chunks of bytes, got a number/);
  });
});

describe('isUploadable', () => {
  it.each([
    ['File', new File(['x'], 'x'), true],
    ['Blob', new Blob(['x']), true],
    ['Response', new Response('x'), true],
    ['ReadStream', createReadStream(path), true],
    ['async generator', (async function* () {})(), true],
    ['string', 'x', false],
    ['Buffer', Buffer.from('x'), false],
    ['plain object', { a: 1 }, false],
    ['null', null, false],
  ])('%s → %s', (_name, value, want) => {
    expect(isUploadable(value)).toBe(want);
    if (value && typeof (value as { destroy?: unknown }).destroy === 'function') (value as { destroy(): void }).destroy();
  });
});

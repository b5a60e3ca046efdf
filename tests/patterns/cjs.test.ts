/**
 * The CommonJS build (`dist/cjs`, what `require('openai-sdkgen')` loads) streams, pages and
 * uploads like the ESM build: one of each against a local server.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMultipart } from './helpers/multipart.js';
import { makeClient, type Client, type GeneratedPackage } from './helpers/package.js';
import { makePages, pagedHandler } from './helpers/pages.js';
import { sendJSON, startServer, type TestServer } from './helpers/server.js';
import { HAPPY_EVENTS, HAPPY_TEXT, chunked, drain, writeSSE } from './helpers/sse.js';

const CJS_ENTRY = new URL('../../generated/openai/dist/cjs/index.js', import.meta.url);
if (!existsSync(CJS_ENTRY)) throw new Error('generated/openai/dist/cjs/index.js is missing: run `npm run generate` before these tests.');
const pkg = createRequire(import.meta.url)(CJS_ENTRY.pathname) as GeneratedPackage;
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

describe('the CommonJS build', () => {
  it('default-exports the client class and exports toFile', () => {
    expect(typeof pkg.default).toBe('function');
    expect(typeof pkg.toFile).toBe('function');
  });

  it('streams chat completions', async () => {
    server.handle((_req, res) => writeSSE(res, chunked(HAPPY_TEXT, 5)));
    expect(await drain(await client.chat.completions.create({ model: 'm', messages: [], stream: true }))).toEqual({ events: HAPPY_EVENTS });
  });

  it('walks a paged list', async () => {
    const pages = makePages([2, 1]);
    server.handle(pagedHandler({ style: 'cursor', cursorParam: 'after', itemsField: 'data', hasMoreField: 'has_more', nextCursor: { from: 'response', field: 'last_id' }, item: { kind: 'unknown', pointer: '' } }, pages));
    const items: unknown[] = [];
    for await (const item of client.files.list()) if (items.push(item) > 10) break;
    expect(items).toEqual(pages.flat());
  });

  it('uploads a file', async () => {
    server.handle((_req, res) => sendJSON(res, { id: 'file_1' }));
    await client.files.create({ file: await pkg.toFile(Buffer.from('abc'), 'a.jsonl'), purpose: 'batch' });
    expect(parseMultipart(server.requests[0]!).map((p) => [p.name, p.filename ?? null, p.data.toString()])).toEqual([
      ['file', 'a.jsonl', 'abc'],
      ['purpose', null, 'batch'],
    ]);
  });
});

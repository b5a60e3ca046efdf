import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { BaseClient } from '../../templates/runtime/core/client.js';
import type { ClientConfig, ClientOptions } from '../../templates/runtime/core/config.js';
import { SDKError, ValidationError } from '../../templates/runtime/core/error.js';
import { CursorPage } from '../../templates/runtime/core/pagination.js';
import type { Stream } from '../../templates/runtime/core/streaming.js';

const Item = z.object({ id: z.string(), n: z.number() });
const operations = {
  getItem: { method: 'get', path: '/items/{item_id}', response: Item },
  listItems: { params: z.object({ query: z.object({ limit: z.number().max(100) }).optional() }), response: z.object({ data: z.array(Item), has_more: z.boolean() }) },
  streamItems: { event: Item },
};
const validators = { operations };
const CONFIG: ClientConfig = { name: 'Acme', version: '0.0.1', defaultBaseURL: 'http://acme.test', credentials: { apiKey: { header: 'Authorization', prefix: 'Bearer ' } }, defaultCredential: 'apiKey' };

/** A generated client; with validation on, the user passes the validators in. */
class Acme extends BaseClient {
  constructor(options: ClientOptions & { apiKey?: string }) {
    super({ apiKey: 'k', maxRetries: 0, ...(options.validate ? { validators } : {}), ...options }, CONFIG);
  }
}

function answering(body: string, type = 'application/json') {
  return vi.fn(async () => new Response(body, { status: 200, headers: { 'content-type': type } }));
}

const bad = JSON.stringify({ id: 'a', n: 'not a number' });

describe('client option validate', () => {
  it('is off by default: nothing is checked and the data comes back as sent, with or without validators', async () => {
    for (const options of [{}, { validators }]) {
      const client = new Acme({ fetch: answering(bad), ...options });
      expect(await client.request({ method: 'get', path: '/items/a', operation: 'getItem' })).toEqual({ id: 'a', n: 'not a number' });
    }
  });

  it('on without validators is an SDKError at construction naming the import', () => {
    expect(() => new Acme({ validate: 'strict', validators: undefined })).toThrow(/validate: 'strict' needs the validators option; pass `import \{ validators \} from '<package>\/zod'`/);
  });

  it('warn: logs the operation and the JSON path, returns the data', async () => {
    const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const client = new Acme({ fetch: answering(bad), validate: 'warn', logger });
    expect(await client.request({ method: 'get', path: '/items/a', operation: 'getItem' })).toEqual({ id: 'a', n: 'not a number' });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/Acme: getItem response does not match[\s\S]*\$\.n/));
  });

  it('strict: the request rejects with a ValidationError; valid data passes with its request id', async () => {
    const strict = new Acme({ fetch: answering(bad), validate: 'strict' });
    await expect(strict.request({ method: 'get', path: '/items/a', operation: 'getItem' })).rejects.toBeInstanceOf(ValidationError);
    const ok = new Acme({ fetch: answering(JSON.stringify({ id: 'a', n: 1 })), validate: 'strict' });
    const value = await ok.request<{ id: string; _request_id?: unknown }>({ method: 'get', path: '/items/a', operation: 'getItem' });
    expect(value.id).toBe('a');
  });

  it('strict: checks params before sending (fetch is not called)', async () => {
    const fetch = answering('{}');
    const client = new Acme({ fetch, validate: 'strict' });
    const sent = client.request({ method: 'get', path: '/items', query: { limit: 1000 }, operation: 'listItems' });
    await expect(sent).rejects.toThrow(/listItems params[\s\S]*\$\.query\.limit/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('strict: checks a page body', async () => {
    const client = new Acme({ fetch: answering(JSON.stringify({ data: [{ id: 'a' }], has_more: false })), validate: 'strict' });
    const page = client.requestPage(CursorPage<{ id: string }>, { method: 'get', path: '/items', operation: 'listItems' });
    await expect(page).rejects.toThrow(/\$\.data\[0\]\.n/);
  });

  it('strict: checks each stream event as it arrives', async () => {
    const sse = 'data: {"id":"a","n":1}\n\ndata: {"id":"b"}\n\n';
    const client = new Acme({ fetch: answering(sse, 'text/event-stream'), validate: 'strict' });
    const stream = await client.request<Stream<{ id: string }>>({ method: 'post', path: '/items/stream', stream: true, operation: 'streamItems' });
    const seen: string[] = [];
    await expect((async () => {
      for await (const e of stream) seen.push(e.id);
    })()).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toEqual(['a']);
  });

  it('finds the operation from method and path when the request names none', async () => {
    const client = new Acme({ fetch: answering(bad), validate: 'strict' });
    await expect(client.request({ method: 'get', path: '/items/a' })).rejects.toThrow(/getItem response/);
  });

  it('skips requests no operation matches, and rejects an unknown mode at construction', async () => {
    const client = new Acme({ fetch: answering(bad), validate: 'strict' });
    expect(await client.request({ method: 'get', path: '/elsewhere/a' })).toEqual({ id: 'a', n: 'not a number' });
    expect(() => new Acme({ validate: 'loud' as 'warn' })).toThrow(SDKError);
  });
});

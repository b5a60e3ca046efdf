import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDKError } from '../../../templates/runtime/core/error.js';
import { CursorPage, Page, PagePromise } from '../../../templates/runtime/core/pagination.js';
import type { RequestOptions } from '../../../templates/runtime/core/request-options.js';
import { startServer, type Handler, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

type Item = { id: string };
const ALL = Array.from({ length: 7 }, (_, i) => ({ id: `item_${i + 1}` }));

/** 3 pages of at most 3 items, cursor `after` = last id, `has_more`, `last_id`. */
const cursorList: Handler = (req, res) => {
  const url = new URL(req.url, 'http://x');
  const after = url.searchParams.get('after');
  const start = after ? ALL.findIndex((i) => i.id === after) + 1 : 0;
  const data = ALL.slice(start, start + 3);
  res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${start}` });
  res.end(JSON.stringify({ object: 'list', data, has_more: start + 3 < ALL.length, last_id: data.at(-1)?.id ?? null }));
};

let server: TestServer;
let client: TestClient;
beforeAll(async () => {
  server = await startServer(cursorList);
  client = new TestClient({ apiKey: 'k', baseURL: server.url });
});
afterAll(() => server.close());

const list = (query: Record<string, unknown> = {}, options?: RequestOptions) =>
  client.requestPage<CursorPage<Item>, Item>(CursorPage<Item>, { method: 'get', path: '/items', query }, options);
const afters = () => server.seen.map((s) => new URL(s.url, 'http://x').searchParams.get('after'));

describe('CursorPage', () => {
  it('await gives the first page with the body fields and navigation', async () => {
    server.seen = [];
    const page = await list({ limit: 3 });
    expect(page).toBeInstanceOf(CursorPage);
    expect(page.data.map((i) => i.id)).toEqual(['item_1', 'item_2', 'item_3']);
    expect(page.has_more).toBe(true);
    expect((page as unknown as { object: string }).object).toBe('list');
    expect(page.hasNextPage()).toBe(true);
    const second = await page.getNextPage();
    expect(second.data.map((i) => i.id)).toEqual(['item_4', 'item_5', 'item_6']);
    expect(server.seen.map((s) => s.url)).toEqual(['/items?limit=3', '/items?limit=3&after=item_3']);
  });

  it('for await over the promise walks 3 pages, sending after=<last id>, and stops', async () => {
    server.seen = [];
    const ids: string[] = [];
    for await (const item of list()) ids.push(item.id);
    expect(ids).toEqual(ALL.map((i) => i.id));
    expect(afters()).toEqual([null, 'item_3', 'item_6']);
  });

  it('iterPages yields each page once; the last page has no next page', async () => {
    const pages: string[][] = [];
    const first = await list();
    for await (const page of first.iterPages()) pages.push(page.getPaginatedItems().map((i) => i.id));
    expect(pages).toEqual([['item_1', 'item_2', 'item_3'], ['item_4', 'item_5', 'item_6'], ['item_7']]);
    const last = await (await first.getNextPage()).getNextPage();
    expect(last.hasNextPage()).toBe(false);
    await expect(last.getNextPage()).rejects.toThrow(SDKError);
  });

  it('a response-field cursor (last_id) works too', async () => {
    server.seen = [];
    const spec = { method: 'get' as const, path: '/items', page: { itemsField: 'data', cursorParam: 'after', hasMoreField: 'has_more', nextCursor: { from: 'response' as const, field: 'last_id' } } };
    const ids: string[] = [];
    for await (const item of client.requestPage<CursorPage<Item>, Item>(CursorPage<Item>, spec)) ids.push(item.id);
    expect(ids).toHaveLength(7);
    expect(afters()).toEqual([null, 'item_3', 'item_6']);
  });

  it('a cursor in options.query is replaced by the next cursor', async () => {
    server.seen = [];
    const ids: string[] = [];
    for await (const item of list({}, { query: { after: 'item_2' } })) ids.push(item.id);
    expect(ids).toEqual(['item_3', 'item_4', 'item_5', 'item_6', 'item_7']);
    expect(afters()).toEqual(['item_2', 'item_5']);
  });

  it('a server repeating the same cursor cannot loop forever', async () => {
    server.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [{ id: 'same' }], has_more: true }));
    };
    try {
      const ids: string[] = [];
      for await (const item of list()) ids.push(item.id);
      expect(ids).toEqual(['same', 'same']);
    } finally {
      server.handler = cursorList;
    }
  });
});

describe('bounds', () => {
  it('maxItems stops iteration after that many items without fetching more pages', async () => {
    server.seen = [];
    const ids: string[] = [];
    for await (const item of list({}, { maxItems: 4 })) ids.push(item.id);
    expect(ids).toEqual(['item_1', 'item_2', 'item_3', 'item_4']);
    expect(server.seen).toHaveLength(2);
  });

  it('maxPages stops iteration after that many pages', async () => {
    server.seen = [];
    const ids: string[] = [];
    for await (const item of list({}, { maxPages: 2 })) ids.push(item.id);
    expect(ids).toHaveLength(6);
    expect(server.seen).toHaveLength(2);
    const pages = [];
    for await (const page of (await list({}, { maxPages: 1 })).iterPages()) pages.push(page);
    expect(pages).toHaveLength(1);
  });

  it('maxItems: 0 yields nothing; bounds carry over to later pages fetched by hand', async () => {
    const none: Item[] = [];
    for await (const item of list({}, { maxItems: 0 })) none.push(item);
    expect(none).toEqual([]);
    const second = await (await list({}, { maxItems: 2 })).getNextPage();
    const ids: string[] = [];
    for await (const item of second) ids.push(item.id);
    expect(ids).toEqual(['item_4', 'item_5']);
  });
});

describe('Page (un-paged list)', () => {
  it('gives every item of the single response and stops', async () => {
    server.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_models' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'a' }, { id: 'b' }] }));
    };
    try {
      server.seen = [];
      const promise = client.requestPage<Page<Item>, Item>(Page<Item>, { method: 'get', path: '/models' });
      expect(promise).toBeInstanceOf(PagePromise);
      const page = await promise;
      expect(page.data).toEqual([{ id: 'a' }, { id: 'b' }]);
      expect(page.hasNextPage()).toBe(false);
      expect((page as unknown as { _request_id: string })._request_id).toBe('req_models');
      const ids: string[] = [];
      for await (const item of client.requestPage<Page<Item>, Item>(Page<Item>, { method: 'get', path: '/models' })) ids.push(item.id);
      expect(ids).toEqual(['a', 'b']);
      expect(server.seen).toHaveLength(2);
    } finally {
      server.handler = cursorList;
    }
  });
});

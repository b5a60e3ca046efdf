/**
 * Paged lists of the generated package as a user meets them: the first page from `await`,
 * `getNextPage()`, `for await` over items and `iterPages()`, the `maxItems`/`maxPages`
 * bounds, and the list styles of files, assistants, chat completions, conversation items,
 * fine-tuning jobs and models.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRPagination } from '../../generator/ir/types.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { makePages, pagedHandler } from './helpers/pages.js';
import { sendJSON, startServer, type TestServer } from './helpers/server.js';

const pkg = await loadPackage();
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

const LAST_ID: IRPagination = { style: 'cursor', cursorParam: 'after', itemsField: 'data', hasMoreField: 'has_more', nextCursor: { from: 'response', field: 'last_id' }, item: { kind: 'unknown', pointer: '' } };
const ITEM_ID: IRPagination = { ...LAST_ID, nextCursor: { from: 'item', field: 'id' } };
const pages = makePages([3, 3, 1], 'file_');
const afters = () => server.requests.map((r) => r.query.get('after'));

async function collect<T>(iterable: AsyncIterable<T>, limit = 100): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) if (out.push(item) > limit) throw new Error('the walk does not stop');
  return out;
}

describe('client.files.list()', () => {
  it('await gives the first page; getNextPage() sends after=<last_id> and keeps the query', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    const first = await client.files.list({ purpose: 'batch', limit: 3 });
    expect(first.data).toEqual(pages[0]);
    expect([first.has_more, first.last_id, first.object]).toEqual([true, 'cur_file_3', 'list']);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data).toEqual(pages[1]);
    const third = await second.getNextPage();
    expect([third.data, third.hasNextPage()]).toEqual([pages[2], false]);
    await expect(third.getNextPage()).rejects.toThrow(/no next page/);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/files?purpose=batch&limit=3',
      '/v1/files?purpose=batch&limit=3&after=cur_file_3',
      '/v1/files?purpose=batch&limit=3&after=cur_file_6',
    ]);
  });

  it('for await walks every item of every page', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    expect(await collect(client.files.list())).toEqual(pages.flat());
    expect(afters()).toEqual([null, 'cur_file_3', 'cur_file_6']);
  });

  it('maxItems stops the walk and fetches no page it does not need', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    expect(await collect(client.files.list({}, { maxItems: 4 }))).toEqual(pages.flat().slice(0, 4));
    expect(afters()).toEqual([null, 'cur_file_3']);
  });

  it('maxPages stops the walk after that many pages', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    expect(await collect(client.files.list({}, { maxPages: 2 }))).toEqual(pages.flat().slice(0, 6));
    expect(afters()).toEqual([null, 'cur_file_3']);
  });

  it('iterPages() yields pages, bounded by maxPages; the bounds do not change one page', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    const first = await client.files.list({}, { maxPages: 2, maxItems: 1 });
    expect(first.data).toHaveLength(3);
    expect(first.hasNextPage()).toBe(true);
    const walked = await collect(first.iterPages() as AsyncIterable<{ data: unknown[] }>);
    expect(walked.map((p) => p.data)).toEqual([pages[0], pages[1]]);
  });

  it('a page from getNextPage() keeps the bounds, counted from where its iteration starts', async () => {
    server.handle(pagedHandler(LAST_ID, makePages([3, 3, 3], 'file_')));
    const second = await (await client.files.list({}, { maxItems: 4 })).getNextPage();
    expect((await collect(second)).map((f) => (f as { id: string }).id)).toEqual(['file_4', 'file_5', 'file_6', 'file_7']);
  });

  it('a server that repeats the cursor it was sent does not loop forever', async () => {
    server.handle((req, res) => sendJSON(res, { object: 'list', data: [{ id: 'file_1' }], has_more: true, last_id: 'same' }));
    expect(await collect(client.files.list())).toHaveLength(2);
    expect(afters()).toEqual([null, 'same']);
  });

  it('withResponse() on the page promise gives the page and the HTTP response', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    const { data, response } = await client.files.list().withResponse();
    expect(data.data).toEqual(pages[0]);
    expect(response.status).toBe(200);
  });
});

describe('other list styles', () => {
  it('client.beta.assistants.list() sends OpenAI-Beta and after=<last_id> on every page', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    expect(await collect(client.beta.assistants.list({ order: 'asc' }))).toHaveLength(7);
    expect(server.requests.map((r) => [r.path, r.query.get('order'), r.query.get('after'), r.headers['openai-beta']])).toEqual([
      ['/assistants', 'asc', null, 'assistants=v2'],
      ['/assistants', 'asc', 'cur_file_3', 'assistants=v2'],
      ['/assistants', 'asc', 'cur_file_6', 'assistants=v2'],
    ]);
  });

  it('client.chat.completions.list() follows last_id', async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    expect(await collect(client.chat.completions.list({ model: 'gpt-x' }))).toEqual(pages.flat());
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/chat/completions?model=gpt-x',
      '/v1/chat/completions?model=gpt-x&after=cur_file_3',
      '/v1/chat/completions?model=gpt-x&after=cur_file_6',
    ]);
  });

  it("client.conversations.items.list('conv_1') pages the conversation's items", async () => {
    server.handle(pagedHandler(LAST_ID, pages));
    expect(await collect(client.conversations.items.list('conv_1', { order: 'desc' }))).toEqual(pages.flat());
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/conversations/conv_1/items?order=desc',
      '/v1/conversations/conv_1/items?order=desc&after=cur_file_3',
      '/v1/conversations/conv_1/items?order=desc&after=cur_file_6',
    ]);
  });

  it('client.fineTuning.jobs.list() takes the cursor from the last item id', async () => {
    server.handle(pagedHandler(ITEM_ID, pages));
    expect(await collect(client.fineTuning.jobs.list())).toEqual(pages.flat());
    expect(afters()).toEqual([null, 'file_3', 'file_6']);
  });

  it('client.models.list() is one page even when the body says has_more', async () => {
    server.handle((_req, res) => sendJSON(res, { object: 'list', data: [{ id: 'm1' }, { id: 'm2' }], has_more: true, last_id: 'm2' }));
    const page = await client.models.list();
    expect([page.data, page.hasNextPage()]).toEqual([[{ id: 'm1' }, { id: 'm2' }], false]);
    expect(await collect(client.models.list())).toEqual([{ id: 'm1' }, { id: 'm2' }]);
    expect(server.requests.map((r) => r.url)).toEqual(['/v1/models', '/v1/models']);
  });
});

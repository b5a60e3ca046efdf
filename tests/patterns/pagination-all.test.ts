/**
 * Every operation the IR marks paginated, called through the generated package against a
 * server that pages the way its annotation says: `for await` walks all pages sending the
 * right cursor; un-paged lists stop after one request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callName, callOperation, expectedPath, openaiIR } from './helpers/ir.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { cursorAfter, makePages, pagedHandler } from './helpers/pages.js';
import { startServer, type TestServer } from './helpers/server.js';

const pkg = await loadPackage();
const ir = await openaiIR();
const paged = ir.operations.filter((o) => o.pagination);
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer();
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

async function collect(iterable: AsyncIterable<unknown>, limit = 100): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of iterable) {
    out.push(item);
    if (out.length > limit) throw new Error(`more than ${limit} items: the walk does not stop`);
  }
  return out;
}

describe('every paginated operation', () => {
  it('there are cursor and un-paged lists to walk', () => {
    expect(paged.filter((o) => o.pagination!.style === 'cursor').length).toBeGreaterThan(50);
    expect(paged.filter((o) => o.pagination!.style === 'none').length).toBeGreaterThan(0);
  });

  for (const op of paged.filter((o) => o.pagination!.style === 'cursor')) {
    const p = op.pagination as Extract<typeof op.pagination, { style: 'cursor' }>;
    it(`${callName(op)} walks 3 pages with ${p.cursorParam}= from ${p.nextCursor.from}.${p.nextCursor.field}`, async () => {
      const pages = makePages([3, 3, 1]);
      server.handle(pagedHandler(p, pages));
      const items = await collect(callOperation(client, op, undefined) as AsyncIterable<unknown>);
      expect(items).toEqual(pages.flat());
      expect(server.requests.map((r) => [r.method, r.path])).toEqual(Array(3).fill([op.method.toUpperCase(), expectedPath(op)]));
      expect(server.requests.map((r) => r.query.get(p.cursorParam))).toEqual([null, cursorAfter(p, pages, 0), cursorAfter(p, pages, 1)]);
    });
  }

  for (const op of paged.filter((o) => o.pagination!.style === 'none')) {
    it(`${callName(op)} is one page: iteration stops after one request`, async () => {
      const pages = makePages([2, 2]);
      server.handle(pagedHandler(op.pagination!, pages));
      const first = await (callOperation(client, op, undefined) as Promise<{ data: unknown[]; hasNextPage(): boolean }>);
      expect(first.data).toEqual(pages[0]);
      expect(first.hasNextPage()).toBe(false);
      expect(await collect(first as unknown as AsyncIterable<unknown>)).toEqual(pages[0]);
      expect(server.requests).toHaveLength(1);
    });
  }
});

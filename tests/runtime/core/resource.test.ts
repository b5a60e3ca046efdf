import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  APIPromise,
  APIResource,
  CursorPage,
  NotFoundError,
  PagePromise,
  path,
  type RequestOptions,
} from '../../../templates/runtime/core/index.js';
import { json, startServer, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

interface Widget {
  id: string;
  name: string;
}
type WidgetsPage = CursorPage<Widget>;

/** A resource written exactly the way CONTRACT.md tells the emitter to write one. */
class Widgets extends APIResource<TestClient> {
  retrieve(widgetID: string, options?: RequestOptions): APIPromise<Widget> {
    return this._client.request({ method: 'get', path: path`/widgets/${widgetID}` }, options);
  }
  list(query: { limit?: number } = {}, options?: RequestOptions): PagePromise<WidgetsPage, Widget> {
    return this._client.requestPage(CursorPage<Widget>, { method: 'get', path: '/widgets', query }, options);
  }
}

class Acme extends TestClient {
  widgets: Widgets = new Widgets(this);
  static NotFoundError = NotFoundError;
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url.startsWith('/widgets/missing')) return json(404, { error: { message: 'no widget' } })(req, res);
    if (req.url.startsWith('/widgets/')) return json(200, { id: decodeURIComponent(req.url.slice(9)), name: 'w' })(req, res);
    json(200, { data: [{ id: 'w1', name: 'a' }], has_more: false })(req, res);
  });
});
afterAll(() => server.close());

describe('generated-code shape', () => {
  it('resource methods type-check and run as CONTRACT.md describes', async () => {
    const client = new Acme({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
    const widget = await client.widgets.retrieve('a/b');
    expectTypeOf(widget).toEqualTypeOf<Widget>();
    expect(widget).toEqual({ id: 'a/b', name: 'w' });
    const items: Widget[] = [];
    for await (const w of client.widgets.list()) items.push(w);
    expect(items).toEqual([{ id: 'w1', name: 'a' }]);
    const page = await client.widgets.list({ limit: 1 });
    expectTypeOf(page.data).toEqualTypeOf<Widget[]>();
    await expect(client.widgets.retrieve('missing')).rejects.toBeInstanceOf(Acme.NotFoundError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIPromise } from '../../../templates/runtime/core/api-promise.js';
import { json, startServer, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

type Thing = { id: string; _request_id?: string | null };
let server: TestServer;
let client: TestClient;
beforeAll(async () => {
  server = await startServer(
    json(200, { id: 'thing_1' }, { 'x-request-id': 'req_abc', 'x-ratelimit-limit-requests': '100', 'x-processing-ms': '12' }),
  );
  client = new TestClient({ apiKey: 'k', baseURL: server.url });
});
afterAll(() => server.close());

const get = () => client.request<Thing>({ method: 'get', path: '/things/1' });

describe('APIPromise', () => {
  it('is a real Promise', () => {
    const p = get();
    expect(p).toBeInstanceOf(Promise);
    expect(p).toBeInstanceOf(APIPromise);
    return p;
  });

  it('await gives the parsed body with a non-enumerable _request_id', async () => {
    const thing = await get();
    expect(thing).toEqual({ id: 'thing_1' });
    expect(thing._request_id).toBe('req_abc');
    expect(Object.keys(thing)).toEqual(['id']);
    expect(JSON.stringify(thing)).toBe('{"id":"thing_1"}');
  });

  it('withResponse gives the very object await gives, the Response and the request id', async () => {
    const p = get();
    const { data, response, request_id } = await p.withResponse();
    expect(data).toBe(await p);
    expect(response).toBeInstanceOf(Response);
    expect(request_id).toBe('req_abc');
    expect(response.headers.get('x-ratelimit-limit-requests')).toBe('100');
    expect(response.headers.get('x-processing-ms')).toBe('12');
  });

  it('asResponse gives the global Response with its body unread', async () => {
    const response = await get().asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ id: 'thing_1' });
  });

  it('parses lazily: asResponse alone leaves the body to the caller', async () => {
    const p = get();
    const response = await p.asResponse();
    await new Promise((r) => setTimeout(r, 20));
    expect(response.bodyUsed).toBe(false);
  });

  it('catch and finally work and keep the parsed value', async () => {
    let ran = false;
    const thing = await get()
      .catch(() => null)
      .finally(() => {
        ran = true;
      });
    expect(ran).toBe(true);
    expect(thing).toEqual({ id: 'thing_1' });
  });

  it('_thenUnwrap transforms the parsed value and keeps withResponse', async () => {
    const p = get()._thenUnwrap((t) => t.id.toUpperCase());
    expect(await p).toBe('THING_1');
    const { data, request_id } = await p.withResponse();
    expect(data).toBe('THING_1');
    expect(request_id).toBe('req_abc');
  });

  it('binary operations resolve to the raw Response with the requested Accept', async () => {
    server.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/mpeg' });
      res.end(Buffer.from([1, 2, 3]));
    };
    const response = await client.request<Response>({ method: 'post', path: '/speech', body: {}, binary: true, accept: 'audio/mpeg' });
    expect(response).toBeInstanceOf(Response);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(server.seen.at(-1)!.headers['accept']).toBe('audio/mpeg');
  });

  it('non-JSON text resolves to a string, 204 to null', async () => {
    server.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello');
    };
    expect(await client.request({ method: 'get', path: '/t' })).toBe('hello');
    server.handler = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    expect(await client.request({ method: 'delete', path: '/t' })).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SDKError,
  UnprocessableEntityError,
} from '../../../templates/runtime/core/error.js';
import { json, startServer, type TestServer } from './server.js';
import { TestClient } from './test-client.js';

const CASES: Array<[number, new (...a: never[]) => APIError]> = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [503, InternalServerError],
];

describe('APIError.generate', () => {
  it.each(CASES)('%i → %o', (status, Ctor) => {
    const err = APIError.generate(status, { error: { message: 'nope' } }, undefined, new Headers());
    expect(err).toBeInstanceOf(Ctor);
    expect(err).toBeInstanceOf(APIError);
    expect(err).toBeInstanceOf(SDKError);
    expect(err.status).toBe(status);
    expect(err.message).toBe(`${status} nope`);
  });

  it('other statuses are plain APIError', () => {
    const err = APIError.generate(418, undefined, 'teapot', new Headers());
    expect(err.constructor).toBe(APIError);
    expect(err.message).toBe('418 teapot');
  });

  it('no status → APIConnectionError', () => {
    expect(APIError.generate(undefined, new Error('x'), 'lost', undefined)).toBeInstanceOf(APIConnectionError);
  });

  it('a body without an error object is exposed whole', () => {
    const err = APIError.generate(400, { detail: 'bad' }, undefined, new Headers());
    expect(err.error).toEqual({ detail: 'bad' });
    expect(err.message).toBe('400 {"detail":"bad"}');
    expect(err.code).toBeUndefined();
  });
});

describe('errors from the wire', () => {
  let server: TestServer;
  let client: TestClient;
  beforeAll(async () => {
    server = await startServer();
    client = new TestClient({ apiKey: 'k', baseURL: server.url, maxRetries: 0, logLevel: 'off' });
  });
  afterAll(() => server.close());

  it.each(CASES)('%i rejects with the right subclass and the error fields', async (status, Ctor) => {
    const body = { error: { message: 'Bad things', type: 'invalid_request_error', code: 'bad_thing', param: 'model' } };
    server.handler = json(status, body, { 'x-request-id': `req_${status}`, 'x-ratelimit-remaining-requests': '9' });
    const err = (await client.request({ method: 'get', path: '/e' }).catch((e: unknown) => e)) as APIError;
    expect(err).toBeInstanceOf(Ctor);
    expect(err.status).toBe(status);
    expect(err.error).toEqual(body.error);
    expect(err.code).toBe('bad_thing');
    expect(err.param).toBe('model');
    expect(err.type).toBe('invalid_request_error');
    expect(err.requestID).toBe(`req_${status}`);
    expect(err.headers?.get('x-ratelimit-remaining-requests')).toBe('9');
    expect(err.message).toBe(`${status} Bad things`);
  });

  it('a non-JSON error body becomes the message', async () => {
    server.handler = (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such thing');
    };
    const err = (await client.request({ method: 'get', path: '/e' }).catch((e: unknown) => e)) as APIError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toBe('404 no such thing');
    expect(err.error).toBeUndefined();
    expect(err.requestID).toBeNull();
  });

  it('an empty error body says so', async () => {
    server.handler = (_req, res) => {
      res.writeHead(403);
      res.end();
    };
    const err = (await client.request({ method: 'get', path: '/e' }).catch((e: unknown) => e)) as APIError;
    expect(err).toBeInstanceOf(PermissionDeniedError);
    expect(err.message).toBe('403 status code (no body)');
  });
});

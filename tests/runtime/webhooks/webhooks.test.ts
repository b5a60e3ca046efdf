import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Webhooks,
  WebhookVerificationError,
  verifyWebhookSignature,
  type WebhookFailure,
} from '../../../templates/runtime/core/webhooks.js';

const key = randomBytes(24);
const secret = `whsec_${key.toString('base64')}`;
const otherSecret = `whsec_${randomBytes(24).toString('base64')}`;
const body = JSON.stringify({ id: 'evt_1', type: 'batch.completed', created_at: 1, data: { id: 'batch_1' } });

/** Signs like a Standard Webhooks sender, independently of the code under test (node:crypto). */
function sign(payload: string, id: string, timestamp: number, withKey: Buffer = key): string {
  return createHmac('sha256', withKey).update(`${id}.${timestamp}.${payload}`).digest('base64');
}

function headersFor(payload: string, timestamp = Math.floor(Date.now() / 1000), signature?: string) {
  return {
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${signature ?? sign(payload, 'msg_1', timestamp)}`,
  };
}

async function failure(promise: Promise<unknown>): Promise<WebhookFailure | 'passed'> {
  try {
    await promise;
    return 'passed';
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}

describe('verifyWebhookSignature', () => {
  const now = Math.floor(Date.now() / 1000);
  it.each([
    ['good signature', body, headersFor(body), secret, 'passed'],
    ['tampered body', body.replace('batch_1', 'batch_2'), headersFor(body), secret, 'invalid_signature'],
    ['wrong secret', body, headersFor(body), otherSecret, 'invalid_signature'],
    ['stale timestamp', body, headersFor(body, now - 360), secret, 'timestamp_too_old'],
    ['future timestamp', body, headersFor(body, now + 360), secret, 'timestamp_in_future'],
    ['within tolerance', body, headersFor(body, now - 290), secret, 'passed'],
    ['no secret', body, headersFor(body), undefined, 'missing_secret'],
    ['no headers', body, {}, secret, 'missing_headers'],
    ['non-numeric timestamp', body, { ...headersFor(body), 'webhook-timestamp': '12a' }, secret, 'invalid_timestamp'],
    [
      'several signatures, one valid',
      body,
      { ...headersFor(body), 'webhook-signature': `v1,${sign(body, 'msg_1', now, randomBytes(8))} v1,${sign(body, 'msg_1', now)}` },
      secret,
      'passed',
    ],
    ['unknown version only', body, { ...headersFor(body), 'webhook-signature': `v2,${sign(body, 'msg_1', now)}` }, secret, 'invalid_signature'],
    ['secret without prefix', body, headersFor(body), key.toString('base64'), 'passed'],
  ] as const)('%s', async (_name, payload, headers, useSecret, want) => {
    expect(await failure(verifyWebhookSignature(payload, headers, useSecret))).toBe(want);
  });

  it('names the client option and env var of a missing secret when the Webhooks object knows them', async () => {
    const named = new Webhooks(() => null, { option: 'signingSecret', env: 'ACME_SIGNING_SECRET' });
    const bare = new Webhooks(() => null);
    await expect(named.verifySignature(body, headersFor(body))).rejects.toThrow(
      'No webhook secret: pass one, or set the `signingSecret` client option or the ACME_SIGNING_SECRET environment variable.',
    );
    await expect(bare.verifySignature(body, headersFor(body))).rejects.toThrow('No webhook secret: pass one to verify the signature.');
    await expect(named.verifySignature(body, headersFor(body), secret)).resolves.toBeUndefined();
  });

  it('accepts a fetch Headers object', async () => {
    expect(await failure(verifyWebhookSignature(body, new Headers(headersFor(body)), secret))).toBe('passed');
  });
});

describe('Webhooks.unwrap over a real HTTP round trip', () => {
  let server: Server;
  let url: string;
  const received: { payload: string; headers: IncomingMessage['headers'] }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ payload: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function deliver(payload: string, headers: Record<string, string>) {
    received.length = 0;
    await fetch(url, { method: 'POST', body: payload, headers });
    return received[0]!;
  }

  it('verifies and parses what the server received, with the client secret', async () => {
    const hooks = new Webhooks<{ type: string; data: { id: string } }>(() => secret);
    const got = await deliver(body, headersFor(body));
    const event = await hooks.unwrap(got.payload, got.headers);
    expect(event.type).toBe('batch.completed');
    expect(event.data.id).toBe('batch_1');
  });

  it('refuses a replayed webhook-id and runs the schema', async () => {
    const seen = new Set<string>();
    const hooks = new Webhooks<{ type: 'batch.completed' }>(() => secret);
    const got = await deliver(body, headersFor(body));
    const isReplay = (id: string) => (seen.has(id) ? true : (seen.add(id), false));
    const schema = {
      parse(data: unknown) {
        if ((data as { type?: unknown }).type !== 'batch.completed') throw new Error('bad type');
        return data as { type: 'batch.completed' };
      },
    };
    await expect(hooks.unwrap(got.payload, got.headers, undefined, undefined, { isReplay, schema })).resolves.toEqual(
      JSON.parse(body),
    );
    expect(await failure(hooks.unwrap(got.payload, got.headers, undefined, undefined, { isReplay }))).toBe('replayed');
  });

  it('an explicit secret overrides the client one; a missing one is a clear error', async () => {
    const hooks = new Webhooks(() => undefined);
    const got = await deliver(body, headersFor(body));
    expect(await failure(hooks.unwrap(got.payload, got.headers))).toBe('missing_secret');
    expect(await failure(hooks.unwrap(got.payload, got.headers, secret))).toBe('passed');
  });
});

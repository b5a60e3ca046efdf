import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupPackages, fixturePackage, importFrom } from './helpers.js';

/** The generated package's surface this test uses (types are checked in types.test.ts). */
interface HooksModule {
  Hooks: new (o: Record<string, unknown>) => {
    webhooks: {
      unwrap(body: string, headers: Record<string, unknown>, secret?: string | null, tolerance?: number, o?: object): Promise<{ type: string; data: { id: string } }>;
      verifySignature(body: string, headers: Record<string, unknown>, secret?: string | null): Promise<void>;
    };
  };
  WebhookVerificationError: new (...a: never[]) => Error & { reason: string };
}

const key = randomBytes(32);
const secret = `whsec_${key.toString('base64')}`;
const otherSecret = `whsec_${randomBytes(32).toString('base64')}`;

/** Signs like a Standard Webhooks sender, with node:crypto (independent of the runtime under test). */
function signed(body: string, opts: { at?: number; withKey?: Buffer; extra?: string[]; id?: string } = {}) {
  const at = opts.at ?? Math.floor(Date.now() / 1000);
  const id = opts.id ?? `msg_${randomBytes(4).toString('hex')}`;
  const sig = createHmac('sha256', opts.withKey ?? key).update(`${id}.${at}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(at), 'webhook-signature': [...(opts.extra ?? []), `v1,${sig}`].join(' ') };
}

let mod: HooksModule;
let server: Server;
let url: string;
let client: InstanceType<HooksModule['Hooks']>;
const seenIds = new Set<string>();

beforeAll(async () => {
  const dir = await fixturePackage('hooks.yaml', 'hooks.sdk.yaml', 'webhooks');
  mod = await importFrom<HooksModule>(dir, 'dist/esm/index.js');
  client = new mod.Hooks({ apiKey: 'k', signingSecret: secret });
  // A receiver as a user would write it: raw body + Node's header object into client.webhooks.unwrap.
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const isReplay = (id: string) => (seenIds.has(id) ? true : (seenIds.add(id), false));
        const event = await client.webhooks.unwrap(body, req.headers, undefined, undefined, { isReplay });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: event.type, id: event.data.id }));
      } catch (e) {
        const reason = e instanceof mod.WebhookVerificationError ? e.reason : `unexpected: ${String(e)}`;
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ reason }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}, 120_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const body = JSON.stringify({ id: 'evt_1', type: 'job.failed', data: { id: 'job_1', reason: 'oom' } });
const deliver = async (payload: string, headers: Record<string, string>) => {
  const res = await fetch(url, { method: 'POST', body: payload, headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, json: (await res.json()) as Record<string, string> };
};

describe('client.webhooks.unwrap through a local receiver', () => {
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ['good signature', () => deliver(body, signed(body)), 200, { type: 'job.failed', id: 'job_1' }],
    ['tampered body', () => deliver(body.replace('oom', 'ok!'), signed(body)), 400, { reason: 'invalid_signature' }],
    ['stale timestamp', () => deliver(body, signed(body, { at: now() - 600 })), 400, { reason: 'timestamp_too_old' }],
    ['future timestamp', () => deliver(body, signed(body, { at: now() + 600 })), 400, { reason: 'timestamp_in_future' }],
    ['signed with another secret', () => deliver(body, signed(body, { withKey: randomBytes(32) })), 400, { reason: 'invalid_signature' }],
    ['several signatures, the last one valid', () => deliver(body, signed(body, { extra: [`v1,${randomBytes(32).toString('base64')}`, 'v1a,xyz'] })), 200, { type: 'job.failed', id: 'job_1' }],
    ['no signature headers', () => deliver(body, {}), 400, { reason: 'missing_headers' }],
  ])('%s', async (_name, send, status, want) => {
    const got = await send();
    expect(got).toEqual({ status, json: want });
  });

  it('refuses a delivery it has already seen (replay hook)', async () => {
    const headers = signed(body, { id: 'msg_replayed' });
    expect((await deliver(body, headers)).status).toBe(200);
    expect(await deliver(body, headers)).toEqual({ status: 400, json: { reason: 'replayed' } });
  });
});

describe('the secret', () => {
  it('comes from the configured option, its env var, or the call', async () => {
    const headers = signed(body);
    process.env.HOOKS_SIGNING_SECRET = secret;
    try {
      const fromEnv = new mod.Hooks({ apiKey: 'k' });
      await expect(fromEnv.webhooks.unwrap(body, headers)).resolves.toMatchObject({ type: 'job.failed' });
    } finally {
      delete process.env.HOOKS_SIGNING_SECRET;
    }
    const wrong = new mod.Hooks({ apiKey: 'k', signingSecret: otherSecret });
    await expect(wrong.webhooks.verifySignature(body, headers)).rejects.toMatchObject({ reason: 'invalid_signature' });
    await expect(wrong.webhooks.verifySignature(body, headers, secret)).resolves.toBeUndefined();
  });

  it('is reported as missing, distinctly, when none is set', async () => {
    const none = new mod.Hooks({ apiKey: 'k' });
    await expect(none.webhooks.unwrap(body, signed(body))).rejects.toMatchObject({
      reason: 'missing_secret',
      message: 'No webhook secret: pass one, or set the `signingSecret` client option or the HOOKS_SIGNING_SECRET environment variable.',
    });
  });

  it('validates the event with a schema when given one', async () => {
    const schema = { parse: (d: unknown) => { if ((d as { type?: string }).type !== 'job.succeeded') throw new Error('not a success'); return d; } };
    await expect(client.webhooks.unwrap(body, signed(body), undefined, undefined, { schema })).rejects.toThrow('not a success');
  });
});

afterAll(cleanupPackages);

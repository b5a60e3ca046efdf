import { createHmac, randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import { resolveSpec } from '../../generator/sources/index.js';
import { json, startServer, type TestServer } from '../runtime/core/server.js';
import { importFrom, ROOT, tsc } from './helpers.js';

type Ctor<T = Record<string, unknown>> = new (...args: never[]) => T;
let dir: string;

/** The OpenAI package as `npm run generate` builds it (every extra emitter), in a folder of our own. */
beforeAll(async () => {
  dir = join(ROOT, 'node_modules', '.cache', 'sdkgen-extras', `openai-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const spec = await resolveSpec({ specId: 'openai' });
  const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
  const ir = annotate(parseSpec(await loadSpec(spec.path)), config);
  await writePackage(dir, await emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), outDir: dir }));
  await copyFile(join(import.meta.dirname, 'consumers', 'uses-openai.mts'), join(dir, 'uses-openai.mts'));
}, 600_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the generated OpenAI package', () => {
  it('declares the realtime subpaths and ws as an optional peer', async () => {
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(pkg.exports!)).toEqual(expect.arrayContaining(['.', './realtime/ws', './realtime/websocket']));
    expect(pkg.peerDependencies).toMatchObject({ ws: '^8.18.0' });
    expect(pkg.peerDependenciesMeta).toMatchObject({ ws: { optional: true } });
    // Every peer is optional: the client itself needs none of them.
    expect(Object.values(pkg.peerDependenciesMeta!).every((m) => (m as { optional?: boolean }).optional)).toBe(true);
    expect(pkg.dependencies).toEqual({});
  });

  it('has one event type per webhook (16) in UnwrapWebhookEvent, and the realtime REST methods', async () => {
    const source = await readFile(join(dir, 'src', 'webhooks.ts'), 'utf8');
    const union = /export type UnwrapWebhookEvent =([^;]+);/.exec(source)![1]!;
    expect(union.split('|').map((t) => t.trim()).filter(Boolean)).toHaveLength(16);
    const { OpenAI } = await importFrom<{ OpenAI: Ctor }>(dir, 'dist/esm/index.js');
    const client = new (OpenAI as unknown as new (o: object) => { realtime: Record<string, Record<string, unknown>> })({ apiKey: 'sk' });
    const methods = (r: string) => Object.getOwnPropertyNames(Object.getPrototypeOf(client.realtime[r])).filter((m) => m !== 'constructor').sort();
    expect(methods('calls')).toEqual(expect.arrayContaining(['accept', 'create', 'hangup', 'refer', 'reject']));
    expect(methods('clientSecrets')).toEqual(['create']);
    expect(methods('sessions')).toEqual(['create']);
  });

  it('types: webhooks union narrows on type, realtime events typed, AzureOpenAI extends OpenAI', async () => {
    const flags = ['--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--lib', 'ES2022,DOM,DOM.Iterable'];
    expect(await tsc(dir, [...flags, 'uses-openai.mts'])).toBe('');
  }, 300_000);

  it('client.webhooks.unwrap verifies a batch.completed delivery with OPENAI_WEBHOOK_SECRET', async () => {
    const { OpenAI } = await importFrom<{ OpenAI: Ctor<{ webhooks: { unwrap(b: string, h: object): Promise<{ type: string }> } }> }>(dir, 'dist/esm/index.js');
    const key = randomBytes(32);
    process.env.OPENAI_WEBHOOK_SECRET = `whsec_${key.toString('base64')}`;
    try {
      const client = new (OpenAI as unknown as new (o: object) => InstanceType<typeof OpenAI>)({ apiKey: 'sk' });
      const body = JSON.stringify({ id: 'evt_1', object: 'event', created_at: 1, type: 'batch.completed', data: { id: 'batch_1' } });
      const at = Math.floor(Date.now() / 1000);
      const sig = createHmac('sha256', key).update(`wh_1.${at}.${body}`).digest('base64');
      const headers = new Headers({ 'webhook-id': 'wh_1', 'webhook-timestamp': String(at), 'webhook-signature': `v1,${sig}` });
      await expect(client.webhooks.unwrap(body, headers)).resolves.toMatchObject({ type: 'batch.completed', data: { id: 'batch_1' } });
      await expect(client.webhooks.unwrap(body + ' ', headers)).rejects.toMatchObject({ reason: 'invalid_signature' });
    } finally {
      delete process.env.OPENAI_WEBHOOK_SECRET;
    }
  });

  it('unwrap validates the event with the package zod schemas (valid passes, a signed but malformed event is refused)', async () => {
    const { OpenAI } = await importFrom<{ OpenAI: Ctor }>(dir, 'dist/esm/index.js');
    const zod = await importFrom<Record<string, { parse(d: unknown): unknown }>>(dir, 'dist/esm/zod/index.js');
    const { z } = await import('zod');
    const schema = z.union([zod.BatchCompletedWebhookEvent, zod.BatchFailedWebhookEvent] as never);
    const key = randomBytes(32);
    const client = new (OpenAI as unknown as new (o: object) => { webhooks: { unwrap(b: string, h: object, s?: string, t?: number, o?: object): Promise<unknown> } })({
      apiKey: 'sk',
      webhookSecret: `whsec_${key.toString('base64')}`,
    });
    const deliver = (event: object) => {
      const body = JSON.stringify(event);
      const at = Math.floor(Date.now() / 1000);
      const sig = createHmac('sha256', key).update(`wh_2.${at}.${body}`).digest('base64');
      return client.webhooks.unwrap(body, { 'webhook-id': 'wh_2', 'webhook-timestamp': String(at), 'webhook-signature': `v1,${sig}` }, undefined, undefined, { schema });
    };
    await expect(deliver({ id: 'e', object: 'event', created_at: 1, type: 'batch.completed', data: { id: 'b' } })).resolves.toMatchObject({ type: 'batch.completed' });
    await expect(deliver({ id: 'e', object: 'event', created_at: 1, type: 'batch.completed', data: { id: 42 } })).rejects.toThrow();
  });

  it('OpenAIRealtimeWS connects to {baseURL}/realtime?model=… with the bearer key and plays a session', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const seen: { url?: string; auth?: string } = {};
    wss.on('connection', (socket, req) => {
      Object.assign(seen, { url: req.url, auth: req.headers.authorization });
      socket.send(JSON.stringify({ type: 'session.created', event_id: 'e1', session: { type: 'realtime', id: 's1' } }));
      socket.on('message', (raw) => {
        const event = JSON.parse(raw.toString()) as { type: string; session: object };
        if (event.type === 'session.update') socket.send(JSON.stringify({ type: 'session.updated', event_id: 'e2', session: event.session }));
      });
    });
    try {
      const { OpenAI } = await importFrom<{ OpenAI: Ctor }>(dir, 'dist/esm/index.js');
      const { OpenAIRealtimeWS } = await importFrom<{ OpenAIRealtimeWS: Ctor<{ once(t: string): Promise<unknown>; send(e: object): void; close(): void }> }>(dir, 'dist/esm/realtime/ws.js');
      const port = (wss.address() as AddressInfo).port;
      const client = new (OpenAI as unknown as new (o: object) => object)({ apiKey: 'sk-live', baseURL: `http://127.0.0.1:${port}/v1` });
      const rt = new (OpenAIRealtimeWS as unknown as new (p: object, c: object) => InstanceType<typeof OpenAIRealtimeWS>)({ model: 'gpt-realtime' }, client);
      await rt.once('session.created');
      rt.send({ type: 'session.update', session: { type: 'realtime', instructions: 'be brief' } });
      await expect(rt.once('session.updated')).resolves.toMatchObject({ session: { instructions: 'be brief' } });
      rt.close();
      expect(seen).toEqual({ url: '/v1/realtime?model=gpt-realtime', auth: 'Bearer sk-live' });
    } finally {
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    }
  });

  it('AzureOpenAI routes chat completions through the deployment with api-version and api-key', async () => {
    const server: TestServer = await startServer(json(200, { id: 'x', object: 'list', data: [], has_more: false }));
    try {
      const { AzureOpenAI } = await importFrom<{ AzureOpenAI: Ctor }>(dir, 'dist/esm/index.js');
      const az = new (AzureOpenAI as unknown as new (o: object) => { chat: { completions: { create(b: object): Promise<unknown> } }; files: { list(): Promise<unknown> } })({
        endpoint: server.url, apiKey: 'az', apiVersion: '2024-10-21',
      });
      await az.chat.completions.create({ model: 'gpt-4o-deploy', messages: [{ role: 'user', content: 'hi' }] });
      await az.files.list();
      expect(server.seen.map((s) => [s.method, s.url, s.headers['api-key'], s.headers.authorization])).toEqual([
        ['POST', '/openai/deployments/gpt-4o-deploy/chat/completions?api-version=2024-10-21', 'az', undefined],
        ['GET', '/openai/files?api-version=2024-10-21', 'az', undefined],
      ]);
    } finally {
      await server.close();
    }
  });
});

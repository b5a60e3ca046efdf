import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket, WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { cleanupPackages, fixturePackage, importFrom } from './helpers.js';

type Event = { type: string; [k: string]: unknown };
interface RealtimeClient {
  url: URL;
  on(type: string, handler: (e: never) => void): RealtimeClient;
  once(type: string): Promise<Event>;
  send(event: Event): void;
  close(props?: { code: number; reason: string }): void;
  socket: { once(e: 'close', h: (code: number) => void): void; addEventListener(e: 'close', h: (ev: { code: number }) => void): void };
}
type RealtimeCtor = new (props: { model: string }, client?: object) => RealtimeClient;
type ClientCtor = new (o: Record<string, unknown>) => { baseURL: string };

let dir: string;
let wss: WebSocketServer;
let port: number;
const upgrades: { url: string; authorization?: string; protocol?: string; apiKey?: string }[] = [];

beforeAll(async () => {
  dir = await fixturePackage('hooks.yaml', 'hooks.sdk.yaml', 'realtime');
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (protocols) => [...protocols][0] ?? false });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  port = (wss.address() as AddressInfo).port;
  // Plays a session: created → update → updated; audio appends → commit → committed; then an
  // error event and the server closing.
  wss.on('connection', (socket: ServerSocket, request) => {
    upgrades.push({
      url: request.url ?? '',
      authorization: request.headers.authorization,
      protocol: request.headers['sec-websocket-protocol'],
      apiKey: request.headers['api-key'] as string | undefined,
    });
    let bytes = 0;
    socket.send(JSON.stringify({ type: 'session.created', session: { id: 'sess_1' } }));
    socket.on('message', (raw) => {
      const event = JSON.parse(raw.toString()) as Event;
      if (event.type === 'session.update') {
        socket.send(JSON.stringify({ type: 'session.updated', session: { id: 'sess_1', ...(event.session as object) } }));
      } else if (event.type === 'input_audio_buffer.append') {
        bytes += Buffer.from(event.audio as string, 'base64').length;
      } else if (event.type === 'input_audio_buffer.commit') {
        socket.send(JSON.stringify({ type: 'input_audio_buffer.committed', bytes }));
        socket.send(JSON.stringify({ type: 'error', error: { message: 'buffer too short', code: 'short' } }));
        setTimeout(() => socket.close(1001, 'going away'), 10);
      }
    });
  });
}, 120_000);
afterAll(() => new Promise<void>((resolve) => wss.close(() => resolve())));

/** Runs the whole session against one generated realtime class; returns what the client saw. */
async function playSession(rt: RealtimeClient, onClose: Promise<number>) {
  const types: string[] = [];
  const errors: { message: string; event?: Event }[] = [];
  rt.on('event', ((e: Event) => types.push(e.type)) as (e: never) => void);
  rt.on('error', ((e: { message: string; event?: Event }) => errors.push(e)) as (e: never) => void);
  const created = await rt.once('session.created');
  rt.send({ type: 'session.update', session: { instructions: 'be brief' } });
  const updated = await rt.once('session.updated');
  rt.send({ type: 'input_audio_buffer.append', audio: Buffer.from([1, 2, 3]).toString('base64') });
  rt.send({ type: 'input_audio_buffer.append', audio: Buffer.from([4, 5]).toString('base64') });
  rt.send({ type: 'input_audio_buffer.commit' });
  const committed = await rt.once('input_audio_buffer.committed');
  const code = await onClose;
  return { created, updated, committed, code, types, errors: errors.map((e) => ({ message: e.message, code: (e.event?.error as { code?: string })?.code })) };
}

const wantSession = {
  created: { type: 'session.created', session: { id: 'sess_1' } },
  updated: { type: 'session.updated', session: { id: 'sess_1', instructions: 'be brief' } },
  committed: { type: 'input_audio_buffer.committed', bytes: 5 },
  code: 1001,
  types: ['session.created', 'session.updated', 'input_audio_buffer.committed', 'error'],
  errors: [{ message: 'buffer too short', code: 'short' }],
};

describe('generated realtime clients against a local ws server', () => {
  it('Node client (<pkg>/realtime/ws, ESM): URL from the base URL, bearer credential, a whole session', async () => {
    const { Hooks } = await importFrom<{ Hooks: ClientCtor }>(dir, 'dist/esm/index.js');
    const { HooksRealtimeWS } = await importFrom<{ HooksRealtimeWS: RealtimeCtor }>(dir, 'dist/esm/realtime/ws.js');
    const client = new Hooks({ apiKey: 'sk-rt', baseURL: `http://127.0.0.1:${port}/v1` });
    const rt = new HooksRealtimeWS({ model: 'rt-model' }, client);
    expect(rt.url.toString()).toBe(`ws://127.0.0.1:${port}/v1/realtime?model=rt-model`);
    const closed = new Promise<number>((resolve) => rt.socket.once('close', resolve));
    expect(await playSession(rt, closed)).toEqual(wantSession);
    expect(upgrades.at(-1)).toMatchObject({ url: '/v1/realtime?model=rt-model', authorization: 'Bearer sk-rt' });
  });

  it('Node client from the CommonJS build, with a client built from the environment', async () => {
    const { HooksRealtimeWS } = createRequire(import.meta.url)(join(dir, 'dist/cjs/realtime/ws.js')) as { HooksRealtimeWS: RealtimeCtor };
    process.env.HOOKS_API_KEY = 'sk-env';
    process.env.HOOKS_BASE_URL = `http://127.0.0.1:${port}`;
    try {
      const rt = new HooksRealtimeWS({ model: 'm 2' });
      const closed = new Promise<number>((resolve) => rt.socket.once('close', resolve));
      await rt.once('session.created');
      rt.close({ code: 4000, reason: 'done' });
      expect(await closed).toBe(4000);
      expect(upgrades.at(-1)).toMatchObject({ url: '/realtime?model=m+2', authorization: 'Bearer sk-env' });
    } finally {
      delete process.env.HOOKS_API_KEY;
      delete process.env.HOOKS_BASE_URL;
    }
  });

  it('HooksRealtimeWS.azure(client): api-version and deployment in the query, api-key or a fresh token in the headers', async () => {
    const mod = await importFrom<{ CloudHooks: ClientCtor }>(dir, 'dist/esm/index.js');
    const { HooksRealtimeWS } = await importFrom<{ HooksRealtimeWS: RealtimeCtor & { azure(c: object, p?: object): Promise<RealtimeClient> } }>(dir, 'dist/esm/realtime/ws.js');
    const endpoint = `http://127.0.0.1:${port}`;
    const keyed = new mod.CloudHooks({ endpoint, apiKey: 'az-key', apiVersion: '2025-01-01', deployment: 'rt-dep' });
    const first = await HooksRealtimeWS.azure(keyed);
    expect(first.url.toString()).toBe(`ws://127.0.0.1:${port}/hooks/realtime?api-version=2025-01-01&deployment=rt-dep`);
    await first.once('session.created');
    first.close();
    expect(upgrades.at(-1)).toMatchObject({ url: '/hooks/realtime?api-version=2025-01-01&deployment=rt-dep', authorization: undefined });
    expect(upgrades.at(-1)!.apiKey).toBe('az-key');
    let n = 0;
    const tokened = new mod.CloudHooks({ endpoint, apiVersion: 'v', azureADTokenProvider: async () => `tok${++n}` });
    const second = await HooksRealtimeWS.azure(tokened, { deployment: 'other' });
    await second.once('session.created');
    second.close();
    expect(upgrades.at(-1)).toMatchObject({ url: '/hooks/realtime?api-version=v&deployment=other', authorization: 'Bearer tok1', apiKey: undefined });
    await expect(HooksRealtimeWS.azure(tokened)).rejects.toThrow('Realtime through CloudHooks needs a deployment');
  });

  it('a refused upgrade (wrong credential) arrives as an error event naming the status', async () => {
    const strict = new WebSocketServer({ host: '127.0.0.1', port: 0, verifyClient: (info: { req: { headers: Record<string, unknown> } }) => info.req.headers.authorization === 'Bearer good' });
    await new Promise<void>((resolve) => strict.once('listening', () => resolve()));
    try {
      const { Hooks } = await importFrom<{ Hooks: ClientCtor }>(dir, 'dist/esm/index.js');
      const { HooksRealtimeWS } = await importFrom<{ HooksRealtimeWS: RealtimeCtor }>(dir, 'dist/esm/realtime/ws.js');
      const base = `http://127.0.0.1:${(strict.address() as AddressInfo).port}`;
      const rt = new HooksRealtimeWS({ model: 'm' }, new Hooks({ apiKey: 'bad', baseURL: base }));
      const error = await new Promise<{ message: string }>((resolve) => rt.on('error', resolve as (e: never) => void));
      expect(error.message).toMatch(/401/);
    } finally {
      await new Promise<void>((resolve) => strict.close(() => resolve()));
    }
  });

  it('browser client (<pkg>/realtime/websocket) on the global WebSocket: credential in the subprotocols', async () => {
    const g = globalThis as { WebSocket?: unknown };
    const previous = g.WebSocket;
    g.WebSocket = NodeWebSocket; // a standard-shaped WebSocket (addEventListener, protocols)
    try {
      const { Hooks } = await importFrom<{ Hooks: ClientCtor }>(dir, 'dist/esm/index.js');
      const { HooksRealtimeWebSocket } = await importFrom<{ HooksRealtimeWebSocket: RealtimeCtor }>(dir, 'dist/esm/realtime/websocket.js');
      const rt = new HooksRealtimeWebSocket({ model: 'rt-model' }, new Hooks({ apiKey: 'sk-b', baseURL: `http://127.0.0.1:${port}/v1` }));
      const closed = new Promise<number>((resolve) => rt.socket.addEventListener('close', (ev) => resolve(ev.code)));
      expect(await playSession(rt, closed)).toEqual(wantSession);
      expect(upgrades.at(-1)).toMatchObject({ url: '/v1/realtime?model=rt-model' });
      expect(upgrades.at(-1)!.protocol?.split(/,\s*/)).toEqual(['realtime', 'insecure-key.sk-b']);
      expect(upgrades.at(-1)!.authorization).toBeUndefined();
    } finally {
      g.WebSocket = previous;
    }
  });
});

afterAll(cleanupPackages);

import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { RealtimeError, realtimeURL } from '../../../templates/runtime/realtime/base.js';
import { RealtimeWSBase } from '../../../templates/runtime/realtime/ws.js';

type ClientEvent =
  | { type: 'session.update'; session: { instructions: string } }
  | { type: 'input_audio_buffer.append'; audio: string }
  | { type: 'input_audio_buffer.commit' };
type ServerEvent =
  | { type: 'session.created'; session: { id: string } }
  | { type: 'session.updated'; session: { id: string; instructions: string } }
  | { type: 'input_audio_buffer.committed'; bytes: number }
  | { type: 'error'; error: { message: string; code?: string } };

const settings = { path: '/realtime', errorEventType: 'error' };

describe('realtimeURL', () => {
  it.each([
    ['https://api.example.com/v1', 'wss://api.example.com/v1/realtime?model=m1'],
    ['http://127.0.0.1:8080/v1/', 'ws://127.0.0.1:8080/v1/realtime?model=m1'],
  ])('%s', (base, want) => {
    expect(realtimeURL(base, '/realtime', { model: 'm1', call_id: undefined }).toString()).toBe(want);
  });
});

describe('RealtimeWSBase against a local ws server', () => {
  let server: WebSocketServer;
  let port: number;
  const upgrades: { url: string; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
    server.on('connection', (socket: ServerSocket, request) => {
      upgrades.push({ url: request.url ?? '', authorization: request.headers.authorization });
      let audioBytes = 0;
      socket.send(JSON.stringify({ type: 'session.created', session: { id: 'sess_1' } }));
      socket.on('message', (raw) => {
        const event = JSON.parse(raw.toString()) as ClientEvent;
        if (event.type === 'session.update') {
          socket.send(JSON.stringify({ type: 'session.updated', session: { id: 'sess_1', ...event.session } }));
        } else if (event.type === 'input_audio_buffer.append') {
          audioBytes += Buffer.from(event.audio, 'base64').length;
        } else if (event.type === 'input_audio_buffer.commit') {
          socket.send(JSON.stringify({ type: 'input_audio_buffer.committed', bytes: audioBytes }));
          socket.send(JSON.stringify({ type: 'error', error: { message: 'buffer too small', code: 'small' } }));
          socket.send('not json');
          setTimeout(() => socket.close(1000, 'bye'), 20);
        }
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('plays a session: created → update → updated, audio, error event, bad frame, server close', async () => {
    const rt = new RealtimeWSBase<ClientEvent, ServerEvent>(
      { model: 'gpt-realtime' },
      { baseURL: `http://127.0.0.1:${port}/v1`, headers: { Authorization: 'Bearer sk-test' } },
      settings,
    );
    const seen: string[] = [];
    const errors: RealtimeError[] = [];
    rt.on('event', (e) => seen.push(e.type));
    rt.on('error', (e) => errors.push(e));

    const created = await rt.once('session.created');
    expect(created.session.id).toBe('sess_1');

    rt.send({ type: 'session.update', session: { instructions: 'be brief' } });
    const updated = await rt.once('session.updated');
    expect(updated.session.instructions).toBe('be brief');

    rt.send({ type: 'input_audio_buffer.append', audio: Buffer.from([1, 2, 3, 4]).toString('base64') });
    rt.send({ type: 'input_audio_buffer.append', audio: Buffer.from([5, 6]).toString('base64') });
    rt.send({ type: 'input_audio_buffer.commit' });
    const committed = await rt.once('input_audio_buffer.committed');
    expect(committed.bytes).toBe(6);

    const closed = await new Promise<number>((resolve) => rt.socket.once('close', (code) => resolve(code)));
    expect(closed).toBe(1000);
    expect(seen).toEqual(['session.created', 'session.updated', 'input_audio_buffer.committed', 'error']);
    expect(errors.map((e) => e.message)).toEqual(['buffer too small', 'Could not parse a realtime frame as JSON.']);
    expect(errors[0]!.event).toMatchObject({ type: 'error', error: { code: 'small' } });
    expect(upgrades.at(-1)).toEqual({ url: '/v1/realtime?model=gpt-realtime', authorization: 'Bearer sk-test' });
  });

  it('client close() ends the connection with the given code', async () => {
    const rt = new RealtimeWSBase<ClientEvent, ServerEvent>(
      { model: 'm' },
      { baseURL: `http://127.0.0.1:${port}`, headers: {} },
      settings,
    );
    await rt.once('session.created');
    const closed = new Promise<number>((resolve) => rt.socket.once('close', (code) => resolve(code)));
    rt.close({ code: 4000, reason: 'done' });
    expect(await closed).toBe(4000);
  });

  it('an error with no error listener is thrown, not swallowed', async () => {
    const rt = new RealtimeWSBase<ClientEvent, ServerEvent>(
      { model: 'm' },
      { baseURL: `http://127.0.0.1:${port}`, headers: {} },
      settings,
    );
    await rt.once('session.created');
    expect(() => (rt as unknown as { dispatchFrame(d: string, t: string): void }).dispatchFrame('{', 'error')).toThrow(
      RealtimeError,
    );
    rt.close();
  });
});

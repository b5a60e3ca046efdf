// Type-level checks, compiled by tests/extras/types.test.ts inside the generated fixture package.
import { CloudHooks, Hooks, WebhookVerificationError, type UnwrapWebhookEvent } from './src/index.js';
import { HooksRealtimeWS, RealtimeError } from './src/realtime/ws.js';
import { HooksRealtimeWebSocket } from './src/realtime/websocket.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T | void => undefined;

export async function webhooks(client: Hooks, body: string, headers: Record<string, string>): Promise<string> {
  const event = await client.webhooks.unwrap(body, headers);
  assert<Equal<typeof event, UnwrapWebhookEvent>>();
  assert<Equal<UnwrapWebhookEvent['type'], 'job.succeeded' | 'job.failed'>>();
  // @ts-expect-error: not an event type of the spec
  if (event.type === 'job.unknown') return 'never';
  if (event.type === 'job.failed') return event.data.reason;
  assert<Equal<typeof event.type, 'job.succeeded'>>();
  try {
    await client.webhooks.verifySignature(body, headers, 'whsec_x', 60);
  } catch (e) {
    if (e instanceof WebhookVerificationError) return e.reason;
  }
  return event.data.output;
}

export function realtime(client: Hooks): void {
  const rt = new HooksRealtimeWS({ model: 'm', options: { handshakeTimeout: 1000 } }, client);
  rt.on('session.created', (e) => {
    const id: string = e.session.id;
    void id;
  });
  rt.on('input_audio_buffer.committed', (e) => assert<Equal<typeof e.bytes, number>>());
  rt.on('error', (err) => assert<Equal<typeof err, RealtimeError>>());
  rt.send({ type: 'session.update', session: { instructions: 'x' } });
  rt.send({ type: 'input_audio_buffer.append', audio: 'AAA=' });
  // @ts-expect-error: a server event cannot be sent
  rt.send({ type: 'session.created', session: { id: 'x' } });
  // @ts-expect-error: not a server event type
  rt.on('session.nope', () => undefined);
  // @ts-expect-error: the model is required
  new HooksRealtimeWS({}, client);
  const browser = new HooksRealtimeWebSocket({ model: 'm' }, { baseURL: 'https://x', apiKey: 'k' });
  browser.on('session.updated', (e) => assert<Equal<typeof e.type, 'session.updated'>>());
}

export async function azureRealtime(client: CloudHooks): Promise<HooksRealtimeWS> {
  const headers: Record<string, string> = await client.connectionHeaders();
  void headers;
  // @ts-expect-error: needs the deployment-routed client, not the plain one
  await HooksRealtimeWS.azure(new Hooks());
  return HooksRealtimeWS.azure(client, { deployment: 'd', options: { handshakeTimeout: 5 } });
}

export function azure(): CloudHooks[] {
  return [
    new CloudHooks({ endpoint: 'https://x', apiKey: 'k', apiVersion: 'v', deployment: 'd', maxRetries: 0 }),
    new CloudHooks({ azureADTokenProvider: async () => 'token' }),
    // @ts-expect-error: the deployment is a string
    new CloudHooks({ deployment: 1 }),
  ];
}

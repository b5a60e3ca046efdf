// Type-level checks against the generated OpenAI package, compiled by tests/extras/openai.test.ts.
import OpenAI, { AzureOpenAI, type UnwrapWebhookEvent } from './src/index.js';
import { OpenAIRealtimeWS } from './src/realtime/ws.js';
import { OpenAIRealtimeWebSocket } from './src/realtime/websocket.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T | void => undefined;

export async function webhooks(client: OpenAI, body: string, headers: Headers): Promise<string> {
  const event = await client.webhooks.unwrap(body, headers);
  assert<Equal<typeof event, UnwrapWebhookEvent>>();
  switch (event.type) {
    case 'batch.completed':
      return event.data.id;
    case 'realtime.call.incoming':
      return event.data.call_id;
    // @ts-expect-error: not a webhook event type
    case 'batch.exploded':
      return '';
  }
  return event.type;
}

export async function realtime(client: OpenAI): Promise<void> {
  const rt = new OpenAIRealtimeWS({ model: 'gpt-realtime' }, client);
  rt.on('session.created', (e) => assert<Equal<typeof e.type, 'session.created'>>());
  rt.on('response.output_audio.delta', (e) => {
    const chunk: string = e.delta;
    void chunk;
  });
  rt.send({ type: 'session.update', session: { type: 'realtime', instructions: 'be brief' } });
  rt.send({ type: 'input_audio_buffer.append', audio: 'AAA=' });
  // @ts-expect-error: `audio` is required
  rt.send({ type: 'input_audio_buffer.append' });
  new OpenAIRealtimeWebSocket({ model: 'gpt-realtime' }, client).send({ type: 'input_audio_buffer.commit' });
  await client.realtime.calls.hangup('call_1');
  await client.realtime.calls.reject('call_1');
}

export function azure(): AzureOpenAI {
  const client = new AzureOpenAI({ endpoint: 'https://x.example.com', apiKey: 'k', apiVersion: '2024-10-21', deployment: 'd' });
  assert<Equal<typeof client.apiVersion, string>>();
  const base: OpenAI = client;
  void base;
  return client;
}

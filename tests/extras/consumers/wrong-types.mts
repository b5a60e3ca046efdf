// Must NOT compile: proves the checks in uses-extras.mts can fail (tests/extras/types.test.ts).
import { Hooks } from './src/index.js';
import { HooksRealtimeWS } from './src/realtime/ws.js';

export async function wrong(client: Hooks): Promise<void> {
  const event = await client.webhooks.unwrap('', {});
  const reason: string = event.data.reason; // not narrowed: job.succeeded has no reason
  new HooksRealtimeWS({ model: 'm' }, client).send({ type: 'input_audio_buffer.append' }); // audio missing
  void reason;
}

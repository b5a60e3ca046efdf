import type { Emitter, EmitInput, GeneratedFile } from '../types.js';
import { mergeAdditions, type ExtrasSettings, type SdkAdditions } from './additions.js';
import { emitAzure } from './azure.js';
import { emitRealtime } from './realtime.js';
import { emitWebhooks } from './webhooks.js';

export { mergeAdditions, type ClientMember, type ExtrasSettings, type SdkAdditions } from './additions.js';

/** Each part: webhooks whenever the spec has some, realtime and Azure when the config asks. */
function parts(input: EmitInput): { files: GeneratedFile[]; additions: SdkAdditions }[] {
  const settings = input.settings as ExtrasSettings;
  return [emitWebhooks(input.ir, settings), emitRealtime(input.ir, settings), emitAzure(input.ir, settings)];
}

/**
 * The parts of an API that are not request/response: webhook verification typed by the spec's
 * `webhooks:`, realtime WebSocket clients, and a deployment-routed (Azure) client. Its files go
 * beside the SDK emitter's; `additions` is what it adds to the client, index and manifest.
 */
export const extrasEmitter = {
  name: 'extras',
  emit: (input: EmitInput): GeneratedFile[] => parts(input).flatMap((p) => p.files),
  additions: (input: EmitInput): Required<SdkAdditions> => mergeAdditions(parts(input).map((p) => p.additions)),
} satisfies Emitter;

import type { IRDocument, IROperation, IRResponseMedia } from '../ir/types.js';
import type { SdkConfig } from '../config/types.js';
import { overrideFor } from '../config/operations.js';
import { isJsonMedia, mediaBase, SSE_MEDIA, successResponses } from './schema-utils.js';

/** Media type assumed when the config marks an operation binary but the spec names none. */
export const DEFAULT_BINARY_MEDIA = 'application/octet-stream';

/**
 * Binary pass: picks the success response media type by rule (`responseMedia`): JSON (and
 * `+json`) first, then `text/*` (a string), then anything else (binary: the raw `Response`);
 * server-sent events alone are a stream. An operation whose choice is binary gets `binary` with
 * every non-JSON, non-SSE media type. The config can force binary (`binary: true`, e.g. a
 * download the spec also declares as JSON) or suppress it (`binary: false`).
 */
export function annotateBinary(ir: IRDocument, config?: SdkConfig): void {
  for (const op of ir.operations) {
    delete op.binary;
    delete op.responseMedia;
    const forced = overrideFor(config, op).binary;
    const other = binaryMedia(op);
    let chosen = responseMedia(op);
    if (forced === true) chosen = { mediaType: other[0] ?? DEFAULT_BINARY_MEDIA, kind: 'binary' };
    else if (forced === false && chosen?.kind === 'binary') chosen = undefined;
    if (chosen) op.responseMedia = chosen;
    if (chosen?.kind === 'binary') op.binary = { mediaTypes: other.length > 0 ? other : [DEFAULT_BINARY_MEDIA] };
  }
}

/** The success response media type read: JSON, then text, then binary, then SSE; spec order within each. */
export function responseMedia(op: IROperation): IRResponseMedia | undefined {
  const all = successResponses(op).flatMap((r) => r.contents.map((c) => c.mediaType));
  const json = all.find((m) => isJsonMedia(m));
  if (json) return { mediaType: json, kind: 'json' };
  const text = all.find((m) => mediaBase(m).startsWith('text/') && mediaBase(m) !== SSE_MEDIA);
  if (text) return { mediaType: text, kind: 'text' };
  const binary = all.find((m) => mediaBase(m) !== SSE_MEDIA);
  if (binary) return { mediaType: binary, kind: 'binary' };
  const sse = all[0];
  return sse ? { mediaType: sse, kind: 'stream' } : undefined;
}

/** The distinct non-JSON, non-SSE media types of the success responses, in spec order. */
function binaryMedia(op: IROperation): string[] {
  const out: string[] = [];
  for (const response of successResponses(op)) {
    for (const content of response.contents) {
      const base = mediaBase(content.mediaType);
      if (isJsonMedia(base) || base === SSE_MEDIA || out.includes(base) || base.startsWith('text/')) continue;
      out.push(base);
    }
  }
  return out;
}

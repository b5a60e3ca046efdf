import type { IRDocument, IROperation } from '../ir/types.js';
import type { SdkConfig } from '../config/types.js';
import { overrideFor } from '../config/operations.js';
import { isJsonMedia, mediaBase, SSE_MEDIA, successResponses } from './schema-utils.js';

/** Media type assumed when the config marks an operation binary but the spec names none. */
export const DEFAULT_BINARY_MEDIA = 'application/octet-stream';

/**
 * Binary pass: an operation whose success response offers a media type that is neither JSON nor
 * server-sent events (audio, images, video, archives, `application/octet-stream`, SDP) resolves
 * to the raw response. The config can force it (`binary: true`, e.g. a file download the spec
 * declares as a JSON string) or suppress it (`binary: false`).
 */
export function annotateBinary(ir: IRDocument, config?: SdkConfig): void {
  for (const op of ir.operations) {
    delete op.binary;
    const forced = overrideFor(config, op).binary;
    if (forced === false) continue;
    const mediaTypes = binaryMedia(op);
    if (mediaTypes.length > 0) op.binary = { mediaTypes };
    else if (forced === true) op.binary = { mediaTypes: [DEFAULT_BINARY_MEDIA] };
  }
}

/** The distinct non-JSON, non-SSE media types of the success responses, in spec order. */
function binaryMedia(op: IROperation): string[] {
  const out: string[] = [];
  for (const response of successResponses(op)) {
    for (const content of response.contents) {
      const base = mediaBase(content.mediaType);
      if (isJsonMedia(base) || base === SSE_MEDIA || out.includes(base)) continue;
      out.push(base);
    }
  }
  return out;
}

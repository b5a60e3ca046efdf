import type { IRDocument } from '../../ir/types.js';
import type { SdkConfig } from '../../config/types.js';
import { requestMedia } from './body.js';
import { paramWire } from './params.js';

export { bodyKind, chooseRequestContent } from './body.js';
export { valueShape } from './shape.js';

/**
 * Wire pass: decides once how every parameter is named and serialized (`IRParameter.wire`) and
 * which request body media type is sent, with its field encodings (`IROperation.requestMedia`).
 * Without a config the spec's own styles and OpenAPI's defaults apply; the config may choose a
 * house style (`wire.arrayFormat`/`objectFormat`), a body preference and parameter renames.
 */
export function annotateWire(ir: IRDocument, config?: SdkConfig): void {
  for (const op of ir.operations) {
    delete op.requestMedia;
    for (const p of op.parameters) p.wire = paramWire(ir, op, p, config);
    if (op.requestBody && (op.method === 'get' || op.method === 'head')) {
      ir.diagnostics.push({
        level: 'warning',
        stage: 'annotate',
        pointer: op.requestBody.pointer,
        message: `a ${op.method.toUpperCase()} request cannot carry a body (fetch refuses it); the SDK method leaves the body out`,
        expected: 'a request body only on POST, PUT, PATCH, DELETE or OPTIONS',
      });
      continue;
    }
    const media = op.requestBody ? requestMedia(ir, op, config) : undefined;
    if (media) op.requestMedia = media;
  }
}


import type { IROperation } from '../ir/types.js';
import { compareContents } from './contents.js';
import type { DiffContext } from './context.js';

/**
 * The request body of one operation: presence, required-ness, media types (matched by name),
 * and each shared media type's schema in the request direction.
 */
export function compareRequestBody(ctx: DiffContext, label: string, o: IROperation, n: IROperation): void {
  const a = o.requestBody;
  const b = n.requestBody;
  if (!a && !b) return;
  if (a && !b) {
    ctx.add(label, 'request-body-removed', a.pointer, 'the request body was removed');
    return;
  }
  if (!a && b) {
    const id = b.required ? 'request-body-added-required' : 'request-body-added-optional';
    ctx.add(label, id, b.pointer, `${b.required ? 'a required' : 'an optional'} request body was added`);
    return;
  }
  if (!a || !b) return;
  if (!a.required && b.required)
    ctx.add(
      label,
      'request-body-became-required',
      b.pointer,
      'the request body became required',
      false,
      true,
    );
  compareContents(ctx, label, a.contents, b.contents, {
    direction: 'request',
    removedPointer: a.pointer,
    addedPointer: b.pointer,
    removed: {
      id: 'request-media-type-removed',
      message: (t) => `request media type ${t} is no longer accepted`,
    },
    added: { id: 'request-media-type-added', message: (t) => `request media type ${t} is now accepted` },
    location: (t) => (t === 'application/json' ? 'body' : `body (${t})`),
  });
}

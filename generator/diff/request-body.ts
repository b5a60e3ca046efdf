import type { IROperation } from '../ir/types.js';
import type { DiffContext, Found } from './context.js';
import { compareSchema } from './schema.js';

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
  const after = new Map(b.contents.map((c) => [c.mediaType, c]));
  const before = new Set(a.contents.map((c) => c.mediaType));
  for (const c of a.contents) {
    const d = after.get(c.mediaType);
    if (!d) {
      ctx.add(
        label,
        'request-media-type-removed',
        a.pointer,
        `request media type ${c.mediaType} is no longer accepted`,
        c.mediaType,
        undefined,
      );
      continue;
    }
    if (!c.schema || !d.schema) continue;
    const out: Found[] = [];
    compareSchema(
      ctx,
      c.schema,
      d.schema,
      'request',
      c.mediaType === 'application/json' ? 'body' : `body (${c.mediaType})`,
      out,
    );
    ctx.report(label, out);
  }
  for (const d of b.contents) {
    if (!before.has(d.mediaType)) {
      ctx.add(
        label,
        'request-media-type-added',
        b.pointer,
        `request media type ${d.mediaType} is now accepted`,
        undefined,
        d.mediaType,
      );
    }
  }
}

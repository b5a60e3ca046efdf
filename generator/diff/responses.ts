import type { IROperation, IRResponse } from '../ir/types.js';
import type { DiffContext, Found } from './context.js';
import { compareSchema } from './schema.js';

const success = (r: IRResponse) => /^2/.test(r.status);

/**
 * The responses of one operation. Statuses are matched by code (a success status that moved,
 * e.g. 200 → 201, is compared with the new success response); success bodies are compared per
 * media type in the response direction; error responses are only checked for presence.
 */
export function compareResponses(ctx: DiffContext, label: string, o: IROperation, n: IROperation): void {
  const after = new Map(n.responses.map((r) => [r.status, r]));
  const before = new Set(o.responses.map((r) => r.status));
  const firstNewSuccess = n.responses.find(success);
  for (const a of o.responses) {
    let b = after.get(a.status);
    if (!b) {
      ctx.add(
        label,
        'response-status-removed',
        a.pointer,
        `response status ${a.status} is no longer documented`,
        a.status,
        undefined,
      );
      if (!success(a)) continue;
      b = firstNewSuccess;
      if (!b) {
        if (a.contents.length > 0)
          ctx.add(label, 'response-body-removed', a.pointer, `the ${a.status} response body went away`);
        continue;
      }
    }
    if (success(a)) compareSuccess(ctx, label, a, b);
  }
  for (const b of n.responses) {
    if (!before.has(b.status)) {
      ctx.add(
        label,
        'response-status-added',
        b.pointer,
        `response status ${b.status} was added`,
        undefined,
        b.status,
      );
    }
  }
}

function compareSuccess(ctx: DiffContext, label: string, a: IRResponse, b: IRResponse): void {
  if (a.contents.length > 0 && b.contents.length === 0) {
    ctx.add(label, 'response-body-removed', b.pointer, `the ${b.status} response no longer has a body`);
    return;
  }
  const after = new Map(b.contents.map((c) => [c.mediaType, c]));
  const before = new Set(a.contents.map((c) => c.mediaType));
  for (const c of a.contents) {
    const d = after.get(c.mediaType);
    if (!d) {
      ctx.add(
        label,
        'response-media-type-removed',
        b.pointer,
        `response media type ${c.mediaType} (${b.status}) went away`,
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
      'response',
      c.mediaType === 'application/json' ? `${b.status} body` : `${b.status} body (${c.mediaType})`,
      out,
    );
    ctx.report(label, out);
  }
  for (const d of b.contents) {
    if (!before.has(d.mediaType)) {
      ctx.add(
        label,
        'response-media-type-added',
        b.pointer,
        `response media type ${d.mediaType} (${b.status}) was added`,
        undefined,
        d.mediaType,
      );
    }
  }
  for (const name of Object.keys(a.headers ?? {})) {
    if (!(name in (b.headers ?? {}))) {
      ctx.add(
        label,
        'response-header-removed',
        b.pointer,
        `response header ${name} (${b.status}) went away`,
        name,
        undefined,
      );
    }
  }
}

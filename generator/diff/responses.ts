import type { IROperation, IRResponse } from '../ir/types.js';
import { compareContents } from './contents.js';
import type { DiffContext } from './context.js';

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
  compareContents(ctx, label, a.contents, b.contents, {
    direction: 'response',
    removedPointer: b.pointer,
    addedPointer: b.pointer,
    removed: {
      id: 'response-media-type-removed',
      message: (t) => `response media type ${t} (${b.status}) went away`,
    },
    added: {
      id: 'response-media-type-added',
      message: (t) => `response media type ${t} (${b.status}) was added`,
    },
    location: (t) => (t === 'application/json' ? `${b.status} body` : `${b.status} body (${t})`),
  });
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

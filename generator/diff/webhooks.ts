import type { DiffContext, Found } from './context.js';
import { compareSchema } from './schema.js';

/**
 * Webhooks, matched by name and method. The SDK user receives the payload, so it is compared in
 * the response direction.
 */
export function compareWebhooks(ctx: DiffContext): void {
  const key = (w: { name: string; method: string }) => `${w.method} ${w.name}`;
  const after = new Map(ctx.newDoc.webhooks.map((w) => [key(w), w]));
  const before = new Set(ctx.oldDoc.webhooks.map(key));
  for (const a of ctx.oldDoc.webhooks) {
    const label = `webhook ${a.name}`;
    const b = after.get(key(a));
    if (!b) {
      ctx.add(label, 'webhook-removed', a.pointer, `webhook ${a.name} was removed`, a.name, undefined);
      continue;
    }
    if (a.payload && b.payload) {
      const out: Found[] = [];
      compareSchema(ctx, a.payload, b.payload, 'response', `webhook ${a.name} payload`, out);
      ctx.report(label, out);
    }
  }
  for (const b of ctx.newDoc.webhooks) {
    if (!before.has(key(b)))
      ctx.add(
        `webhook ${b.name}`,
        'webhook-added',
        b.pointer,
        `webhook ${b.name} was added`,
        undefined,
        b.name,
      );
  }
}

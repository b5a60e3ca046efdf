import type { IROperation } from '../ir/types.js';
import type { DiffContext, Found } from './context.js';
import { compareSchema } from './schema.js';
import { stableJson } from './stable-json.js';

/**
 * The patterns the annotate passes decided (streaming, pagination, binary responses) and the
 * SDK names (method path, params/response type names). Compared only when both sides carry
 * them, so a diff of unannotated IR reports nothing here.
 */
export function compareAnnotations(ctx: DiffContext, label: string, o: IROperation, n: IROperation): void {
  const a = o.streaming;
  const b = n.streaming;
  if (a && !b) ctx.add(label, 'streaming-removed', n.pointer, 'the operation no longer streams');
  if (!a && b)
    ctx.add(
      label,
      'streaming-added',
      n.pointer,
      `the operation can now stream${b.flag ? ` (${b.flag}: true)` : ''}`,
    );
  if (a && b) {
    if (a.flag !== b.flag) {
      ctx.add(
        label,
        'streaming-flag-changed',
        n.pointer,
        `the streaming switch changed from ${a.flag ?? '(always)'} to ${b.flag ?? '(always)'}`,
        a.flag ?? null,
        b.flag ?? null,
      );
    }
    const out: Found[] = [];
    compareSchema(ctx, a.event, b.event, 'response', 'stream event', out);
    ctx.report(label, out);
  }
  const p = o.pagination;
  const q = n.pagination;
  if (p && !q)
    ctx.add(
      label,
      'pagination-removed',
      n.pointer,
      `the operation is no longer paginated (was ${p.style})`,
      p.style,
      undefined,
    );
  if (!p && q)
    ctx.add(
      label,
      'pagination-added',
      n.pointer,
      `the operation is now paginated (${q.style})`,
      undefined,
      q.style,
    );
  if (p && q) {
    const shape = (x: typeof p) => stableJson({ ...x, item: undefined });
    if (shape(p) !== shape(q))
      ctx.add(
        label,
        'pagination-changed',
        n.pointer,
        `pagination changed from ${shape(p)} to ${shape(q)}`,
        shape(p),
        shape(q),
      );
  }
  if (Boolean(o.binary) !== Boolean(n.binary)) {
    const now = n.binary ? 'binary content' : 'JSON';
    ctx.add(
      label,
      'binary-response-changed',
      n.pointer,
      `the success response is now ${now}`,
      o.binary?.mediaTypes ?? 'json',
      n.binary?.mediaTypes ?? 'json',
    );
  }
  // Method and type names exist only in the SDK: judged with `--sdk`, never on the wire.
  if (ctx.options.sdk) compareNaming(ctx, label, o, n);
}

function compareNaming(ctx: DiffContext, label: string, o: IROperation, n: IROperation): void {
  const a = o.naming;
  const b = n.naming;
  if (!a || !b) return;
  const before = [...a.resource, a.method].join('.');
  const after = [...b.resource, b.method].join('.');
  if (before !== after)
    ctx.add(
      label,
      'sdk-method-renamed',
      n.pointer,
      `SDK method client.${before} is now client.${after}`,
      before,
      after,
    );
  const component = (doc: DiffContext['oldDoc'], t: string | undefined) =>
    t !== undefined && t in doc.schemas;
  for (const k of ['paramsType', 'responseType', 'pageType'] as const) {
    // A component's own type: its fate is told by the component rules (renamed, removed, added).
    if (component(ctx.oldDoc, a[k]) || component(ctx.newDoc, b[k])) continue;
    if (a[k] && b[k] && a[k] !== b[k])
      ctx.add(label, 'sdk-type-renamed', n.pointer, `${k} ${a[k]} is now ${b[k]}`, a[k], b[k]);
    else if (a[k] && !b[k])
      ctx.add(label, 'sdk-type-renamed', n.pointer, `${k} ${a[k]} went away`, a[k], undefined);
  }
}

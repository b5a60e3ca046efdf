import type { IROperation } from '../ir/types.js';
import { compareAnnotations } from './annotations.js';
import type { DiffContext } from './context.js';
import { compareParameters } from './parameters.js';
import { compareRequestBody } from './request-body.js';
import { compareResponses } from './responses.js';
import { compareSecurity } from './security.js';

/**
 * Matching key of an operation: method, path with parameter names blanked (renaming `{id}` does
 * not move the endpoint) and the fixed query a path key may carry (`/responses?beta=true`).
 */
export function operationKey(op: IROperation): string {
  const query = Object.entries(op.fixedQuery ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return `${op.method.toUpperCase()} ${op.path.replace(/\{[^}]*\}/g, '{}')}${query ? `?${query}` : ''}`;
}

/** How an operation is named in a report: `GET /files/{file_id}`. */
export function operationLabel(op: IROperation): string {
  return `${op.method.toUpperCase()} ${op.pathKey}`;
}

/** Every operation: removed, added, and for the ones in both, everything about them. */
export function compareOperations(ctx: DiffContext): void {
  const after = new Map(ctx.newDoc.operations.map((op) => [operationKey(op), op]));
  const before = new Set<string>();
  const byId = new Map(ctx.newDoc.operations.map((op) => [op.id, op]));
  for (const o of ctx.oldDoc.operations) {
    const key = operationKey(o);
    before.add(key);
    const n = after.get(key);
    const label = operationLabel(n ?? o);
    if (!n) {
      const moved = byId.get(o.id);
      const note =
        (o.deprecated ? ' (it was deprecated, but its SDK method disappears)' : '') +
        (moved ? ` (its operationId now names ${operationLabel(moved)})` : '');
      ctx.add(label, 'operation-removed', o.pointer, `operation ${o.id} was removed${note}`, o.id, undefined);
      continue;
    }
    compareOperation(ctx, label, o, n);
  }
  for (const n of ctx.newDoc.operations) {
    if (!before.has(operationKey(n)))
      ctx.add(
        operationLabel(n),
        'operation-added',
        n.pointer,
        `operation ${n.id} was added`,
        undefined,
        n.id,
      );
  }
}

function compareOperation(ctx: DiffContext, label: string, o: IROperation, n: IROperation): void {
  if (!o.deprecated && n.deprecated)
    ctx.add(label, 'operation-deprecated', n.pointer, `operation ${n.id} is deprecated`, false, true);
  if (o.deprecated && !n.deprecated)
    ctx.add(
      label,
      'operation-undeprecated',
      n.pointer,
      `operation ${n.id} is no longer deprecated`,
      true,
      false,
    );
  if (o.id !== n.id)
    ctx.add(label, 'operation-id-changed', n.pointer, `operationId ${o.id} is now ${n.id}`, o.id, n.id);
  if (o.summary !== n.summary || o.description !== n.description) {
    ctx.add(label, 'operation-doc-changed', n.pointer, 'summary or description changed');
  }
  compareParameters(ctx, label, o, n);
  compareRequestBody(ctx, label, o, n);
  compareResponses(ctx, label, o, n);
  compareSecurity(ctx, label, o, n);
  compareAnnotations(ctx, label, o, n);
}

import type { IRObjectSchema, IRProperty } from '../ir/types.js';
import { found, type DiffContext, type Found } from './context.js';
import { compareSchema } from './schema.js';
import { compareScalars } from './schema-scalar.js';
import type { Direction } from './types.js';

/** A property a side of the wire never sees: `readOnly` in requests, `writeOnly` in responses. */
function hidden(p: IRProperty, dir: Direction): boolean {
  return dir === 'request' ? p.schema.readOnly === true : p.schema.writeOnly === true;
}

/**
 * Objects: properties matched by wire name. Requests break when a field goes away (old calls set
 * it) or becomes required; responses break when a field goes away or becomes optional.
 */
export function compareObjects(
  ctx: DiffContext,
  o: IRObjectSchema,
  n: IRObjectSchema,
  dir: Direction,
  label: string,
  out: Found[],
): void {
  const after = new Map(n.properties.map((p) => [p.name, p]));
  const before = new Set(o.properties.map((p) => p.name));
  for (const op of o.properties) {
    if (hidden(op, dir)) continue;
    const np = after.get(op.name);
    const where = `${label}.${op.name}`;
    if (!np || hidden(np, dir)) {
      const id = dir === 'request' ? 'request-property-removed' : 'response-property-removed';
      out.push(
        found(
          id,
          op.schema.pointer,
          `${dir} field ${where} was removed${op.schema.deprecated ? ' (it was deprecated)' : ''}`,
          op.required ? 'required' : 'optional',
          undefined,
        ),
      );
      continue;
    }
    if (op.required !== np.required) {
      const id =
        dir === 'request'
          ? np.required
            ? 'request-property-became-required'
            : 'request-property-became-optional'
          : np.required
            ? 'response-property-became-required'
            : 'response-property-became-optional';
      const state = np.required ? 'required' : 'optional';
      out.push(
        found(
          id,
          np.schema.pointer,
          `${dir} field ${where} became ${state}`,
          op.required ? 'required' : 'optional',
          state,
        ),
      );
    }
    compareSchema(ctx, op.schema, np.schema, dir, where, out);
  }
  for (const np of n.properties) {
    if (before.has(np.name) || hidden(np, dir)) continue;
    const where = `${label}.${np.name}`;
    const id =
      dir === 'response'
        ? 'response-property-added'
        : np.required
          ? 'request-property-added-required'
          : 'request-property-added-optional';
    const state = np.required ? 'required' : 'optional';
    out.push(found(id, np.schema.pointer, `${dir} field ${where} was added (${state})`, undefined, state));
  }
  compareAdditional(ctx, o, n, dir, label, out);
  compareScalars(o, n, dir, label, out);
}

/** `additionalProperties`: a request object may not close; map value schemas are compared. */
function compareAdditional(
  ctx: DiffContext,
  o: IRObjectSchema,
  n: IRObjectSchema,
  dir: Direction,
  label: string,
  out: Found[],
): void {
  const a = o.additionalProperties;
  const b = n.additionalProperties;
  if (dir === 'request' && a !== false && b === false) {
    out.push(
      found(
        'request-object-closed',
        n.pointer,
        `request ${label} no longer allows extra properties`,
        a ?? true,
        false,
      ),
    );
  }
  if (typeof a === 'object' && typeof b === 'object') compareSchema(ctx, a, b, dir, `${label}[key]`, out);
  else if (typeof a === 'object' && b === undefined && n.properties.length === 0) {
    compareSchema(ctx, a, { kind: 'unknown', pointer: n.pointer }, dir, `${label}[key]`, out);
  }
}

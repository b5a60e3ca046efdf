import type { IRSchema } from '../ir/types.js';
import { found, type DiffContext, type Found, type Resolved } from './context.js';
import { describe, normalize } from './normalize.js';
import { compareObjects } from './schema-object.js';
import { compareScalars } from './schema-scalar.js';
import { compareUnions } from './schema-union.js';
import { compareKinds } from './schema-kind.js';
import { sameJson, stableJson } from './stable-json.js';
import type { Direction } from './types.js';

/**
 * Compares an old and a new schema as seen from one side of the wire and appends what changed to
 * `out`. `label` names the place for messages (`CreateProjectRequest.geography`). Comparisons that
 * start at a named component are memoised, so shared and recursive schemas cost one visit.
 * `member` is set for union members, whose nullability was already decided for the whole union.
 */
export function compareSchema(
  ctx: DiffContext,
  oldSchema: IRSchema,
  newSchema: IRSchema,
  dir: Direction,
  label: string,
  out: Found[],
  member = false,
): void {
  const o = ctx.resolve('old', oldSchema);
  const n = ctx.resolve('new', newSchema);
  const pointer = newSchema.pointer;
  const oldNull = nullableOf(ctx, 'old', o);
  const newNull = nullableOf(ctx, 'new', n);
  if (!member && oldNull !== newNull) {
    if (dir === 'request') {
      out.push(
        found(
          newNull ? 'request-nullable-added' : 'request-nullable-removed',
          pointer,
          `${label} ${newNull ? 'now accepts' : 'no longer accepts'} null`,
          oldNull,
          newNull,
        ),
      );
    } else {
      out.push(
        found(
          newNull ? 'response-became-nullable' : 'response-nullable-removed',
          pointer,
          `${label} ${newNull ? 'may now be' : 'is no longer'} null`,
          oldNull,
          newNull,
        ),
      );
    }
  }
  if (dir === 'request')
    compareDefaults(
      oldSchema.default ?? o.schema.default,
      newSchema.default ?? n.schema.default,
      pointer,
      label,
      out,
    );
  if (oldSchema.deprecated !== true && newSchema.deprecated === true) {
    out.push(found('schema-deprecated', pointer, `${label} is deprecated`));
  }
  if (o.name === undefined && n.name === undefined) {
    compareBody(ctx, o.schema, n.schema, dir, label, out);
    return;
  }
  const key = `${dir}|${o.name ?? oldSchema.pointer}|${n.name ?? newSchema.pointer}`;
  const inner = o.name !== undefined && n.name !== undefined ? n.name : label;
  ctx.memoised(key, out, (sink) => compareBody(ctx, o.schema, n.schema, dir, inner, sink));
}

/** A request default that changed or went away changes what calls that omit the field do. */
function compareDefaults(
  before: unknown,
  after: unknown,
  pointer: string,
  label: string,
  out: Found[],
): void {
  if (before === undefined || sameJson(before, after)) return;
  const what =
    after === undefined ? 'was removed' : `changed from ${stableJson(before)} to ${stableJson(after)}`;
  out.push(found('request-default-changed', pointer, `request ${label}: default ${what}`, before, after));
}

/**
 * Whether a schema admits null: on the ref chain, or on any member of a union (a nullable
 * member makes the whole union nullable). Union members are then compared without it.
 */
function nullableOf(ctx: DiffContext, side: 'old' | 'new', r: Resolved): boolean {
  if (r.nullable) return true;
  const s = r.schema;
  return s.kind === 'union' && s.variants.some((v) => ctx.resolve(side, v).nullable);
}

/** Compares two resolved schemas, ignoring top-level nullability (already compared). */
function compareBody(
  ctx: DiffContext,
  oldRaw: IRSchema,
  newRaw: IRSchema,
  dir: Direction,
  label: string,
  out: Found[],
): void {
  if (oldRaw.description !== newRaw.description || oldRaw.title !== newRaw.title) {
    out.push(found('schema-doc-changed', newRaw.pointer, `${label}: description or title changed`));
  }
  const o = normalize(ctx, 'old', oldRaw);
  const n = normalize(ctx, 'new', newRaw);
  if (o.kind === 'union' || n.kind === 'union') return compareUnions(ctx, o, n, dir, label, out);
  if (o.kind !== n.kind) return compareKinds(ctx, o, n, dir, label, out);
  switch (o.kind) {
    case 'object':
      return compareObjects(ctx, o, n as typeof o, dir, label, out);
    case 'array':
      compareScalars(o, n, dir, label, out);
      return compareSchema(ctx, o.items, (n as typeof o).items, dir, `${label}[]`, out);
    case 'intersection':
      return compareUnions(ctx, o, n, dir, label, out);
    default:
      return compareScalars(o, n, dir, label, out);
  }
}

export { describe };

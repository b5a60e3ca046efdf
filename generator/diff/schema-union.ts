import type { IRSchema, IRUnionSchema } from '../ir/types.js';
import { found, type DiffContext, type Found } from './context.js';
import { matchMembers, tagOf } from './match.js';
import { describe, normalize } from './normalize.js';
import { kindCovers } from './schema-kind.js';
import { compareSchema } from './schema.js';
import type { Direction } from './types.js';

function members(s: IRSchema): IRSchema[] {
  return s.kind === 'union' ? s.variants : s.kind === 'intersection' ? s.members : [s];
}

/**
 * True when old readers could already tell members apart by a tag (the old union was tagged on
 * the same property) and the new `member` carries a literal value of that tag.
 */
function tagged(ctx: DiffContext, old: IRSchema, u: IRSchema, member: IRSchema): boolean {
  if (u.kind !== 'union' || !u.discriminator || old.kind !== 'union') return false;
  const prop = u.discriminator.propertyName;
  if (old.discriminator?.propertyName !== prop) return false;
  if (!old.variants.every((v) => tagOf(ctx, 'old', v, prop) !== undefined)) return false;
  return tagOf(ctx, 'new', member, prop) !== undefined;
}

/** Single literal values (const or one-value enum) of the top-level properties of `members`. */
function literalsOf(ctx: DiffContext, list: IRSchema[]): Set<string> {
  const out = new Set<string>();
  for (const s of list) {
    const r = normalize(ctx, 'new', ctx.resolve('new', s).schema);
    if (r.kind !== 'object') continue;
    for (const p of r.properties) {
      const v = ctx.resolve('new', p.schema).schema;
      if (v.kind === 'enum' && v.values.length === 1) out.add(JSON.stringify(v.values[0]));
    }
  }
  return out;
}

/**
 * Unions (`oneOf`/`anyOf`), and a schema that became a union or stopped being one (it counts as
 * a union of one). Members are paired by tag, name or shape; paired members are compared deeply,
 * the rest are removed/added members. `allOf` with members that are not all objects comes here
 * too, where an added member narrows and a removed one widens.
 */
export function compareUnions(
  ctx: DiffContext,
  o: IRSchema,
  n: IRSchema,
  dir: Direction,
  label: string,
  out: Found[],
): void {
  if (
    (o.kind === 'intersection') !== (n.kind === 'intersection') &&
    o.kind !== 'union' &&
    n.kind !== 'union'
  ) {
    const id = dir === 'request' ? 'request-type-changed' : 'response-type-changed';
    out.push(
      found(
        id,
        n.pointer,
        `${dir} ${label}: type changed from ${describe(o)} to ${describe(n)}`,
        describe(o),
        describe(n),
      ),
    );
    return;
  }
  const before = members(o);
  const after = members(n);
  if (o.kind === 'union' && n.kind === 'union' && o.mode !== n.mode) {
    out.push(
      found(
        'union-mode-changed',
        n.pointer,
        `${label}: ${o.mode} became ${n.mode} over the same members`,
        o.mode,
        n.mode,
      ),
    );
  }
  const m = matchMembers(ctx, before, after, o as IRUnionSchema, n as IRUnionSchema);
  const moved =
    dir === 'request'
      ? literalsOf(
          ctx,
          m.added.map((j) => after[j]!),
        )
      : new Set<string>();
  for (const [i, j] of m.pairs) {
    const sub = after.length > 1 || before.length > 1 ? `${label}<${describe(after[j]!)}>` : label;
    const pairFindings: Found[] = [];
    compareSchema(ctx, before[i]!, after[j]!, dir, sub, pairFindings, true);
    // A member split in several (`{type: text|json_object}` → Text | JsonObject): an enum value
    // that left the paired member but tags a new sibling member is still accepted.
    for (const f of pairFindings)
      if (!(f.id === 'request-enum-value-removed' && moved.has(JSON.stringify(f.old)))) out.push(f);
  }
  const allOf = o.kind === 'intersection';
  const shape = (side: 'old' | 'new', x: IRSchema) => normalize(ctx, side, ctx.resolve(side, x).schema);
  const coveredBy = (side: 'old' | 'new', list: IRSchema[], x: IRSchema) =>
    !allOf && list.some((y) => kindCovers(shape(side, y), shape(side === 'old' ? 'new' : 'old', x)));
  for (const i of m.removed) {
    const s = before[i]!;
    if (dir === 'request' && coveredBy('new', after, s)) {
      out.push(
        found(
          'request-type-widened',
          s.pointer,
          `request ${label}: member ${describe(s)} is still accepted by a wider member`,
          describe(s),
          undefined,
        ),
      );
      continue;
    }
    const id = allOf
      ? dir === 'request'
        ? 'request-type-widened'
        : 'response-type-widened'
      : dir === 'request'
        ? 'request-union-variant-removed'
        : 'response-union-variant-removed';
    out.push(
      found(
        id,
        s.pointer,
        `${dir} ${label}: ${allOf ? 'allOf' : 'union'} member ${describe(s)} removed`,
        describe(s),
        undefined,
      ),
    );
  }
  for (const j of m.added) {
    const s = after[j]!;
    if (dir === 'response' && coveredBy('old', before, s)) {
      out.push(
        found(
          'response-type-narrowed',
          s.pointer,
          `response ${label}: member ${describe(s)} fits a wider old member`,
          undefined,
          describe(s),
        ),
      );
      continue;
    }
    const id = allOf
      ? dir === 'request'
        ? 'request-type-narrowed'
        : 'response-type-narrowed'
      : dir === 'request'
        ? 'request-union-variant-added'
        : tagged(ctx, o, n, s)
          ? 'response-union-variant-added'
          : 'response-union-widened';
    out.push(
      found(
        id,
        s.pointer,
        `${dir} ${label}: ${allOf ? 'allOf' : 'union'} member ${describe(s)} added`,
        undefined,
        describe(s),
      ),
    );
  }
}

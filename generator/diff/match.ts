import type { IRSchema, IRUnionSchema } from '../ir/types.js';
import type { DiffContext, Side } from './context.js';
import { normalize } from './normalize.js';

/** A pairing of old union members with new ones, by index; the rest were removed / added. */
export interface Matching {
  pairs: [number, number][];
  removed: number[];
  added: number[];
}

/** The literal tag values of a member: its single-value enum/const on the tag property. */
export function tagOf(ctx: DiffContext, side: Side, s: IRSchema, prop: string): string | undefined {
  const r = normalize(ctx, side, ctx.resolve(side, s).schema);
  if (r.kind !== 'object') return undefined;
  const p = r.properties.find((x) => x.name === prop);
  const v = p && ctx.resolve(side, p.schema).schema;
  return v?.kind === 'enum' && v.values.length === 1 ? String(v.values[0]) : undefined;
}

/** How alike two members look (0: not alike at all). Same shape scores higher than same kind. */
function likeness(ctx: DiffContext, a: IRSchema, b: IRSchema): number {
  const x = normalize(ctx, 'old', ctx.resolve('old', a).schema);
  const y = normalize(ctx, 'new', ctx.resolve('new', b).schema);
  const numeric = (k: string) => k === 'number' || k === 'integer';
  if (x.kind !== y.kind) {
    if (numeric(x.kind) && numeric(y.kind)) return 0.5;
    if (x.kind === 'enum' || y.kind === 'enum') {
      const e = x.kind === 'enum' ? x : y.kind === 'enum' ? y : undefined;
      const other = e === x ? y : x;
      return e && e.type === other.kind ? 0.4 : 0;
    }
    return 0;
  }
  if (x.kind === 'object' && y.kind === 'object') {
    const names = new Set(x.properties.map((p) => p.name));
    const shared = y.properties.filter((p) => names.has(p.name)).length;
    const all = names.size + y.properties.length - shared;
    return 1 + (all === 0 ? 1 : shared / all);
  }
  if (x.kind === 'enum' && y.kind === 'enum') {
    const vals = new Set(x.values.map((v) => JSON.stringify(v)));
    const shared = y.values.filter((v) => vals.has(JSON.stringify(v))).length;
    return 1 + shared / Math.max(1, vals.size + y.values.length - shared);
  }
  if (x.kind === 'array' && y.kind === 'array') return 1 + likeness(ctx, x.items, y.items) / 4;
  return 1;
}

/**
 * Matches members by meaning, not position: first by tag value (both unions tagged on the same
 * property), then by component name, then by the most alike shape. Reordering members, renaming
 * a component member or replacing it by an equal inline schema keeps the pairing.
 */
export function matchMembers(
  ctx: DiffContext,
  o: IRSchema[],
  n: IRSchema[],
  ou?: IRUnionSchema,
  nu?: IRUnionSchema,
): Matching {
  const pairs: [number, number][] = [];
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const pair = (i: number, j: number) => {
    pairs.push([i, j]);
    usedO.add(i);
    usedN.add(j);
  };
  const prop = ou?.discriminator?.propertyName;
  if (prop && nu?.discriminator?.propertyName === prop) {
    const newTags = new Map<string, number>();
    n.forEach((s, j) => {
      const t = tagOf(ctx, 'new', s, prop);
      if (t !== undefined && !newTags.has(t)) newTags.set(t, j);
    });
    o.forEach((s, i) => {
      const j = newTags.get(tagOf(ctx, 'old', s, prop) ?? '\u0000');
      if (j !== undefined && !usedN.has(j)) pair(i, j);
    });
  }
  o.forEach((s, i) => {
    if (usedO.has(i) || s.kind !== 'ref') return;
    const j = n.findIndex((t, k) => !usedN.has(k) && t.kind === 'ref' && t.name === s.name);
    if (j >= 0) pair(i, j);
  });
  const candidates: [number, number, number][] = [];
  o.forEach((s, i) => {
    if (usedO.has(i)) return;
    n.forEach((t, j) => {
      if (usedN.has(j)) return;
      const score = likeness(ctx, s, t);
      if (score > 0) candidates.push([score, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of candidates) if (!usedO.has(i) && !usedN.has(j)) pair(i, j);
  return {
    pairs: pairs.sort((a, b) => a[0] - b[0]),
    removed: o.map((_, i) => i).filter((i) => !usedO.has(i)),
    added: n.map((_, j) => j).filter((j) => !usedN.has(j)),
  };
}

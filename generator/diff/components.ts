import { createHash } from 'node:crypto';
import type { IRSchema } from '../ir/types.js';
import type { DiffContext, Found } from './context.js';
import { levelOf } from './rules.js';
import { compareSchema } from './schema.js';
import { join } from '../util/pointer.js';
import { stableJson } from './stable-json.js';

/** Keys that do not change which values a schema accepts. */
const DOC_KEYS = new Set([
  'pointer',
  'title',
  'description',
  'example',
  'default',
  'extensions',
  'deprecated',
]);

/** Also ignored by the loose hash: which component a `$ref` names (renames change it). */
const LOOSE_KEYS = new Set([...DOC_KEYS, 'name']);

/**
 * A hash of a schema's shape, equal for schemas that differ only in docs, pointers and the names
 * their refs use: a cheap filter; candidates are confirmed by comparing them for real.
 */
export function shapeHash(schema: IRSchema): string {
  return createHash('sha1').update(stableJson(schema, LOOSE_KEYS)).digest('hex');
}

/** True when old component `a` and new component `b` accept and produce the same values. */
function sameOnTheWire(ctx: DiffContext, a: string, b: string): boolean {
  const out: Found[] = [];
  for (const dir of ['request', 'response'] as const) {
    compareSchema(
      ctx,
      { kind: 'ref', name: a, pointer: '' },
      { kind: 'ref', name: b, pointer: '' },
      dir,
      b,
      out,
    );
  }
  return out.every((f) => levelOf(f.id) === 'info' && f.id !== 'union-mode-changed');
}

/**
 * A shape too plain to identify a component (a bare scalar, a property-less object): two such
 * components being equal says nothing about one being the other renamed.
 */
function trivial(schema: IRSchema): boolean {
  if (schema.kind === 'object') return schema.properties.length === 0;
  if (schema.kind === 'array') return trivial(schema.items);
  return ['string', 'number', 'integer', 'boolean', 'null', 'unknown', 'never', 'ref'].includes(schema.kind);
}

/** How alike two names are: shared prefix plus shared suffix length. */
function nameLikeness(a: string, b: string): number {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  return p + q;
}

/** The TypeScript name a component is exported under (the naming pass's, else its key). */
function exported(ctx: DiffContext, side: 'old' | 'new', name: string): string {
  return ctx.doc(side).schemas[name]?.typeName ?? name;
}

/**
 * Component schemas. On the wire a component that went away, or came back under another name with
 * the same shape, is info: the operations that used it are compared through their `$ref`s, so any
 * shape that did change is reported there. For the SDK (`options.sdk`) the component's exported
 * type goes away or changes name, which breaks code importing it: reported again at SDK level,
 * named by the exported symbol, unless the new package still exports that name.
 */
export function compareComponents(ctx: DiffContext): void {
  const before = ctx.oldDoc.schemas;
  const after = ctx.newDoc.schemas;
  const stillExported = new Set(Object.keys(after).map((name) => exported(ctx, 'new', name)));
  const fresh = new Map<string, string[]>();
  for (const name of Object.keys(after)) {
    if (name in before) continue;
    const h = shapeHash(after[name]!.schema);
    fresh.set(h, [...(fresh.get(h) ?? []), name]);
  }
  const renamedTo = new Set<string>();
  for (const name of Object.keys(before)) {
    if (name in after) continue;
    const pointer = join('#/components/schemas', name);
    const schema = before[name]!.schema;
    const candidates = trivial(schema)
      ? []
      : (fresh.get(shapeHash(schema)) ?? []).filter((t) => !renamedTo.has(t));
    candidates.sort((x, y) => nameLikeness(name, y) - nameLikeness(name, x) || (x < y ? -1 : 1));
    const twin = candidates.find((t) => sameOnTheWire(ctx, name, t));
    const symbol = exported(ctx, 'old', name);
    if (twin) {
      renamedTo.add(twin);
      const at = join('#/components/schemas', twin);
      ctx.add(
        '',
        'component-renamed',
        at,
        `component ${name} was renamed to ${twin} (same shape on the wire)`,
        name,
        twin,
      );
      const next = exported(ctx, 'new', twin);
      if (ctx.options.sdk && !stillExported.has(symbol))
        ctx.add(
          '',
          'sdk-component-renamed',
          at,
          `exported type ${symbol} was renamed to ${next} (component ${name} → ${twin})`,
          symbol,
          next,
        );
    } else {
      ctx.add('', 'component-removed', pointer, `component ${name} was removed`, name, undefined);
      if (ctx.options.sdk && !stillExported.has(symbol))
        ctx.add(
          '',
          'sdk-component-removed',
          pointer,
          `exported type ${symbol} went away (component ${name} was removed)`,
          symbol,
          undefined,
        );
    }
  }
  for (const name of Object.keys(after)) {
    if (name in before || renamedTo.has(name)) continue;
    ctx.add(
      '',
      'component-added',
      join('#/components/schemas', name),
      `component ${name} was added`,
      undefined,
      name,
    );
  }
}

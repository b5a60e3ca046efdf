import type { IRDiscriminator } from '../ir/types.js';
import { isObject, str, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { literalTags, objectProps, variantTags, type RawAt } from './tags.js';

/** A union member kept after null members were removed (index = its IR variant index). */
export type RawVariant = RawAt;

/** The discriminator of a union: the spec's own, or one inferred from literal tags. */
export function discriminatorFor(
  ctx: ParseContext,
  s: JsonObject,
  kept: RawVariant[],
  pointer: string,
): IRDiscriminator | undefined {
  if (s.discriminator === undefined) return inferDiscriminator(ctx, kept);
  const at = join(pointer, 'discriminator');
  const propertyName = isObject(s.discriminator) ? str(s.discriminator, 'propertyName') : undefined;
  if (!isObject(s.discriminator) || propertyName === undefined) {
    ctx.error(at, 'discriminator has no "propertyName"', 'an object with a "propertyName" string');
    return undefined;
  }
  const mapping: Record<string, number> = {};
  const mapped = new Set<number>();
  const specMapping = s.discriminator.mapping;
  if (isObject(specMapping)) {
    for (const [value, target] of Object.entries(specMapping)) {
      const index = mappingIndex(kept, target);
      if (index < 0) {
        ctx.warn(
          join(at, 'mapping', value),
          `discriminator mapping target ${JSON.stringify(target)} is not a member of the union`,
          'the $ref of one of the oneOf/anyOf members',
        );
        continue;
      }
      mapping[value] = index;
      mapped.add(index);
    }
  }
  kept.forEach((k, i) => {
    if (mapped.has(i)) return;
    for (const tag of variantTags(ctx, k.raw, k.pointer, propertyName).tags)
      if (!(tag in mapping)) mapping[tag] = i;
  });
  return finish(propertyName, mapping, kept.length, true);
}

/**
 * The member a mapping value names: a local ref, a bare component name, or (when the loader
 * left an external `file.yml#/name` target as written) the one member whose ref ends in `name`.
 */
function mappingIndex(kept: RawVariant[], target: unknown): number {
  if (typeof target !== 'string') return -1;
  const refOf = (k: RawVariant) =>
    isObject(k.raw) && typeof k.raw.$ref === 'string' ? k.raw.$ref : undefined;
  const external = target.includes('#') || target.includes('/') || /\.(ya?ml|json)$/.test(target);
  const local = target.startsWith('#') ? target : external ? undefined : `#/components/schemas/${target}`;
  if (local !== undefined) return kept.findIndex((k) => refOf(k) === local);
  const name = lastToken(
    target.includes('#') ? target.slice(target.indexOf('#') + 1) : target.replace(/\.(ya?ml|json)$/, ''),
  );
  const matches = kept.flatMap((k, i) =>
    refOf(k) !== undefined && lastToken(refOf(k)!) === name ? [i] : [],
  );
  return matches.length === 1 ? matches[0]! : -1;
}

function lastToken(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function finish(
  propertyName: string,
  mapping: Record<string, number>,
  count: number,
  explicit: boolean,
): IRDiscriminator {
  const tagged = new Set(Object.values(mapping));
  const untagged = [...Array(count).keys()].filter((i) => !tagged.has(i));
  const d: IRDiscriminator = { propertyName, mapping, explicit };
  if (untagged.length > 0) d.untagged = untagged;
  return d;
}

/**
 * Infers a discriminator when at least two members are objects and every object member has a
 * distinct literal on one common property (candidates in the order the members declare them).
 */
function inferDiscriminator(ctx: ParseContext, kept: RawVariant[]): IRDiscriminator | undefined {
  if (kept.length < 2) return undefined;
  for (const prop of candidates(ctx, kept)) {
    const infos = kept.map((k) => variantTags(ctx, k.raw, k.pointer, prop));
    if (infos.filter((t) => t.object).length < 2 || infos.some((t) => t.object && t.tags.length === 0))
      continue;
    const mapping: Record<string, number> = {};
    let distinct = true;
    infos.forEach((t, i) => {
      for (const tag of t.tags) {
        if (tag in mapping) distinct = false;
        mapping[tag] = i;
      }
    });
    if (distinct) return finish(prop, mapping, kept.length, false);
  }
  return undefined;
}

/** Property names that carry a literal in some member, first-seen order. */
function candidates(ctx: ParseContext, kept: RawVariant[]): string[] {
  const out = new Set<string>();
  for (const k of kept) {
    const props = objectProps(ctx, k.raw, k.pointer);
    if (!props) continue;
    for (const [name, p] of props) if (!out.has(name) && literalTags(ctx, p.raw, p.pointer)) out.add(name);
  }
  return [...out];
}

import type { IRSchema } from '../ir/types.js';
import { found, type DiffContext, type Found } from './context.js';
import { describe } from './normalize.js';
import type { Direction } from './types.js';

/**
 * True when every value of `inner` is a value of `outer`, for two schemas of different kinds:
 * integer ⊂ number, enum ⊂ its base type, anything ⊂ unknown, nothing ⊂ anything.
 */
export function kindCovers(outer: IRSchema, inner: IRSchema): boolean {
  if (outer.kind === 'unknown' || inner.kind === 'never') return true;
  if (freeForm(outer)) return inner.kind === 'object' || inner.kind === 'intersection';
  if (outer.kind === 'number')
    return (
      inner.kind === 'integer' ||
      (inner.kind === 'enum' && (inner.type === 'number' || inner.type === 'integer'))
    );
  if (inner.kind !== 'enum') return false;
  if (outer.kind === 'string') return inner.type === 'string';
  if (outer.kind === 'integer') return inner.type === 'integer';
  if (outer.kind === 'boolean') return inner.type === 'boolean';
  return false;
}

/** An object that says nothing about its properties (`type: object`): any object fits. */
export function freeForm(s: IRSchema): boolean {
  return (
    s.kind === 'object' &&
    s.properties.length === 0 &&
    (s.additionalProperties === undefined || s.additionalProperties === true)
  );
}

/**
 * Two schemas of different kinds. A request may widen (the new type covers the old) but not
 * narrow; a response may narrow but not widen; anything else is a type change on both sides.
 */
export function compareKinds(
  _ctx: DiffContext,
  o: IRSchema,
  n: IRSchema,
  dir: Direction,
  label: string,
  out: Found[],
): void {
  const before = describe(o);
  const after = describe(n);
  const widened = kindCovers(n, o);
  const narrowed = kindCovers(o, n);
  const what = widened ? 'widened' : narrowed ? 'narrowed' : 'changed';
  const id =
    dir === 'request'
      ? widened
        ? 'request-type-widened'
        : narrowed
          ? 'request-type-narrowed'
          : 'request-type-changed'
      : widened
        ? 'response-type-widened'
        : narrowed
          ? 'response-type-narrowed'
          : 'response-type-changed';
  out.push(found(id, n.pointer, `${dir} ${label}: type ${what} from ${before} to ${after}`, before, after));
}

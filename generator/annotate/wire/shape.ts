import type { IRDocument, IRSchema } from '../../ir/types.js';
import { alternatives } from '../schema-utils.js';

/** What a value can be on the wire: styles differ only for arrays and objects. */
export type ValueShape = 'scalar' | 'array' | 'object';

/**
 * The shape a schema's values take: `array` when any alternative is an array, else `object`
 * when any alternative is an object, a map, an `allOf` or anything (`{}`), else `scalar`.
 */
export function valueShape(ir: IRDocument, schema: IRSchema): ValueShape {
  const alts = alternatives(ir, schema);
  if (alts.some((s) => s.kind === 'array')) return 'array';
  if (alts.some((s) => s.kind === 'object' || s.kind === 'intersection' || s.kind === 'unknown')) return 'object';
  return 'scalar';
}

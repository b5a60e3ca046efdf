import { isObject } from '../../../generator/util/json.js';

/** How many 3.0 idioms were rewritten, by kind. */
export interface Normalized {
  nullable: number;
  exclusiveBound: number;
}

/**
 * A copy of a 3.1 document with the 3.0 idioms it still contains rewritten into JSON Schema
 * 2020-12, exactly as `parse` reads them: `nullable: true` → `null` allowed (a `type` array, plus
 * `null` in an `enum`, or `anyOf [schema, {type: null}]` when there is no `type`); boolean
 * `exclusiveMinimum`/`exclusiveMaximum` → the numeric form. ajv cannot compile the boolean form
 * in 2020-12 at all, and ignores `nullable` as an unknown keyword.
 */
export function normalize31(document: unknown): { document: unknown; counts: Normalized } {
  const counts: Normalized = { nullable: 0, exclusiveBound: 0 };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = k.startsWith('x-') || k === 'example' || k === 'examples' ? v : visit(v);
    for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof out[flag] !== 'boolean') continue;
      counts.exclusiveBound++;
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
    if (out['nullable'] === false) delete out['nullable'];
    if (out['nullable'] === true) {
      counts.nullable++;
      delete out['nullable'];
      if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
      else if (Array.isArray(out['type']) && !out['type'].includes('null')) out['type'] = [...out['type'], 'null'];
      else if (out['type'] === undefined) return { anyOf: [out, { type: 'null' }] };
      if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    }
    return out;
  };
  return { document: visit(document), counts };
}

import { isObject } from '../../../generator/util/json.js';

/** How many 3.0 idioms were rewritten, by kind. */
export interface Normalized {
  nullable: number;
  exclusiveBound: number;
  /** `allOf: [X, { nullable: true }]`: the 3.0 way of saying "X or null". */
  allOfNullable: number;
}

/**
 * A copy of a 3.1 document with the 3.0 idioms it still contains rewritten into JSON Schema
 * 2020-12, exactly as `parse` reads them: `nullable: true` → `null` allowed (a `type` array, plus
 * `null` in an `enum`, or `anyOf [schema, {type: null}]` when there is no `type`; an `allOf` member
 * that only says `nullable: true` makes the whole `allOf` nullable); boolean
 * `exclusiveMinimum`/`exclusiveMaximum` → the numeric form. ajv cannot compile the boolean form
 * in 2020-12 at all, and ignores `nullable` as an unknown keyword.
 */
/** `{ nullable: true }` with nothing else but annotations. */
function onlyNullable(s: unknown): boolean {
  return isObject(s) && s['nullable'] === true && Object.keys(s).every((k) => ['nullable', 'description', 'title'].includes(k) || k.startsWith('x-'));
}

export function normalize31(document: unknown): { document: unknown; counts: Normalized } {
  const counts: Normalized = { nullable: 0, exclusiveBound: 0, allOfNullable: 0 };
  // Values of these keys are maps of name → schema: the map itself is not a schema.
  const MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'schemas']);
  const visit = (node: unknown, isMap = false): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = !isMap && (k.startsWith('x-') || k === 'example' || k === 'examples') ? v : visit(v, !isMap && MAPS.has(k));
    }
    if (isMap) return out;
    for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof out[flag] !== 'boolean') continue;
      counts.exclusiveBound++;
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
    const all = node['allOf'];
    if (Array.isArray(all) && all.some(onlyNullable)) {
      counts.allOfNullable++;
      out['allOf'] = (out['allOf'] as unknown[]).filter((_, i) => !onlyNullable(all[i]));
      delete out['nullable'];
      return { anyOf: [out, { type: 'null' }] };
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

import { isObject, type JsonObject } from '../../../generator/util/json.js';

/**
 * Places where the spec says one thing in JSON Schema and means another, each with the rewrite that
 * makes ajv read it the way `parse` (and so our types and zod schemas) read it. A disagreement that
 * disappears once a reading is applied is explained by that reading.
 */
export interface Reading {
  key: string;
  title: string;
  /** Who is wrong: `spec`, `ajv` (its reading), `emitter` (ours, to fix), or `ir` (what the IR cannot say yet). */
  decision: 'spec' | 'ajv' | 'emitter' | 'ir';
  why: string;
  /** Rewrites one schema object in place; returns true when it changed something. */
  rewrite(schema: JsonObject): boolean;
}

const COMPOSITION = ['allOf', 'anyOf', 'oneOf', '$ref'];
const isConstraintOnly = (s: unknown): boolean =>
  isObject(s) && Object.keys(s).every((k) => ['required', 'description', 'title', 'not'].includes(k) || k.startsWith('x-'));

/** Validation keywords with no `type`, `$ref`, composition or properties: `{ maxLength: 16 }`. */
const CONSTRAINTS = ['maxLength', 'minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'enum', 'format'];
function isTypelessConstraint(s: unknown): boolean {
  if (!isObject(s) || 'type' in s || COMPOSITION.some((k) => k in s) || 'properties' in s || 'items' in s) return false;
  return Object.keys(s).some((k) => CONSTRAINTS.includes(k));
}

export const READINGS: Reading[] = [
  {
    key: 'required-undeclared',
    title: '`required` names a property its object does not declare',
    decision: 'ir',
    why:
      'JSON Schema requires the property to be present: either a property the spec forgot to declare ' +
      '(`ResponseAudioDoneEvent.response_id`) or the `allOf` idiom of making a sibling member\'s property required ' +
      '(`Response.model`, `InputMessageResource.type`). parse keeps such names in `requiredOnly` of a typed object, ' +
      'and types and zod require them. Still left: a `required` in a member with no type or properties ' +
      '(`allOf: [$ref, {required: [x]}]`), which parse folds away as a constraint without a type.',
    rewrite(s) {
      const props = isObject(s['properties']) ? s['properties'] : {};
      if (!Array.isArray(s['required'])) return false;
      const kept = s['required'].filter((n) => typeof n === 'string' && Object.hasOwn(props, n));
      if (kept.length === s['required'].length) return false;
      s['required'] = kept;
      return true;
    },
  },
  {
    key: 'untyped-container',
    title: '`properties` or `items` without `type`',
    decision: 'spec',
    why:
      'Without `type`, JSON Schema accepts any other JSON type (ajv lets an array through where properties are given). ' +
      'The author means an object / array, parse reads it so, and the emitted types say so: zod rejects the wrong type.',
    rewrite(s) {
      if (s['type'] !== undefined || COMPOSITION.some((k) => k in s)) return false;
      if (isObject(s['properties']) || isObject(s['additionalProperties'])) s['type'] = 'object';
      else if (isObject(s['items'])) s['type'] = 'array';
      else return false;
      return true;
    },
  },
  {
    key: 'constraint-only',
    title: 'constraint-only `not` / `anyOf` / `oneOf` (lists of `required`, no types)',
    decision: 'ir',
    why:
      'e.g. "`image_url` or `file_id`, not both". The IR has no node for a constraint without a type, so parse drops ' +
      'it; zod accepts objects that break it (more lenient than ajv, never stricter).',
    rewrite(s) {
      let changed = false;
      if ('not' in s && isConstraintOnly(s['not'])) {
        delete s['not'];
        changed = true;
      }
      for (const k of ['anyOf', 'oneOf'] as const) {
        const list = s[k];
        if (Array.isArray(list) && list.length > 0 && list.every(isConstraintOnly)) {
          delete s[k];
          changed = true;
        }
      }
      return changed;
    },
  },
  {
    key: 'typeless-allof-member',
    title: 'an `allOf` member with constraints but no type (`allOf: [$ref, {maxLength: 16}]`)',
    decision: 'ir',
    why:
      'parse folds such an `allOf` into its typed member and drops the bare constraint, so zod does not check it ' +
      '(more lenient than ajv, never stricter). Fix in parse: merge the constraint into the typed member when it applies to it.',
    rewrite(s) {
      const all = s['allOf'];
      if (!Array.isArray(all)) return false;
      const kept = all.filter((m) => !isTypelessConstraint(m));
      if (kept.length === all.length || kept.length === 0) return false;
      s['allOf'] = kept;
      return true;
    },
  },
  {
    key: 'type-vs-union',
    title: '`type` next to a `oneOf`/`anyOf` whose variants have other types',
    decision: 'spec',
    why:
      'e.g. `type: object` with `oneOf: [{type: string, enum: [auto]}, {type: object}]`: JSON Schema can never accept ' +
      '`"auto"`, which the description asks for. parse reads the union (the intent, and the emitted type).',
    rewrite(s) {
      const t = s['type'];
      const union = s['oneOf'] ?? s['anyOf'];
      if (typeof t !== 'string' || !Array.isArray(union)) return false;
      const other = union.some((v) => isObject(v) && typeof v['type'] === 'string' && v['type'] !== t);
      if (!other) return false;
      delete s['type'];
      return true;
    },
  },
];

/** A copy of `document` with `readings` applied to every schema-like object; counts rewrites per key. */
export function applyReadings(document: unknown, readings: Reading[]): { document: unknown; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  // Values of these keys are maps of name → schema: the map itself is not a schema.
  const MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'schemas']);
  const visit = (node: unknown, isMap = false): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = !isMap && (k.startsWith('x-') || k === 'example' || k === 'examples') ? v : visit(v, !isMap && MAPS.has(k));
    }
    if (!isMap) for (const r of readings) if (r.rewrite(out)) counts[r.key] = (counts[r.key] ?? 0) + 1;
    return out;
  };
  return { document: visit(document), counts };
}

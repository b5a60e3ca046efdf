import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../ir/types.js';
import { isObject, type JsonObject } from '../util/json.js';
import { splitPointer } from '../util/pointer.js';
import { describePosition } from './kinds.js';
import { structureErrors, toDiagnostic } from './structure-check.js';
import { getAt } from '../util/pointer.js';

type Locate = (pointer: string) => { file: string; line?: number };

/** Fields a document may leave out that have an obvious stand-in: field → value and its reading. */
const STAND_INS: Record<string, { value: () => unknown; reading: string }> = {
  description: { value: () => '', reading: 'an empty description' },
  info: { value: () => ({ title: 'API', version: '0.0.0' }), reading: 'title "API", version "0.0.0"' },
  title: { value: () => 'API', reading: 'the title "API"' },
  version: { value: () => '0.0.0', reading: 'the version "0.0.0"' },
  responses: { value: () => ({}), reading: 'no responses' },
};

/** The parent container of `pointer` and the last token, or undefined at the root. */
function parentOf(document: JsonObject, tokens: string[]): [JsonObject | unknown[], string] | undefined {
  if (tokens.length === 0) return undefined;
  let node: unknown = document;
  for (const t of tokens.slice(0, -1)) node = Array.isArray(node) ? node[Number(t)] : isObject(node) ? node[t] : undefined;
  return isObject(node) || Array.isArray(node) ? [node, tokens[tokens.length - 1]!] : undefined;
}

/**
 * Repairs one structural finding that has an obvious reading, in place; returns that reading, or
 * undefined when there is none (the finding stays an error):
 * - a `null` schema is `{}` (any value: `unknown`), a `null` object elsewhere is an empty object,
 *   a `null` entry of a list is dropped, a `null` string is empty;
 * - a missing `description`, `info`, `title`, `version` or `responses` gets its stand-in.
 */
function repairOne(document: JsonObject, error: ErrorObject): string | undefined {
  const tokens = splitPointer(`#${error.instancePath}`) ?? [];
  if (error.keyword === 'required') {
    const field = String(error.params.missingProperty);
    const stand = STAND_INS[field];
    const target = getAt(document, `#${error.instancePath}`);
    if (!stand || !isObject(target) || field in target) return undefined;
    target[field] = stand.value();
    return `taken as ${stand.reading}`;
  }
  if (error.keyword !== 'type') return undefined;
  const at = parentOf(document, tokens);
  if (!at) return undefined;
  const [parent, key] = at;
  const value = Array.isArray(parent) ? parent[Number(key)] : parent[key];
  if (value !== null) return undefined;
  const wanted = ([] as unknown[]).concat(error.params.type);
  if (Array.isArray(parent)) {
    parent.splice(Number(key), 1);
    return 'left out';
  }
  if (describePosition(tokens) === 'schema') {
    parent[key] = {};
    return 'taken as a schema that allows any value (unknown)';
  }
  if (wanted.includes('object')) {
    parent[key] = {};
    return 'taken as an empty object';
  }
  if (wanted.includes('string')) {
    const stand = STAND_INS[key];
    if (stand && typeof stand.value() === 'string') {
      parent[key] = stand.value();
      return `taken as ${stand.reading}`;
    }
    delete parent[key];
    return 'left out';
  }
  return undefined;
}

/**
 * Repairs the structural defects that have an obvious reading and returns a warning for each
 * (file, line, pointer, what was wrong, how it was read), with the structure errors left (at
 * most `limit`): what cannot be repaired. Repairs can expose further findings (a `null` info
 * becomes `{}`, which lacks a title), so the check runs again until nothing more is repaired
 * (at most 50 rounds); its last run is the structure check.
 */
export function repairStructure(
  document: JsonObject,
  dialect: '3.0' | '3.1',
  locate: Locate,
  limit = 20,
): { warnings: Diagnostic[]; errors: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  for (let round = 0; ; round++) {
    const errors = structureErrors(document, dialect);
    let repaired = 0;
    // Deepest first: removing a list entry must not shift the pointers still to be repaired.
    if (round < 50)
      for (const error of [...errors].sort((a, b) => b.instancePath.localeCompare(a.instancePath))) {
        const found = toDiagnostic(error, document, locate);
        const reading = repairOne(document, error);
        if (reading === undefined) continue;
        repaired++;
        warnings.push({ ...found, level: 'warning', message: `${found.message}; ${reading}` });
      }
    if (repaired === 0)
      return { warnings, errors: errors.slice(0, limit).map((e) => toDiagnostic(e, document, locate)) };
  }
}

import { SdkgenError } from '../errors.js';
import type { Diagnostic } from '../ir/types.js';
import { describeJson, isObject, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import { repairStructure } from './repair.js';
import { getAt } from '../util/pointer.js';

type Locate = (pointer: string) => { file: string; line?: number };

function problem(locate: Locate, pointer: string, message: string, expected: string): Diagnostic {
  return { level: 'error', stage: 'load', ...locate(pointer), pointer, message, expected };
}

/** `3.0` or `3.1` from the `openapi` field, or a diagnostic saying what is wrong with it. */
function dialectOf(document: JsonObject, locate: Locate): '3.0' | '3.1' | Diagnostic {
  const expected = '"openapi": "3.0.x" or "3.1.x" (a quoted string)';
  const version = document.openapi;
  if (version === undefined) {
    const message =
      document.swagger !== undefined
        ? 'Swagger 2.0 documents are not supported'
        : 'missing required field "openapi"';
    return problem(locate, '#', message, expected);
  }
  if (typeof version !== 'string')
    return problem(locate, '#/openapi', `openapi version is ${describeJson(version)}`, expected);
  const match = /^3\.([01])\.\d+(-.+)?$/.exec(version);
  if (!match) return problem(locate, '#/openapi', `unknown OpenAPI version "${version}"`, expected);
  return match[1] === '0' ? '3.0' : '3.1';
}

/** Path keys must start with `/` (or be `x-` extensions). */
function checkPathKeys(document: JsonObject, locate: Locate): Diagnostic[] {
  if (!isObject(document.paths)) return [];
  return Object.keys(document.paths)
    .filter((key) => !key.startsWith('/') && !key.startsWith('x-'))
    .map((key) =>
      problem(
        locate,
        join('#/paths', key),
        `path "${key}" does not start with "/"`,
        'a path like "/pets/{id}"',
      ),
    );
}

/**
 * Checks the merged document: a known OpenAPI version, the structure (see `structure.ts`), and
 * that every local `$ref` resolves. Structural defects with an obvious reading are repaired in
 * place and returned as warnings (`repair.ts`); with `strict` they are errors too. Throws one
 * `SdkgenError` listing every error found.
 */
export function validate(
  document: JsonObject,
  localRefs: [string, string][],
  locate: Locate,
  options: { strict?: boolean } = {},
): Diagnostic[] {
  const dialect = dialectOf(document, locate);
  if (typeof dialect !== 'string') throw new SdkgenError(dialect);
  const { warnings, errors } = repairStructure(document, dialect, locate);
  const problems = [...errors, ...checkPathKeys(document, locate)];
  if (options.strict) problems.unshift(...warnings.map((w): Diagnostic => ({ ...w, level: 'error' })));
  if (dialect === '3.1' && !['paths', 'webhooks', 'components'].some((key) => key in document)) {
    problems.push(
      problem(locate, '#', 'the document has no "paths", "webhooks" or "components"', 'at least one of them'),
    );
  }
  for (const [at, ref] of localRefs) {
    if (getAt(document, ref) !== undefined) continue;
    problems.push({
      ...problem(
        locate,
        at,
        `$ref "${ref}" points at nothing in the document`,
        'a $ref to an existing value',
      ),
      ...locate(join(at, '$ref')),
    });
  }
  if (problems.length > 0) throw new SdkgenError(problems);
  return warnings;
}

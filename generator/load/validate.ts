import { SdkgenError } from '../errors.js';
import type { Diagnostic } from '../ir/types.js';
import type { JsonObject } from '../util/json.js';
import { valueAt } from './target.js';

type Locate = (pointer: string) => { file: string; line?: number };

/** Checks that every local `$ref` resolves inside the merged document. */
export function validate(document: JsonObject, localRefs: [string, string][], locate: Locate): void {
  const problems: Diagnostic[] = [];
  for (const [at, ref] of localRefs) {
    if (valueAt(document, ref) !== undefined) continue;
    const where = locate(`${at}/$ref`);
    problems.push({
      level: 'error',
      stage: 'load',
      ...where,
      pointer: at,
      message: `$ref "${ref}" points at nothing in the document`,
      expected: 'a $ref to an existing value',
    });
  }
  if (problems.length > 0) throw new SdkgenError(problems);
}

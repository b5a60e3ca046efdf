import type { Change } from '../types.js';
import type { Verdict } from './rules.js';

/** Rule ids that add something users may start to rely on (a minor release). */
const ADDITIONS =
  /-(added|added-optional|undeprecated)$|^request-.*-(widened|relaxed)$|^request-nullable-added$|^component-added$/;

/**
 * Semver verdict over a whole report: major when anything breaks, minor when something was added
 * or only warns, patch when only documentation, deprecations and the like changed.
 */
export function verdictOf(changes: readonly Change[]): Verdict {
  if (changes.some((c) => c.level === 'breaking')) return 'major';
  if (changes.some((c) => c.level === 'warning' || ADDITIONS.test(c.id))) return 'minor';
  return 'patch';
}

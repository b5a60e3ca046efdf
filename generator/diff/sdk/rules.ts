import type { Level } from '../types.js';

/**
 * Rules of the SDK-surface comparison (`sdkgen diff --sdk`): the public TypeScript API of the two
 * generated packages, compared with the type checker. Fixtures: `tests/fixtures/diff/sdk/<id>/`.
 */
export const SDK_RULES = {
  'sdk-export-removed': ['breaking', 'a name exported by the package went away'],
  'sdk-export-added': ['info', 'the package exports a new name'],
  'sdk-method-removed': ['breaking', 'a client method went away'],
  'sdk-method-added': ['info', 'a new client method'],
  'sdk-method-params-incompatible': [
    'breaking',
    'a call that compiled against the old method no longer does',
  ],
  'sdk-method-result-incompatible': [
    'breaking',
    'the method result no longer satisfies code written for the old result type',
  ],
  'sdk-type-changed': [
    'warning',
    'an exported type no longer accepts old values or produces values old code does not expect',
  ],
} as const satisfies Record<string, readonly [Level, string]>;

export type SdkRuleId = keyof typeof SDK_RULES;

/** Semantic-version verdict of a release, from the whole report. */
export type Verdict = NonNullable<import('../types.js').DiffReport['sdk']>['verdict'];

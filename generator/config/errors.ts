import { SdkgenError } from '../errors.js';
import type { Diagnostic } from '../ir/types.js';
import type { SdkConfig } from './types.js';

/** Line lookup per loaded config (kept off the plain config data). */
const locators = new WeakMap<object, (pointer: string) => number | undefined>();

/** Called by the loader: remembers how to find the line of a pointer in `config`'s file. */
export function registerLocator(config: SdkConfig, locate: (pointer: string) => number | undefined): void {
  locators.set(config, locate);
}

/** A `config`-stage diagnostic at `pointer` of the config, with file and line when known. */
export function configDiagnostic(
  config: SdkConfig | undefined,
  pointer: string,
  message: string,
  expected?: string,
  level: Diagnostic['level'] = 'error',
): Diagnostic {
  const d: Diagnostic = { level, stage: 'config', pointer, message };
  if (config?.file) d.file = config.file;
  const line = config ? locators.get(config)?.(pointer) : undefined;
  if (line !== undefined) d.line = line;
  if (expected !== undefined) d.expected = expected;
  return d;
}

/**
 * Records a warning for config that refers to something this spec does not have (an operation,
 * schema or security scheme): the override is ignored, so one config serves several versions.
 */
export function configWarning(
  ir: { diagnostics: Diagnostic[] },
  config: SdkConfig | undefined,
  pointer: string,
  message: string,
  expected?: string,
): void {
  ir.diagnostics.push(configDiagnostic(config, pointer, message, expected, 'warning'));
}

/** Throws a single config error. */
export function configError(
  config: SdkConfig | undefined,
  pointer: string,
  message: string,
  expected?: string,
): never {
  throw new SdkgenError(configDiagnostic(config, pointer, message, expected));
}

/** `one of "a", "b", "c"` — or the closest few when the list is long. */
export function oneOf(values: readonly string[], near?: string, max = 12): string {
  if (values.length === 0) return 'nothing: the spec defines none';
  let list = [...values];
  if (near !== undefined && list.length > max) {
    const n = near.toLowerCase();
    const score = (v: string): number => {
      const l = v.toLowerCase();
      if (l === n) return 0;
      if (l.includes(n) || n.includes(l)) return 1;
      return 2 + distance(l, n);
    };
    list = list.sort((a, b) => score(a) - score(b)).slice(0, max);
    return `one of ${list.map((v) => JSON.stringify(v)).join(', ')}, ... (closest of ${values.length})`;
  }
  return `one of ${list.map((v) => JSON.stringify(v)).join(', ')}`;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

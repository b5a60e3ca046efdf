import type { IRLiteral } from '../../ir/types.js';
import { quote } from '../ts/identifiers.js';
import { SdkgenError } from '../../errors.js';

/**
 * Spec values as JavaScript source: strings are quoted by the shared `quote` (so nothing can break
 * out of the literal), numbers must be finite, and arbitrary JSON (defaults) is rebuilt from those.
 */
export function literalValue(value: IRLiteral, pointer: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return Object.is(value, -0) ? '-0' : String(value);
  throw new SdkgenError({
    level: 'error',
    stage: 'emit',
    pointer,
    message: `cannot print ${String(value)} as a zod literal`,
    expected: 'a string, a finite number, a boolean or null',
  });
}

/** A number from the spec used as a limit (`minimum`, `maxLength`, ...). */
export function numberValue(value: number, pointer: string): string {
  return literalValue(value, pointer);
}

/** A regular expression built at runtime from the spec's pattern string (never a `/.../` literal). */
export function regexValue(pattern: string, pointer: string): string {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return `new RegExp(${quote(pattern)}${flags ? `, ${quote(flags)}` : ''})`;
    } catch {
      // try the next, more lenient, flag set
    }
  }
  throw new SdkgenError({
    level: 'error',
    stage: 'emit',
    pointer,
    message: `pattern ${quote(pattern)} is not a valid regular expression`,
    expected: 'an ECMA-262 regular expression',
  });
}

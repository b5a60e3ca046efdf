import { quote, valueKey } from '../ts/identifiers.js';
import { Raw, type Sample } from './samples.js';

/** Prints a sample as a TypeScript expression; spec strings only ever appear quoted. */
export function printSample(value: Sample): string {
  if (value instanceof Raw) return value.code;
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(printSample).join(', ')}]`;
  const entries = Object.keys(value).map((k) => `${valueKey(k)}: ${printSample(value[k]!)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

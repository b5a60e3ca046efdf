import type { Diagnostic } from '../ir/types.js';
import { describeJson, isObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import { oneOf } from './errors.js';
import type { FieldSpec } from './schema.js';

/** A problem found while checking a config value against `CONFIG_SCHEMA`. */
export interface ConfigProblem {
  pointer: string;
  message: string;
  expected: string;
}

/** Every place `value` does not match `spec`, with the keys or values that would be valid. */
export function validateConfig(value: unknown, spec: FieldSpec, pointer = '#'): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  check(value, spec, pointer, out);
  return out;
}

function check(value: unknown, spec: FieldSpec, pointer: string, out: ConfigProblem[]): void {
  const fail = (message: string, expected: string): void => void out.push({ pointer, message, expected });
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string')
        return fail(`expected a string, got ${describeJson(value)}`, spec.patternDescription ?? 'a string');
      if (spec.pattern && !spec.pattern.test(value))
        fail(
          `"${value}" is not ${spec.patternDescription ?? 'valid'}`,
          spec.patternDescription ?? String(spec.pattern),
        );
      return;
    case 'boolean':
      if (typeof value !== 'boolean')
        fail(`expected true or false, got ${describeJson(value)}`, 'true or false');
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value))
        fail(`${JSON.stringify(value)} is not a valid value`, oneOf(spec.values));
      return;
    case 'falseOr':
      if (value !== false) check(value, spec.spec, pointer, out);
      return;
    case 'array':
      if (!Array.isArray(value)) return fail(`expected a list, got ${describeJson(value)}`, 'a YAML list');
      value.forEach((v, i) => check(v, spec.items, join(pointer, i), out));
      return;
    case 'map':
      if (!isObject(value)) return fail(`expected a mapping, got ${describeJson(value)}`, 'a YAML mapping');
      for (const [k, v] of Object.entries(value)) {
        if (spec.keyPattern && !spec.keyPattern.test(k)) {
          out.push({
            pointer: join(pointer, k),
            message: `key "${k}" is not ${spec.keyDescription ?? 'valid'}`,
            expected: spec.keyDescription ?? String(spec.keyPattern),
          });
        }
        check(v, spec.value, join(pointer, k), out);
      }
      return;
    case 'object': {
      if (!isObject(value))
        return fail(
          `expected a mapping, got ${describeJson(value)}`,
          `a mapping with keys ${oneOf(Object.keys(spec.fields)).slice(7)}`,
        );
      const keys = Object.keys(spec.fields);
      for (const [k, v] of Object.entries(value)) {
        const field = spec.fields[k];
        if (!field)
          out.push({ pointer: join(pointer, k), message: `unknown key "${k}"`, expected: oneOf(keys) });
        else check(v, field, join(pointer, k), out);
      }
      for (const r of spec.required ?? []) {
        if (!(r in value))
          out.push({ pointer, message: `missing required key "${r}"`, expected: `a "${r}" key` });
      }
      return;
    }
  }
}

/** Problems as `config`-stage error diagnostics. */
export function toDiagnostics(
  problems: ConfigProblem[],
  file: string | undefined,
  line: (pointer: string) => number | undefined,
): Diagnostic[] {
  return problems.map((p) => {
    const d: Diagnostic = {
      level: 'error',
      stage: 'config',
      pointer: p.pointer,
      message: p.message,
      expected: p.expected,
    };
    if (file) d.file = file;
    const l = line(p.pointer);
    if (l !== undefined) d.line = l;
    return d;
  });
}

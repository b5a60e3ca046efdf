import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../ir/types.js';
import { describeJson, type JsonObject } from '../util/json.js';
import { getAt, splitPointer } from '../util/pointer.js';
import { describePosition } from './kinds.js';
import { quickValid } from './structure-quick.js';
import { structureSchema } from './structure.js';

type Locate = (pointer: string) => { file: string; line?: number };

const validators = new Map<string, ValidateFunction>();

/** `allErrors` is slower, so it is only used to list the problems once a document has failed. */
function validatorFor(dialect: '3.0' | '3.1', allErrors: boolean): ValidateFunction {
  const key = `${dialect}:${allErrors}`;
  let validator = validators.get(key);
  if (!validator) {
    // Loaded on first use: a valid document never needs it (see `structure-quick.ts`).
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv({
      allErrors,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
    }).compile(structureSchema(dialect));
    validators.set(key, validator);
  }
  return validator;
}

function typeName(type: unknown): string {
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => (t === 'object' || t === 'array' ? `an ${t}` : `a ${String(t)}`)).join(' or ');
}

/** Turns one ajv error into a diagnostic that says what was found and what was expected. */
export function toDiagnostic(error: ErrorObject, document: JsonObject, locate: Locate): Diagnostic {
  const pointer = `#${error.instancePath}`;
  const value = getAt(document, pointer);
  const what = describePosition(splitPointer(pointer) ?? []);
  let message: string;
  let expected: string;
  if (error.keyword === 'required') {
    const field = String(error.params.missingProperty);
    message = `${what} has no "${field}" field`;
    expected = `a field "${field}"`;
  } else if (error.keyword === 'type') {
    message = `${what} is ${describeJson(value)}`;
    expected = typeName(error.params.type);
  } else if (error.keyword === 'enum') {
    message = `${what} is ${JSON.stringify(value)}, which is not allowed`;
    expected = `one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  } else {
    message = error.message ?? `fails the "${error.keyword}" check`;
    expected = `a valid OpenAPI document here`;
  }
  return { level: 'error', stage: 'load', ...locate(pointer), pointer, message, expected };
}

/** The structure check's raw findings (ajv errors, `if` noise left out); empty when fine. */
export function structureErrors(document: JsonObject, dialect: '3.0' | '3.1'): ErrorObject[] {
  if (quickValid(structureSchema(dialect), document) === true) return [];
  if (validatorFor(dialect, false)(document)) return [];
  const validate = validatorFor(dialect, true);
  validate(document);
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if');
}

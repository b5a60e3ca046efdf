import type { IRBooleanSchema, IRNumberSchema, IRStringSchema } from '../ir/types.js';
import { num, str, type JsonObject } from '../util/json.js';

/** `type: string` with format, length, pattern and 3.1 content keywords. */
export function parseString(s: JsonObject, pointer: string): IRStringSchema {
  const node: IRStringSchema = { kind: 'string', pointer };
  const format = str(s, 'format');
  if (format !== undefined) node.format = format;
  const minLength = num(s, 'minLength');
  if (minLength !== undefined) node.minLength = minLength;
  const maxLength = num(s, 'maxLength');
  if (maxLength !== undefined) node.maxLength = maxLength;
  const pattern = str(s, 'pattern');
  if (pattern !== undefined) node.pattern = pattern;
  const contentMediaType = str(s, 'contentMediaType');
  if (contentMediaType !== undefined) node.contentMediaType = contentMediaType;
  const contentEncoding = str(s, 'contentEncoding');
  if (contentEncoding !== undefined) node.contentEncoding = contentEncoding;
  return node;
}

/**
 * `type: number|integer`. Bounds always come out in the 3.1 numeric form: a 3.0-style
 * `exclusiveMinimum: true` (even inside a 3.1 document) turns `minimum` into `exclusiveMinimum`.
 */
export function parseNumber(s: JsonObject, kind: 'number' | 'integer', pointer: string): IRNumberSchema {
  const node: IRNumberSchema = { kind, pointer };
  const format = str(s, 'format');
  if (format !== undefined) node.format = format;
  let minimum = num(s, 'minimum');
  let maximum = num(s, 'maximum');
  const exMin = s.exclusiveMinimum;
  const exMax = s.exclusiveMaximum;
  if (typeof exMin === 'number') node.exclusiveMinimum = exMin;
  else if (exMin === true && minimum !== undefined) {
    node.exclusiveMinimum = minimum;
    minimum = undefined;
  }
  if (typeof exMax === 'number') node.exclusiveMaximum = exMax;
  else if (exMax === true && maximum !== undefined) {
    node.exclusiveMaximum = maximum;
    maximum = undefined;
  }
  if (minimum !== undefined) node.minimum = minimum;
  if (maximum !== undefined) node.maximum = maximum;
  const multipleOf = num(s, 'multipleOf');
  if (multipleOf !== undefined) node.multipleOf = multipleOf;
  return node;
}

export function parseBoolean(pointer: string): IRBooleanSchema {
  return { kind: 'boolean', pointer };
}

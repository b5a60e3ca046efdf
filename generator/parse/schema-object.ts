import type { IRArraySchema, IRObjectSchema, IRProperty } from '../ir/types.js';
import { isObject, num, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { parseSchema } from './schema.js';

/** `type: object`: properties in spec order, `required`, `additionalProperties` (maps). */
export function parseObject(ctx: ParseContext, s: JsonObject, pointer: string): IRObjectSchema {
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  const properties: IRProperty[] = [];
  if (s.properties !== undefined && !isObject(s.properties)) {
    ctx.error(
      join(pointer, 'properties'),
      'properties must be an object',
      'a map from property name to schema',
    );
  } else if (s.properties) {
    for (const [name, prop] of Object.entries(s.properties)) {
      const schema = parseSchema(ctx, prop, join(pointer, 'properties', name));
      properties.push({ name, schema, required: required.has(name) });
    }
  }
  const node: IRObjectSchema = { kind: 'object', properties, pointer };
  const declared = new Set(properties.map((p) => p.name));
  const requiredOnly = [...required].filter((n): n is string => typeof n === 'string' && !declared.has(n));
  if (requiredOnly.length > 0) node.requiredOnly = requiredOnly;
  const extra = s.additionalProperties;
  if (typeof extra === 'boolean') node.additionalProperties = extra;
  else if (isObject(extra)) {
    node.additionalProperties =
      Object.keys(extra).length === 0 ? true : parseSchema(ctx, extra, join(pointer, 'additionalProperties'));
  }
  const minProperties = num(s, 'minProperties');
  if (minProperties !== undefined) node.minProperties = minProperties;
  const maxProperties = num(s, 'maxProperties');
  if (maxProperties !== undefined) node.maxProperties = maxProperties;
  return node;
}

/** `type: array`: `items` (unknown when absent) and 3.1 `prefixItems` tuples. */
export function parseArray(ctx: ParseContext, s: JsonObject, pointer: string): IRArraySchema {
  const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
  const tupleKey = Array.isArray(s.prefixItems) ? 'prefixItems' : 'items';
  const items =
    s.items === undefined || Array.isArray(s.items)
      ? parseSchema(ctx, true, join(pointer, 'items'))
      : parseSchema(ctx, s.items, join(pointer, 'items'));
  const node: IRArraySchema = { kind: 'array', items, pointer };
  if (tuple) node.prefixItems = tuple.map((m, i) => parseSchema(ctx, m, join(pointer, tupleKey, i)));
  const minItems = num(s, 'minItems');
  if (minItems !== undefined) node.minItems = minItems;
  const maxItems = num(s, 'maxItems');
  if (maxItems !== undefined) node.maxItems = maxItems;
  if (s.uniqueItems === true) node.uniqueItems = true;
  return node;
}

/**
 * A JSON schema made acceptable to Structured Outputs' strict mode: every object lists all its
 * properties as required and forbids others; a property that was optional becomes nullable
 * instead (`anyOf: [..., { type: 'null' }]`). `dropNulls` undoes that on the model's answer
 * (a null for a property that was optional is removed) so the original schema accepts it.
 */
type Schema = Record<string, unknown>;

const SAFE_INT = Number.MAX_SAFE_INTEGER;

export interface StrictSchema {
  schema: Schema;
  /** Removes, in place, the nulls the model sent for properties that were optional. */
  dropNulls(data: unknown): unknown;
}

export function toStrictSchema(input: Schema): StrictSchema {
  const madeNullable = new WeakMap<Schema, Set<string>>();
  const strict = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strict);
    if (!node || typeof node !== 'object') return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node as Schema)) {
      if (key === '$schema') continue;
      if ((key === 'minimum' && value === -SAFE_INT) || (key === 'maximum' && value === SAFE_INT)) continue;
      out[key] = key === 'properties' || key === '$defs' || key === 'definitions' ? mapValues(value as Schema, strict) : strict(value);
    }
    const properties = out.properties as Schema | undefined;
    if (out.type === 'object' && properties) {
      const required = new Set((out.required as string[] | undefined) ?? []);
      const optional = Object.keys(properties).filter((k) => !required.has(k));
      for (const key of optional) properties[key] = { anyOf: [properties[key], { type: 'null' }] };
      if (optional.length) madeNullable.set(out, new Set(optional));
      out.required = Object.keys(properties);
      out.additionalProperties = false;
    }
    return out;
  };
  const schema = strict(input) as Schema;

  const resolve = (node: Schema): Schema => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    if (ref === '#') return schema;
    const [, where, name] = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref) ?? [];
    const target = where && name ? (schema[where] as Schema | undefined)?.[name] : undefined;
    return (target as Schema | undefined) ?? node;
  };
  const walk = (node: Schema | undefined, data: unknown, depth: number): void => {
    if (!node || depth > 64 || data === null || typeof data !== 'object') return;
    node = resolve(node);
    for (const branch of (node.anyOf as Schema[] | undefined) ?? []) walk(branch, data, depth + 1);
    if (Array.isArray(data)) {
      for (const item of data) walk(node.items as Schema | undefined, item, depth + 1);
      return;
    }
    const record = data as Record<string, unknown>;
    const nullable = madeNullable.get(node);
    const properties = (node.properties as Schema | undefined) ?? {};
    for (const [key, value] of Object.entries(record)) {
      if (value === null && nullable?.has(key)) delete record[key];
      else walk(properties[key] as Schema | undefined, value, depth + 1);
    }
  };
  return {
    schema,
    dropNulls(data: unknown): unknown {
      walk(schema, data, 0);
      return data;
    },
  };
}

function mapValues(record: Schema, fn: (value: unknown) => unknown): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(record)) out[key] = fn(value);
  return out;
}

/**
 * A small interpreter for the JSON Schema subset `structure.ts` is written in (`type`, `required`,
 * `properties`, `additionalProperties`, `items`, `enum`, `if`/`then`/`else`, `$ref` to
 * `#/definitions/*`), so a valid document is accepted without compiling the schema with ajv
 * (which costs more than the check itself). It answers `true` (valid by the same rules ajv
 * applies), `false` (invalid), or `undefined` when the schema uses anything else; on anything but
 * `true` the caller runs ajv, which also words the problems.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'if',
  'then',
  'else',
  '$ref',
  'definitions',
]);

class Unknown extends Error {}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      throw new Unknown();
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valid(schema: unknown, value: unknown, root: Schema): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  if (!isObject(schema)) throw new Unknown();
  for (const key in schema) if (!KNOWN.has(key)) throw new Unknown();
  const s = schema as Schema;
  if (typeof s.$ref === 'string') {
    const name = /^#\/definitions\/([^/~]+)$/.exec(s.$ref)?.[1];
    const target = name === undefined ? undefined : (root.definitions as Schema | undefined)?.[name];
    if (target === undefined) throw new Unknown();
    if (!valid(target, value, root)) return false;
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => hasType(value, String(t)))) return false;
  }
  if (s.enum !== undefined) {
    if (!Array.isArray(s.enum) || s.enum.some((v) => typeof v === 'object' && v !== null))
      throw new Unknown();
    if (!s.enum.includes(value)) return false;
  }
  if (s.if !== undefined) {
    const branch = valid(s.if, value, root) ? s.then : s.else;
    if (branch !== undefined && !valid(branch, value, root)) return false;
  }
  if (isObject(value)) {
    if (Array.isArray(s.required) && !s.required.every((k) => Object.hasOwn(value, String(k)))) return false;
    const properties = s.properties as Schema | undefined;
    for (const key of Object.keys(value)) {
      const own = properties !== undefined && Object.hasOwn(properties, key) ? properties[key] : undefined;
      const rule = own ?? s.additionalProperties;
      if (rule !== undefined && !valid(rule, value[key], root)) return false;
    }
  }
  if (Array.isArray(value) && s.items !== undefined) {
    if (Array.isArray(s.items)) throw new Unknown();
    for (const item of value) if (!valid(s.items, item, root)) return false;
  }
  return true;
}

/** Whether `document` satisfies `schema` (see above); undefined when the schema is beyond the subset. */
export function quickValid(schema: Schema, document: unknown): boolean | undefined {
  try {
    return valid(schema, document, schema);
  } catch (error) {
    if (error instanceof Unknown || error instanceof RangeError) return undefined;
    throw error;
  }
}

import { isObject } from '../util/json.js';

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
      return isObject(value);
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

type Check = (value: unknown) => boolean;

/**
 * Compiles one schema node into a check (once per node: `$ref`s to definitions share theirs, and
 * are bound lazily so recursive definitions terminate). Throws `Unknown` outside the subset.
 */
class Compiler {
  private readonly refs = new Map<string, Check>();

  constructor(private readonly root: Schema) {}

  compile(schema: unknown): Check {
    if (schema === true) return () => true;
    if (schema === false) return () => false;
    if (!isObject(schema)) throw new Unknown();
    for (const key in schema) if (!KNOWN.has(key)) throw new Unknown();
    const s = schema as Schema;
    const checks: Check[] = [];
    if (s.$ref !== undefined) checks.push(this.ref(s.$ref));
    if (s.type !== undefined) {
      const types = (Array.isArray(s.type) ? s.type : [s.type]).map(String);
      for (const t of types) hasType(null, t); // throws on a type outside the subset
      checks.push((v) => types.some((t) => hasType(v, t)));
    }
    if (s.enum !== undefined) {
      const values = s.enum;
      if (!Array.isArray(values) || values.some((v) => typeof v === 'object' && v !== null))
        throw new Unknown();
      checks.push((v) => values.includes(v));
    }
    if (s.if !== undefined) {
      const [test, then, otherwise] = [this.compile(s.if), this.optional(s.then), this.optional(s.else)];
      checks.push((v) => (test(v) ? then(v) : otherwise(v)));
    }
    if (s.required !== undefined) {
      if (!Array.isArray(s.required)) throw new Unknown();
      const names = s.required.map(String);
      checks.push((v) => !isObject(v) || names.every((k) => Object.hasOwn(v, k)));
    }
    if (s.properties !== undefined || s.additionalProperties !== undefined) {
      if (s.properties !== undefined && !isObject(s.properties)) throw new Unknown();
      const own = new Map(Object.entries(s.properties ?? {}).map(([k, v]) => [k, this.compile(v)]));
      const rest = s.additionalProperties === undefined ? undefined : this.compile(s.additionalProperties);
      checks.push((v) => {
        if (!isObject(v)) return true;
        for (const key of Object.keys(v)) {
          const check = own.get(key) ?? rest;
          if (check !== undefined && !check(v[key])) return false;
        }
        return true;
      });
    }
    if (s.items !== undefined) {
      if (Array.isArray(s.items)) throw new Unknown();
      const item = this.compile(s.items);
      checks.push((v) => !Array.isArray(v) || v.every(item));
    }
    return checks.length === 1 ? checks[0]! : (v) => checks.every((c) => c(v));
  }

  private optional(schema: unknown): Check {
    return schema === undefined ? () => true : this.compile(schema);
  }

  private ref(ref: unknown): Check {
    const name = typeof ref === 'string' ? /^#\/definitions\/([^/~]+)$/.exec(ref)?.[1] : undefined;
    const definitions = this.root.definitions;
    if (name === undefined || !isObject(definitions) || !Object.hasOwn(definitions, name))
      throw new Unknown();
    let check = this.refs.get(name);
    if (!check) {
      let target: Check | undefined;
      check = (v) => (target ??= this.compile(definitions[name]))(v);
      this.refs.set(name, check);
    }
    return check;
  }
}

/** Each schema's compiled check (compiled once, on first use), or null when it is beyond the subset. */
const compiled = new WeakMap<Schema, Check | null>();

function checkFor(schema: Schema): Check | null {
  let check = compiled.get(schema);
  if (check === undefined) {
    try {
      check = new Compiler(schema).compile(schema);
    } catch (error) {
      if (!(error instanceof Unknown)) throw error;
      check = null;
    }
    compiled.set(schema, check);
  }
  return check;
}

/** Whether `document` satisfies `schema` (see above); undefined when the schema is beyond the subset. */
export function quickValid(schema: Schema, document: unknown): boolean | undefined {
  try {
    const check = checkFor(schema);
    return check === null ? undefined : check(document);
  } catch (error) {
    if (error instanceof Unknown || error instanceof RangeError) return undefined;
    throw error;
  }
}

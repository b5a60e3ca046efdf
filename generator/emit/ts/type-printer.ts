import type { IRLiteral, IRObjectSchema, IRSchema } from '../../ir/types.js';
import { docComment, schemaDoc } from './doc-comment.js';
import { propertyKey, quote } from './identifiers.js';

/** What the printer needs from the file it prints into. */
export interface PrintContext {
  /** The TypeScript name to use for a component schema (records the import when needed). */
  ref(name: string): string;
  /** The type for file content (`format: binary`), e.g. `Uploadable` (records the import). */
  binary(): string;
  /** Omit doc comments (for one-line signatures). */
  noDocs?: boolean;
}

/** A printed type and whether it is a top-level union (needs parentheses inside `&`). */
interface Printed {
  text: string;
  union: boolean;
}

/** Prints a literal value as a TypeScript literal type. */
export function literalType(value: IRLiteral): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'number';
  return value ? 'true' : 'false';
}

function unionOf(parts: string[]): Printed {
  const unique = [...new Set(parts)];
  if (unique.length === 0) return { text: 'never', union: false };
  return { text: unique.join(' | '), union: unique.length > 1 };
}

/** Prints the properties of an object schema as a `{ ... }` type literal. */
export function printObject(schema: IRObjectSchema, ctx: PrintContext): string {
  const members: string[] = [];
  for (const prop of schema.properties) {
    const doc = ctx.noDocs ? '' : docComment(schemaDoc(prop.schema));
    const optional = prop.required ? '' : '?';
    members.push(`${doc}${propertyKey(prop.name)}${optional}: ${printType(prop.schema, ctx)};`);
  }
  if (requiredOnlyInline(schema)) {
    for (const name of schema.requiredOnly ?? []) members.push(`${propertyKey(name)}: {} | null;`);
  }
  const extra = schema.additionalProperties;
  if (typeof extra === 'object') {
    const value = schema.properties.length > 0 ? 'unknown' : printType(extra, ctx);
    members.push(`[key: string]: ${value};`);
  } else if (schema.properties.length === 0) {
    members.push(`[key: string]: ${extra === false ? 'never' : 'unknown'};`);
  }
  return `{\n${members.join('\n')}\n}`;
}

/**
 * Names an object requires without declaring them (`requiredOnly`) print as `name: {} | null`:
 * intersected with the member that declares the property, that makes it required and keeps its
 * type (`{ model?: string } & { model: {} | null }` has `model: string`; `unknown` would keep
 * `string | undefined`). They go into the object's own `{ ... }` unless an index signature other
 * than `unknown` would clash with them (maps, closed empty objects).
 */
export function requiredOnlyInline(schema: IRObjectSchema): boolean {
  const extra = schema.additionalProperties;
  return schema.properties.length > 0 || extra === undefined || extra === true;
}

/** The `{ name: {} | null; ... }` member an object needs besides its own `{ ... }`, if any. */
export function printRequiredOnly(schema: IRObjectSchema): string | undefined {
  const names = schema.requiredOnly ?? [];
  if (names.length === 0 || requiredOnlyInline(schema)) return undefined;
  return `{ ${names.map((n) => `${propertyKey(n)}: {} | null;`).join(' ')} }`;
}

function printBare(schema: IRSchema, ctx: PrintContext): Printed {
  switch (schema.kind) {
    case 'ref':
      return { text: ctx.ref(schema.name), union: false };
    case 'string':
      return { text: schema.format === 'binary' ? ctx.binary() : 'string', union: false };
    case 'number':
    case 'integer':
      return { text: 'number', union: false };
    case 'boolean':
      return { text: 'boolean', union: false };
    case 'null':
      return { text: 'null', union: false };
    case 'enum':
      return unionOf(schema.values.map(literalType));
    case 'array': {
      // `T[]` rather than `Array<T>`: a schema named `Array` cannot shadow anything.
      const item = printPrecedence(schema.items, ctx);
      // An intersection needs parentheses too: `A & B[]` would be `A & (B[])`.
      const list = item.union || item.text.includes(' & ') ? `(${item.text})[]` : `${item.text}[]`;
      if (schema.prefixItems && schema.prefixItems.length > 0) {
        // JSON Schema: a `prefixItems` entry past `minItems` may be missing.
        const head = schema.prefixItems.map((s, i) => `${printType(s, ctx)}${i >= (schema.minItems ?? 0) ? '?' : ''}`);
        const rest = schema.items.kind === 'never' ? [] : [`...${list}`];
        return { text: `[${[...head, ...rest].join(', ')}]`, union: false };
      }
      return { text: list, union: false };
    }
    case 'object': {
      const text = printObject(schema, ctx);
      const requiredOnly = printRequiredOnly(schema);
      return { text: requiredOnly ? `${text} & ${requiredOnly}` : text, union: false };
    }
    case 'union':
      return unionOf(schema.variants.map((v) => printType(v, ctx)));
    case 'intersection': {
      const parts = schema.members.map((m) => printPrecedence(m, ctx));
      const unique = [...new Set(parts.map((p) => (p.union ? `(${p.text})` : p.text)))];
      if (unique.length === 0) return { text: 'unknown', union: false };
      return { text: unique.join(' & '), union: false };
    }
    case 'unknown':
      return { text: 'unknown', union: false };
    case 'never':
      return { text: 'never', union: false };
  }
}

function printPrecedence(schema: IRSchema, ctx: PrintContext): Printed {
  const bare = printBare(schema, ctx);
  if (!schema.nullable || bare.text === 'unknown' || bare.text === 'null') return bare;
  if (bare.text === 'never') return { text: 'null', union: false };
  // `&` binds tighter than `|`, so `A & B | null` needs no parentheses.
  return { text: `${bare.text} | null`, union: true };
}

/** Prints any IR schema as a TypeScript type expression. The one recursive printer. */
export function printType(schema: IRSchema, ctx: PrintContext): string {
  return printPrecedence(schema, ctx).text;
}

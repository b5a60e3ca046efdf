import type { IRSchema } from '../ir/types.js';
import { describeJson, isObject, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { applyMeta, readMeta, type SchemaMeta } from './schema-meta.js';
import { parseOwn } from './schema-own.js';
import { parseUnion } from './schema-union.js';

/**
 * Parses any schema (3.0 or 3.1 spelling) into an IR node. Refs to component schemas become
 * `{kind: 'ref'}`; every other local ref is resolved and inlined (with cycle protection).
 */
export function parseSchema(ctx: ParseContext, raw: unknown, pointer: string): IRSchema {
  if (raw === true) return { kind: 'unknown', pointer };
  if (raw === false) return { kind: 'never', pointer };
  if (!isObject(raw)) {
    ctx.error(
      pointer,
      `a schema must be an object or a boolean, found ${describeJson(raw)}`,
      'an object with a "type", a "$ref" or "oneOf"/"anyOf"/"allOf"',
    );
    return { kind: 'unknown', pointer };
  }
  return applyMeta(parseShape(ctx, raw, pointer), readMeta(raw), pointer);
}

/** The structural part of a schema: ref, own type, allOf and oneOf/anyOf combined. */
function parseShape(ctx: ParseContext, s: JsonObject, pointer: string): IRSchema {
  const ref = ctx.schemaRef(s, pointer);
  if (ref !== undefined) {
    // Beside `$ref`, 3.0 ignores every keyword; descriptive ones are still read (see `readMeta`),
    // ones that would shape the value are not, which the author may not expect.
    const ignored = typeof s.$ref === 'string' && ctx.dialect.name === '3.0' ? STRUCTURE.filter((k) => k !== '$ref' && k in s) : [];
    if (ignored.length > 0) {
      ctx.warn(pointer, `${ignored.map((k) => `"${k}"`).join(', ')} beside "$ref" ignored (OpenAPI 3.0 ignores siblings of $ref)`, 'an allOf of the $ref and the extra keywords');
    }
    return parseRef(ctx, ref, pointer);
  }
  const composed = Array.isArray(s.allOf) || Array.isArray(s.oneOf) || Array.isArray(s.anyOf);
  if (!composed) return parseOwn(ctx, s, pointer);
  const parts: IRSchema[] = [];
  let modifiers: SchemaMeta = {};
  if (hasOwnStructure(s)) parts.push(parseOwn(ctx, s, pointer));
  if (Array.isArray(s.allOf)) {
    s.allOf.forEach((m, i) => {
      // `allOf: [{$ref: X}, {nullable: true}]`: a member without structure only adds metadata.
      if (isConstraintOnly(m)) modifiers = { ...readMeta(m), ...modifiers };
      else parts.push(parseSchema(ctx, m, join(pointer, 'allOf', i)));
    });
  }
  const members = s.oneOf ?? s.anyOf;
  // `anyOf: [{required: [a]}, {required: [b]}]` constrains the object next to it; no type to add.
  const union =
    Array.isArray(members) && members.every(isConstraintOnly) ? undefined : parseUnion(ctx, s, pointer);
  if (union) parts.push(union);
  const node: IRSchema =
    parts.length === 0
      ? parseOwn(ctx, s, pointer)
      : parts.length === 1
        ? parts[0]!
        : { kind: 'intersection', members: parts, pointer };
  return applyMeta(node, modifiers, pointer);
}

/** Keywords that give a schema a shape; a schema with none of them only constrains or describes. */
const STRUCTURE = [
  '$ref',
  '$recursiveRef',
  '$dynamicRef',
  'type',
  'properties',
  'additionalProperties',
  'items',
  'prefixItems',
  'enum',
  'const',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
  'format',
];

/** An object schema with no shape keyword (`{nullable: true}`, `{required: [x]}`, `{description}`). */
function isConstraintOnly(m: unknown): boolean {
  return isObject(m) && Object.keys(m).length > 0 && !STRUCTURE.some((k) => k in m);
}

/** Next to a composition keyword, a bare `type` adds nothing; these keywords do. */
function hasOwnStructure(s: JsonObject): boolean {
  return (
    s.properties !== undefined ||
    s.additionalProperties !== undefined ||
    s.items !== undefined ||
    s.prefixItems !== undefined ||
    s.enum !== undefined ||
    s.const !== undefined
  );
}

function parseRef(ctx: ParseContext, ref: string, pointer: string): IRSchema {
  const name = ctx.componentName(ref);
  if (name !== undefined) return componentRef(ctx, name, ref, pointer);
  const target = ctx.resolve(ref, pointer);
  if (!target) return { kind: 'unknown', pointer };
  const targetName = ctx.componentName(target.pointer);
  if (targetName !== undefined) return componentRef(ctx, targetName, target.pointer, pointer);
  if (ctx.inlining.has(target.pointer)) {
    ctx.warn(
      pointer,
      `$ref "${ref}" refers back to a schema that contains it; typed as unknown`,
      'recursive schemas to live under #/components/schemas',
    );
    return { kind: 'unknown', pointer };
  }
  ctx.inlining.add(target.pointer);
  try {
    return parseSchema(ctx, target.value, target.pointer);
  } finally {
    ctx.inlining.delete(target.pointer);
  }
}

function componentRef(ctx: ParseContext, name: string, ref: string, pointer: string): IRSchema {
  if (!ctx.hasComponentSchema(name)) {
    ctx.error(
      pointer,
      `$ref "${ref}" names a component schema that does not exist`,
      `one of the keys of #/components/schemas`,
    );
  }
  return { kind: 'ref', name, pointer };
}

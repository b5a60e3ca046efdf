import type { IREnumSchema, IRLiteral, IRSchema } from '../ir/types.js';
import type { JsonObject } from '../util/json.js';
import type { ParseContext } from './context.js';
import { parseArray, parseObject } from './schema-object.js';
import { parseBoolean, parseNumber, parseString } from './schema-primitive.js';

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

/** The non-null types a schema names (`type: "x"` or `type: [...]`). */
export function typeList(s: JsonObject): string[] {
  const t = s.type;
  const list =
    typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
  return list.filter((x) => x !== 'null');
}

/**
 * A schema's own shape (no ref, no composition): `const`, `enum`, one type, several types
 * (a union), or a type inferred from the keywords present.
 */
export function parseOwn(ctx: ParseContext, s: JsonObject, pointer: string): IRSchema {
  if (s.const !== undefined) return literals(ctx, s, [s.const], pointer, true);
  if (Array.isArray(s.enum)) return literals(ctx, s, s.enum, pointer, false);
  const types = typeList(s);
  if (types.length === 1) return parseTyped(ctx, s, types[0]!, pointer);
  if (types.length > 1) {
    const variants = types.map((t) => parseTyped(ctx, s, t, pointer));
    return { kind: 'union', mode: 'anyOf', variants, pointer };
  }
  if (s.type === 'null' || Array.isArray(s.type)) return { kind: 'null', pointer };
  if (s.type !== undefined) return parseTyped(ctx, s, s.type as string, pointer);
  if (s.properties !== undefined || s.additionalProperties !== undefined) return parseObject(ctx, s, pointer);
  if (s.items !== undefined || s.prefixItems !== undefined) return parseArray(ctx, s, pointer);
  if (s.not !== undefined) return { kind: 'never', pointer };
  return { kind: 'unknown', pointer };
}

function parseTyped(ctx: ParseContext, s: JsonObject, type: string, pointer: string): IRSchema {
  switch (type) {
    case 'string':
      return parseString(s, pointer);
    case 'number':
    case 'integer':
      return parseNumber(s, type, pointer);
    case 'boolean':
      return parseBoolean(pointer);
    case 'object':
      return parseObject(ctx, s, pointer);
    case 'array':
      return parseArray(ctx, s, pointer);
    case 'null':
      return { kind: 'null', pointer };
    default:
      ctx.error(
        `${pointer}/type`,
        `unknown schema type ${JSON.stringify(type)}`,
        `one of ${TYPES.join(', ')}`,
      );
      return { kind: 'unknown', pointer };
  }
}

/** `enum` / `const`: `null` values are folded into `nullable` (set by the metadata reader). */
function literals(
  ctx: ParseContext,
  s: JsonObject,
  raw: unknown[],
  pointer: string,
  isConst: boolean,
): IRSchema {
  const values: IRLiteral[] = [];
  for (const [i, v] of raw.entries()) {
    if (v === null) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values.push(v);
    else
      ctx.warn(
        `${pointer}/${isConst ? 'const' : `enum/${i}`}`,
        `enum value of ${typeof v} is ignored`,
        'a string, number, boolean or null',
      );
  }
  if (values.length === 0) return { kind: 'null', pointer };
  const node: IREnumSchema = { kind: 'enum', type: enumType(typeList(s), values), values, pointer };
  if (isConst) node.isConst = true;
  return node;
}

function enumType(declared: string[], values: IRLiteral[]): IREnumSchema['type'] {
  const only = declared.length === 1 ? declared[0] : undefined;
  if (only === 'string' || only === 'number' || only === 'integer' || only === 'boolean') return only;
  const kinds = new Set(values.map((v) => typeof v));
  if (kinds.size !== 1) return 'mixed';
  const kind = [...kinds][0];
  if (kind === 'number') return values.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  return kind === 'string' ? 'string' : 'boolean';
}

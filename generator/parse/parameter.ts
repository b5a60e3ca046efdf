import type { IRParameter } from '../ir/types.js';
import { extensions, flag, isObject, str } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { parseSchema } from './schema.js';

const PLACES = ['path', 'query', 'header', 'cookie'] as const;
const DEFAULT_STYLE: Record<IRParameter['in'], string> = {
  path: 'simple',
  query: 'form',
  header: 'simple',
  cookie: 'form',
};

/** One parameter object (or a `$ref` to one), with `style`/`explode` defaults applied. */
export function parseParameter(ctx: ParseContext, raw: unknown, pointer: string): IRParameter | undefined {
  const resolved = ctx.deref(raw, pointer);
  if (!resolved) return undefined;
  const p = resolved.value;
  const at = resolved.pointer;
  const name = isObject(p) ? str(p, 'name') : undefined;
  const place = isObject(p) ? p.in : undefined;
  if (!isObject(p) || name === undefined || !PLACES.includes(place as IRParameter['in'])) {
    ctx.error(
      at,
      'parameter needs a "name" and an "in"',
      `an object with "name" and "in" (${PLACES.join(', ')})`,
    );
    return undefined;
  }
  const where = place as IRParameter['in'];
  const style = str(p, 'style') ?? DEFAULT_STYLE[where];
  const param: IRParameter = {
    name,
    in: where,
    required: where === 'path' ? true : flag(p, 'required'),
    schema: parseSchema(ctx, ...parameterSchema(p, at)),
    style,
    explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
    pointer: at,
  };
  const description = str(p, 'description');
  if (description !== undefined) param.description = description;
  if (flag(p, 'deprecated')) param.deprecated = true;
  if (flag(p, 'allowReserved')) param.allowReserved = true;
  if (p.schema === undefined && isObject(p.content)) {
    const mediaType = Object.keys(p.content)[0];
    if (mediaType !== undefined) param.contentType = mediaType;
  }
  const ext = extensions(p);
  if (ext) param.extensions = ext;
  return param;
}

/** `schema`, else the schema of the first `content` entry, else anything; with its pointer. */
function parameterSchema(p: Record<string, unknown>, at: string): [unknown, string] {
  if (p.schema !== undefined) return [p.schema, join(at, 'schema')];
  if (isObject(p.content)) {
    const [mediaType, media] = Object.entries(p.content)[0] ?? [];
    if (mediaType !== undefined && isObject(media) && media.schema !== undefined)
      return [media.schema, join(at, 'content', mediaType, 'schema')];
  }
  return [true, at];
}

/**
 * Path-level and operation-level parameters merged by (name, in): the operation's wins and
 * takes the path-level one's place; new ones follow in spec order.
 */
export function mergeParameters(pathLevel: IRParameter[], opLevel: IRParameter[]): IRParameter[] {
  const out = [...pathLevel];
  for (const p of opLevel) {
    const i = out.findIndex((q) => q.name === p.name && q.in === p.in);
    if (i >= 0) out[i] = p;
    else out.push(p);
  }
  return out;
}

/** All parameters of a `parameters` array (bad entries are reported and skipped). */
export function parseParameters(ctx: ParseContext, raw: unknown, pointer: string): IRParameter[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    ctx.error(pointer, 'parameters must be an array', 'an array of parameter objects');
    return [];
  }
  return raw.flatMap((p, i) => parseParameter(ctx, p, join(pointer, i)) ?? []);
}

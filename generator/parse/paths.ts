import type { HTTPMethod, IROperation, IRSecurityRequirement } from '../ir/types.js';
import { isObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { parseOperation } from './operation.js';
import { parseParameters } from './parameter.js';
import { splitPathKey } from './path-key.js';

export const METHODS: HTTPMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation under `paths`, in spec order (path by path, methods as written). */
export function parsePaths(
  ctx: ParseContext,
  raw: unknown,
  documentSecurity: IRSecurityRequirement[],
): IROperation[] {
  if (raw === undefined) return [];
  if (!isObject(raw)) {
    ctx.error('#/paths', 'paths must be an object', 'a map from path template to path item');
    return [];
  }
  const usedIds = new Map<string, string>();
  const out: IROperation[] = [];
  for (const [pathKey, rawItem] of Object.entries(raw)) {
    const item = ctx.deref(rawItem, join('#/paths', pathKey));
    if (!item) continue;
    if (!isObject(item.value)) {
      ctx.error(item.pointer, 'path item must be an object', 'an object with HTTP methods as keys');
      continue;
    }
    const pathItem = item.value;
    const pathParameters = parseParameters(ctx, pathItem.parameters, join(item.pointer, 'parameters'));
    const { path, fixedQuery } = splitPathKey(pathKey);
    for (const key of Object.keys(pathItem)) {
      const method = key as HTTPMethod;
      if (!METHODS.includes(method)) continue;
      const op = pathItem[method];
      const pointer = join(item.pointer, method);
      if (!isObject(op)) {
        ctx.error(pointer, `${method} must be an operation object`, 'an object with "responses"');
        continue;
      }
      const site = { method, pathKey, path, pathParameters, documentSecurity, usedIds };
      out.push(parseOperation(ctx, op, pointer, fixedQuery ? { ...site, fixedQuery } : site));
    }
  }
  return out;
}

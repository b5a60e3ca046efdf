import type { IRResponse, IRSchema } from '../ir/types.js';
import { isObject, str } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { parseContent } from './media.js';
import { parseSchema } from './schema.js';

/** The `responses` map of an operation, in spec order. */
export function parseResponses(ctx: ParseContext, raw: unknown, pointer: string): IRResponse[] {
  if (raw === undefined) return [];
  if (!isObject(raw)) {
    ctx.error(pointer, 'responses must be an object', 'a map from status code to response object');
    return [];
  }
  return Object.entries(raw).flatMap(
    ([status, r]) => parseResponse(ctx, status, r, join(pointer, status)) ?? [],
  );
}

/** One response object (or a `$ref` to one), with lower-cased header names. */
export function parseResponse(
  ctx: ParseContext,
  status: string,
  raw: unknown,
  pointer: string,
): IRResponse | undefined {
  const resolved = ctx.deref(raw, pointer);
  if (!resolved) return undefined;
  const r = resolved.value;
  if (!isObject(r)) {
    ctx.error(
      resolved.pointer,
      'response must be an object',
      'an object with "description" and optional "content"',
    );
    return undefined;
  }
  const out: IRResponse = {
    status,
    contents: parseContent(ctx, r.content, join(resolved.pointer, 'content')),
    pointer: resolved.pointer,
  };
  const description = str(r, 'description');
  if (description !== undefined) out.description = description;
  if (isObject(r.headers)) {
    const headers: Record<string, IRSchema> = {};
    for (const [name, h] of Object.entries(r.headers)) {
      const header = ctx.deref(h, join(resolved.pointer, 'headers', name));
      if (!header || !isObject(header.value)) continue;
      headers[name.toLowerCase()] = parseSchema(
        ctx,
        header.value.schema ?? true,
        join(header.pointer, 'schema'),
      );
    }
    out.headers = headers;
  }
  return out;
}

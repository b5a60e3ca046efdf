import type { IRRequestBody } from '../ir/types.js';
import { flag, isObject, str } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { parseContent } from './media.js';

/** A request body object (or a `$ref` to one). */
export function parseRequestBody(
  ctx: ParseContext,
  raw: unknown,
  pointer: string,
): IRRequestBody | undefined {
  const resolved = ctx.deref(raw, pointer);
  if (!resolved) return undefined;
  const body = resolved.value;
  if (!isObject(body)) {
    ctx.error(resolved.pointer, 'requestBody must be an object', 'an object with "content"');
    return undefined;
  }
  const out: IRRequestBody = {
    required: flag(body, 'required'),
    contents: parseContent(ctx, body.content, join(resolved.pointer, 'content')),
    pointer: resolved.pointer,
  };
  const description = str(body, 'description');
  if (description !== undefined) out.description = description;
  return out;
}

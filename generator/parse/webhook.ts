import type { HTTPMethod, IRWebhook } from '../ir/types.js';
import { flag, isObject, str } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { METHODS } from './paths.js';
import { parseRequestBody } from './request-body.js';
import { literalTags, objectProps } from './tags.js';

/** 3.1 `webhooks:`: one entry per (name, method); payload = the JSON request body schema. */
export function parseWebhooks(ctx: ParseContext, raw: unknown): IRWebhook[] {
  if (raw === undefined) return [];
  if (!isObject(raw)) {
    ctx.error('#/webhooks', 'webhooks must be an object', 'a map from webhook name to path item');
    return [];
  }
  const out: IRWebhook[] = [];
  for (const [name, rawItem] of Object.entries(raw)) {
    const item = ctx.deref(rawItem, join('#/webhooks', name));
    if (!item || !isObject(item.value)) continue;
    for (const [key, op] of Object.entries(item.value)) {
      if (!METHODS.includes(key as HTTPMethod) || !isObject(op)) continue;
      const pointer = join(item.pointer, key);
      const hook: IRWebhook = { name, method: key as HTTPMethod, pointer };
      const summary = str(op, 'summary');
      if (summary !== undefined) hook.summary = summary;
      const description = str(op, 'description');
      if (description !== undefined) hook.description = description;
      if (flag(op, 'deprecated')) hook.deprecated = true;
      const body =
        op.requestBody === undefined
          ? undefined
          : parseRequestBody(ctx, op.requestBody, join(pointer, 'requestBody'));
      const json =
        body?.contents.find((c) => c.mediaType.includes('json') && c.schema) ??
        body?.contents.find((c) => c.schema);
      if (json?.schema) {
        hook.payload = json.schema;
        const eventType = payloadType(ctx, body!.pointer, json.mediaType);
        if (eventType !== undefined) hook.eventType = eventType;
      }
      out.push(hook);
    }
  }
  return out;
}

/** The single literal of the payload's `type` property, read from the raw schema. */
function payloadType(ctx: ParseContext, bodyPointer: string, mediaType: string): string | undefined {
  const at = join(bodyPointer, 'content', mediaType, 'schema');
  const body = ctx.deref({ $ref: at }, at);
  const props = body && objectProps(ctx, body.value, body.pointer);
  const type = props?.get('type');
  const tags = type && literalTags(ctx, type.raw, type.pointer);
  return tags?.length === 1 ? tags[0] : undefined;
}

import type { IREncoding, IRMediaContent } from '../ir/types.js';
import { isObject, str } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { parseSchema } from './schema.js';

/** A `content` map (media type → media type object) in spec order. */
export function parseContent(ctx: ParseContext, content: unknown, pointer: string): IRMediaContent[] {
  if (content === undefined) return [];
  if (!isObject(content)) {
    ctx.error(pointer, 'content must be an object', 'a map from media type to a media type object');
    return [];
  }
  const out: IRMediaContent[] = [];
  for (const [mediaType, media] of Object.entries(content)) {
    const at = join(pointer, mediaType);
    const entry: IRMediaContent = { mediaType };
    if (!isObject(media)) {
      ctx.error(at, 'media type object must be an object', 'an object with a "schema"');
      out.push(entry);
      continue;
    }
    if (media.schema !== undefined) entry.schema = parseSchema(ctx, media.schema, join(at, 'schema'));
    const examples = readExamples(ctx, media, at);
    if (examples.length > 0) entry.examples = examples;
    const encoding = readEncoding(media);
    if (encoding) entry.encoding = encoding;
    out.push(entry);
  }
  return out;
}

/** `example`, or every `examples[*].value` (refs to `#/components/examples` followed). */
function readExamples(ctx: ParseContext, media: Record<string, unknown>, pointer: string): unknown[] {
  if (media.example !== undefined) return [media.example];
  if (!isObject(media.examples)) return [];
  const out: unknown[] = [];
  for (const [key, example] of Object.entries(media.examples)) {
    const resolved = ctx.deref(example, join(pointer, 'examples', key));
    if (resolved && isObject(resolved.value) && resolved.value.value !== undefined)
      out.push(resolved.value.value);
  }
  return out;
}

/** `encoding`: property name → `{ contentType, style, explode, allowReserved }` as given. */
function readEncoding(media: Record<string, unknown>): Record<string, IREncoding> | undefined {
  if (!isObject(media.encoding)) return undefined;
  const out: Record<string, IREncoding> = {};
  for (const [name, raw] of Object.entries(media.encoding)) {
    if (!isObject(raw)) continue;
    const entry: IREncoding = {};
    const contentType = str(raw, 'contentType');
    const style = str(raw, 'style');
    if (contentType !== undefined) entry.contentType = contentType;
    if (style !== undefined) entry.style = style;
    if (typeof raw.explode === 'boolean') entry.explode = raw.explode;
    if (raw.allowReserved === true) entry.allowReserved = true;
    out[name] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

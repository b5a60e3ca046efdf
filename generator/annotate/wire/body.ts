import type { IRDocument, IRMediaContent, IROperation, IRRequestMedia, IRValueWire, IRWireStyle } from '../../ir/types.js';
import type { SdkConfig } from '../../config/types.js';
import { overrideFor } from '../../config/operations.js';
import { fileKind } from '../multipart.js';
import { isJsonMedia, mediaBase, propertiesOf } from '../schema-utils.js';
import { houseStyle } from './params.js';
import { valueShape } from './shape.js';

type BodyKind = IRRequestMedia['kind'];

/** The default preference: JSON first, then form, multipart, text, anything else (binary). */
const KIND_ORDER: readonly BodyKind[] = ['json', 'form', 'multipart', 'text', 'binary'];

/** The kind of body a media type carries. */
export function bodyKind(mediaType: string): BodyKind {
  const base = mediaBase(mediaType);
  if (isJsonMedia(base)) return 'json';
  if (base === 'application/x-www-form-urlencoded') return 'form';
  if (base.startsWith('multipart/')) return 'multipart';
  if (base.startsWith('text/')) return 'text';
  return 'binary';
}

/**
 * The media type the SDK sends: the operation's `requestMediaType`, else the first of
 * `wire.requestMediaTypes` the body offers, else by kind (JSON, form, multipart, text, binary),
 * spec order within a kind.
 */
export function chooseRequestContent(op: IROperation, config?: SdkConfig): IRMediaContent | undefined {
  const contents = op.requestBody?.contents ?? [];
  const byBase = (m: string) => contents.find((c) => mediaBase(c.mediaType) === mediaBase(m));
  const forced = overrideFor(config, op).requestMediaType;
  if (forced && byBase(forced)) return byBase(forced);
  for (const m of config?.wire?.requestMediaTypes ?? []) if (byBase(m)) return byBase(m);
  for (const kind of KIND_ORDER) {
    const found = contents.find((c) => bodyKind(c.mediaType) === kind);
    if (found) return found;
  }
  return undefined;
}

const FORM_STYLES: readonly IRWireStyle[] = ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

/**
 * How each top-level property of a form or multipart body is written: its `encoding` entry, else
 * OpenAPI's defaults (`form`, exploded; in multipart an object property is a JSON part). The SDK
 * config's house style replaces them for arrays and objects, JSON part types included (a server
 * that takes brackets reads `o[k]` parts). Only
 * properties where the style matters (arrays, objects, explicit entries) are listed; file fields
 * of multipart bodies are left to the runtime.
 */
export function fieldEncodings(ir: IRDocument, content: IRMediaContent, kind: BodyKind, config?: SdkConfig): Record<string, IRValueWire> | undefined {
  if ((kind !== 'form' && kind !== 'multipart') || !content.schema) return undefined;
  const out: Record<string, IRValueWire> = {};
  for (const prop of propertiesOf(ir, content.schema)) {
    if (kind === 'multipart' && fileKind(ir, prop.schema)) continue;
    const entry = content.encoding?.[prop.name];
    const shape = valueShape(ir, prop.schema);
    if (shape === 'scalar' && !entry?.allowReserved && !entry?.contentType) continue;
    const house = houseStyle(config, shape);
    const style = entry?.style && FORM_STYLES.includes(entry.style as IRWireStyle) ? (entry.style as IRWireStyle) : 'form';
    const wire: IRValueWire = house ?? { style, explode: entry?.explode ?? style === 'form' };
    if (entry?.allowReserved) wire.allowReserved = true;
    const given = house && entry?.contentType && isJsonMedia(entry.contentType) ? undefined : entry?.contentType;
    const contentType = given ?? (kind === 'multipart' && shape === 'object' && !house ? 'application/json' : undefined);
    if (contentType) wire.contentType = contentType;
    out[prop.name] = wire;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The request body the SDK sends, for an operation with a body. */
export function requestMedia(ir: IRDocument, op: IROperation, config?: SdkConfig): IRRequestMedia | undefined {
  const content = chooseRequestContent(op, config);
  if (!content) return undefined;
  const kind = bodyKind(content.mediaType);
  const out: IRRequestMedia = { mediaType: content.mediaType, kind };
  const encoding = fieldEncodings(ir, content, kind, config);
  if (encoding) out.encoding = encoding;
  return out;
}

import { multipartBody } from './multipart.js';
import { stringifyQuery } from './query.js';
import { isRawBody } from './request-builder.js';
import type { RequestSpec } from './request-spec.js';
import { isUploadable, toFile } from './uploads.js';

/** A request body ready for `fetch`, and the `Content-Type` to send with it (none: let fetch decide). */
export interface EncodedBody {
  body: BodyInit | undefined;
  contentType: string | undefined;
}

/**
 * Encodes `spec.body` by `spec.bodyType`:
 * - `json` (default): `JSON.stringify`, `Content-Type` `spec.contentType ?? application/json`; when
 *   `bodyType` is left out, a body the caller already encoded (string, bytes, Blob, FormData,
 *   URLSearchParams, stream) is sent as is with `spec.contentType` or none;
 * - `form`: `a=1&b=x` in each field's `spec.encoding` style, `application/x-www-form-urlencoded`;
 * - `multipart`: `FormData` (fetch writes the boundary);
 * - `text`: the string, `text/plain` unless `spec.contentType`;
 * - `binary`: bytes, Blob or stream as given (files and Node streams through `toFile`),
 *   `application/octet-stream` unless `spec.contentType`.
 */
export async function encodeBody(spec: RequestSpec): Promise<EncodedBody> {
  const { body, bodyType = 'json', contentType } = spec;
  if (body === undefined) return { body: undefined, contentType: undefined };
  if (bodyType === 'multipart') {
    return { body: await multipartBody(body as Record<string, unknown>, spec.encoding), contentType: undefined };
  }
  const raw = isRawBody(body);
  if (bodyType === 'form') {
    const encoded = raw ? body : stringifyQuery(body as Record<string, unknown>, spec.encoding);
    return { body: encoded, contentType: contentType ?? 'application/x-www-form-urlencoded' };
  }
  if (bodyType === 'text') return { body: raw ? body : String(body), contentType: contentType ?? 'text/plain' };
  if (bodyType === 'binary') {
    const bytes = raw ? body : isUploadable(body) ? await toFile(body) : String(body);
    return { body: bytes, contentType: contentType ?? 'application/octet-stream' };
  }
  if (raw && spec.bodyType === undefined) return { body, contentType };
  return { body: JSON.stringify(body), contentType: contentType ?? 'application/json' };
}

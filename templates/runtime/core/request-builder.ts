import { buildHeaders } from './headers.js';
import { platformHeaders } from './platform.js';
import { mergeQuery, stringifyQuery } from './query.js';
import type { HeadersLike, RequestOptions } from './request-options.js';
import type { RequestSpec } from './request-spec.js';

/** `baseURL` joined with `path` (or `path` alone when absolute), plus the query encoded in its styles. */
export function buildURL(
  baseURL: string,
  path: string,
  query: Record<string, unknown>,
  styles?: RequestSpec['queryStyles'],
): string {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(path);
  const url = absolute ? path : `${baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  const qs = stringifyQuery(query, styles);
  if (!qs) return url;
  return url + (url.includes('?') ? '&' : '?') + qs;
}

/** The query of one request: client default, then the operation's, then the per-request one. */
export function requestQuery(defaultQuery: Record<string, unknown> | undefined, spec: RequestSpec, options: RequestOptions): Record<string, unknown> {
  return mergeQuery(defaultQuery, spec.query, options.query);
}

/** Values the client computed for this request, layered under the user's headers. */
export interface ClientHeaderValues {
  name: string;
  version: string;
  /** Credential and header-option headers, already prefixed. */
  auth: Record<string, string>;
  /** Configured header name → value (client request id, idempotency key). */
  ids: Record<string, string>;
  contentType: string | undefined;
}

/** Client headers, then `defaultHeaders`, then the operation's, then the per-request ones. */
export function requestHeaders(
  values: ClientHeaderValues,
  defaultHeaders: HeadersLike | undefined,
  spec: RequestSpec,
  options: RequestOptions,
): Headers {
  const base: Record<string, string | undefined> = {
    Accept: spec.accept ?? 'application/json',
    'Content-Type': values.contentType,
    ...platformHeaders(values.name, values.version),
    ...values.ids,
    ...values.auth,
  };
  return buildHeaders([base, defaultHeaders, spec.headers, options.headers]);
}

/** A body the caller already encoded, sent as is. */
export function isRawBody(body: unknown): body is BodyInit {
  return (
    typeof body === 'string' ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams) ||
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
  );
}

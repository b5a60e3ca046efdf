import type { APIResponseProps } from './api-promise.js';
import { isJsonType } from './param-style.js';
import { Stream } from './streaming.js';

/**
 * Turns a successful response into the value `await` gives: the raw `Response` for binary
 * operations, a `Stream` for event streams, parsed JSON (with `_request_id`) otherwise,
 * text for other media, and `null` for empty answers.
 */
export async function parseResponse<T>(props: APIResponseProps): Promise<T> {
  const { response, spec, controller, requestIdHeader } = props;
  if (spec.binary) return response as T;
  if (spec.stream) {
    const wrapEventPrefixes = spec.streamEnvelopePrefixes;
    return Stream.fromSSEResponse(response, controller, {
      requestIdHeader,
      ...(wrapEventPrefixes ? { wrapEventPrefixes } : {}),
    }) as T;
  }
  if (response.status === 204 || spec.method === 'head') {
    await response.body?.cancel().catch(() => undefined);
    return null as T;
  }
  if (!isJsonType(response.headers.get('content-type') ?? '')) return (await response.text()) as T;
  const text = await response.text();
  if (!text) return null as T;
  return withRequestId(JSON.parse(text), response.headers.get(requestIdHeader)) as T;
}

/** Adds a non-enumerable `_request_id` to object results (so it does not show in JSON). */
export function withRequestId<T>(value: T, requestId: string | null): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.defineProperty(value, '_request_id', {
      value: requestId,
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
  return value;
}

/** Per-request options: the last argument of every generated method. */

/** A header value; `null` removes a header set by an earlier layer. */
export type HeaderValue = string | null | undefined;

/** Headers as a plain record, a `Headers` object, or name/value pairs. */
export type HeadersLike = Record<string, HeaderValue> | Headers | Array<[string, string]>;

export interface RequestOptions {
  /** Milliseconds allowed per attempt before `APIConnectionTimeoutError`. */
  timeout?: number;
  /** Retries after the first attempt; overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Merged over the client's default and the operation's headers; `null` removes one. */
  headers?: HeadersLike;
  /** Merged over the client's `defaultQuery` and the operation's query. */
  query?: Record<string, unknown>;
  /** Aborting it rejects the request with `APIUserAbortError` (never retried). */
  signal?: AbortSignal | null;
  /** Replaces the operation's path (relative to `baseURL`, or an absolute URL). */
  path?: string;
  /** Sent in the configured idempotency header instead of a generated key. */
  idempotencyKey?: string;
  /** Extra `fetch` init fields (e.g. `dispatcher`), merged over the client's. */
  fetchOptions?: RequestInit & Record<string, unknown>;
  /** List calls only: auto-iteration (`for await`, `iterPages()`) stops after this many items. */
  maxItems?: number;
  /** List calls only: auto-iteration stops after this many pages. */
  maxPages?: number;
}

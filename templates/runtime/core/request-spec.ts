import type { PageConfig } from './pagination.js';
import type { ParamStyle } from './param-style.js';

export type { ParamStyle } from './param-style.js';

/** What a generated method asks the client to send; see CONTRACT.md. */
export interface RequestSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options';
  /** Relative to `baseURL`, already encoded with `path```; or an absolute URL. */
  path: string;
  /** Serialized with `stringifyQuery`, over `defaultQuery` and under `options.query`. */
  query?: Record<string, unknown> | undefined;
  /** Query keys written in a style other than brackets (`form`, `pipeDelimited`, JSON content, ...). */
  queryStyles?: Readonly<Record<string, ParamStyle>>;
  body?: unknown;
  /**
   * How `body` is encoded (default `json`): `form` as `application/x-www-form-urlencoded`,
   * `multipart` as `FormData`, `text` as a string, `binary` as the bytes given.
   */
  bodyType?: 'json' | 'form' | 'multipart' | 'text' | 'binary';
  /** The body's `Content-Type` when it is not the default of `bodyType` (e.g. `application/merge-patch+json`, `image/png`). */
  contentType?: string;
  /** Form and multipart fields written in a style other than brackets. */
  encoding?: Readonly<Record<string, ParamStyle>>;
  /** Over the client's headers and under `options.headers`; `null` removes one. */
  headers?: Record<string, string | null | undefined>;
  /** Key of `ClientConfig.credentials`; default `ClientConfig.defaultCredential`. */
  credential?: string;
  /** The response is `text/event-stream`: resolve to a `Stream`. */
  stream?: boolean;
  /**
   * With `stream`: SSE event names starting with one of these prefixes are delivered as
   * `{ event, data }` envelopes instead of the bare `data` (event-typed streams).
   */
  streamEnvelopePrefixes?: readonly string[];
  /** Resolve to the raw `Response`, body unread (audio, file content). */
  binary?: boolean;
  /** `Accept` header; default `application/json`. */
  accept?: string;
  /** The operation id (the spec's `operationId`), for `validate`; see `validation.ts`. */
  operation?: string;
  /** Pagination shape, for `requestPage`. */
  page?: PageConfig;
}

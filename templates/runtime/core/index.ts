/** Public surface of the runtime core, re-exported by the generated package. */
export { APIPromise, type APIResponseProps } from './api-promise.js';
export { BaseClient, type ClientConfig, type ClientOptions, type CredentialConfig, type HeaderOptionConfig } from './client.js';
export * from './error.js';
export type { Logger, LogLevel } from './logger.js';
export {
  AbstractPage,
  CursorPage,
  Page,
  PagePromise,
  type ItemOf,
  type PageConfig,
  type PageConstructor,
  type PageRequest,
} from './pagination.js';
export { path } from './path.js';
export { stringifyQuery } from './query.js';
export type { RequestOptions, HeadersLike } from './request-options.js';
export type { RequestSpec } from './request-spec.js';
export { APIResource } from './resource.js';
export { Stream } from './streaming.js';
export { toFile, type Uploadable } from './uploads.js';

import type { Logger, LogLevel } from './logger.js';
import type { ValidationMode, Validators } from './validation.js';
import type { HeadersLike } from './request-options.js';

/** How one credential option is sent. */
export interface CredentialConfig {
  /** Environment variable read when the option is not given. */
  env?: string;
  /** Header it is sent in, e.g. `Authorization`. */
  header: string;
  /** Put before the value, e.g. `Bearer `. */
  prefix?: string;
}

/** An option sent as a header when set (e.g. an organization id). */
export interface HeaderOptionConfig {
  env?: string;
  header: string;
}

/** What the generated client tells the runtime about its API; see CONTRACT.md. */
export interface ClientConfig {
  /** Client class name: in errors and the User-Agent. */
  name: string;
  /** Package version: in the User-Agent. */
  version: string;
  defaultBaseURL: string;
  baseURLEnv?: string;
  logLevelEnv?: string;
  /** Option name → how it is sent. */
  credentials?: Record<string, CredentialConfig>;
  /** Credential used when a request names none. */
  defaultCredential?: string;
  headerOptions?: Record<string, HeaderOptionConfig>;
  /** Other options read from the environment (e.g. a webhook secret). */
  extraOptions?: Record<string, { env?: string }>;
  /** Header carrying the server's request id; default `x-request-id`. */
  requestIdHeader?: string;
  /** When set, each request sends a random UUID in this header. */
  clientRequestIdHeader?: string;
  /** When set, non-GET requests send an idempotency key (kept across retries) in this header. */
  idempotencyHeader?: string;
  /** npm package name: in messages that say what to import. */
  packageName?: string;
  /** `refuse`: the client throws in a browser unless `dangerouslyAllowBrowser: true` (secret keys). */
  browser?: 'refuse';
}

/** Options every generated client accepts, besides its credentials and header options. */
export interface ClientOptions {
  /** Default `ClientConfig.defaultBaseURL`, or the `baseURLEnv` variable when set. */
  baseURL?: string | null;
  /** Milliseconds per attempt; default 600000 (10 minutes). */
  timeout?: number;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number;
  /** Sent with every request; `null` removes a header the client would send. */
  defaultHeaders?: HeadersLike;
  /** Added to every request's query. */
  defaultQuery?: Record<string, unknown>;
  /** Replaces the global `fetch`. */
  fetch?: typeof fetch;
  /** Extra `fetch` init fields for every request (e.g. a `dispatcher`). */
  fetchOptions?: RequestInit & Record<string, unknown>;
  /** Default from the `logLevelEnv` variable, else `warn`. */
  logLevel?: LogLevel;
  /** Default: the console. */
  logger?: Logger;
  /**
   * Check what is sent and received against the `validators` schemas: `off` (default), `warn`
   * (log mismatches), `strict` (throw `ValidationError`).
   */
  validate?: ValidationMode;
  /** The schemas `validate` checks against: `import { validators } from '<package>/zod'` (needs `zod`). */
  validators?: Validators;
  /** Run in a browser although the client's config refuses it (the credential is then visible to the page's users). */
  dangerouslyAllowBrowser?: boolean;
}

export const DEFAULT_TIMEOUT_MS: number = 10 * 60 * 1000;
export const DEFAULT_MAX_RETRIES = 2;

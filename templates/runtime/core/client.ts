import { APIPromise, type APIResponseProps } from './api-promise.js';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, type ClientConfig, type ClientOptions } from './config.js';
import { readEnv } from './env.js';
import { SDKError } from './error.js';
import { buildHeaders, removedHeaders } from './headers.js';
import { consoleLogger, levelLogger, resolveLogLevel, type Logger, type LogLevel } from './logger.js';
import { encodeBody } from './body.js';
import { isReplayable, uploadFetchOptions } from './multipart.js';
import type { AbstractPage, PageConstructor } from './page-base.js';
import { PagePromise } from './pagination.js';
import { isBrowser, uuid4 } from './platform.js';
import { buildURL, requestHeaders, requestQuery } from './request-builder.js';
import type { RequestOptions } from './request-options.js';
import type { RequestSpec } from './request-spec.js';
import { parseResponse, withRequestId } from './response.js';
import { sendWithRetries } from './transport.js';
import { Stream } from './streaming.js';
import { resolveValidationMode, resolveValidators, Validator, type RequestTarget } from './validation.js';

export type { ClientConfig, ClientOptions, CredentialConfig, HeaderOptionConfig } from './config.js';
export type { RequestSpec } from './request-spec.js';

/**
 * The HTTP core every generated client extends. Credentials, header options and extra
 * options named in `ClientConfig` are read from the options or the environment and set as
 * properties of the same name (generated subclasses `declare` them).
 */
export class BaseClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly logLevel: LogLevel;
  readonly logger: Logger;
  protected readonly _options: ClientOptions & Record<string, unknown>;
  protected readonly _config: ClientConfig;
  readonly #values: Record<string, string | null>;
  readonly #log: Logger;
  readonly #fetch: typeof fetch;
  readonly #validator: Validator;

  constructor(clientOptions: ClientOptions, config: ClientConfig) {
    const options = clientOptions as ClientOptions & Record<string, unknown>;
    this._options = { ...options };
    this._config = config;
    if (config.browser === 'refuse' && !options.dangerouslyAllowBrowser && isBrowser()) {
      throw new SDKError(
        `${config.name}: running in a browser would expose your credentials to the page's users; ` +
          'call the API from a server, or pass `dangerouslyAllowBrowser: true` if you understand the risk.',
      );
    }
    this.#values = {};
    const named = { ...config.credentials, ...config.headerOptions, ...config.extraOptions };
    for (const [name, { env }] of Object.entries(named)) {
      const given = options[name];
      const value = given === undefined ? (readEnv(env) ?? null) : given === null ? null : String(given);
      this.#values[name] = value;
      Object.defineProperty(this, name, { value, enumerable: true, writable: true, configurable: true });
    }
    this.#checkCredentials();
    this.baseURL = options.baseURL || readEnv(config.baseURLEnv) || config.defaultBaseURL;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.logger = options.logger ?? consoleLogger;
    this.logLevel = resolveLogLevel(options.logLevel, config.logLevelEnv, this.logger);
    const secret = Object.values(config.credentials ?? {}).map((c) => c.header);
    this.#log = levelLogger(this.logger, this.logLevel, secret);
    const f = options.fetch ?? (globalThis.fetch as typeof fetch | undefined);
    if (!f) throw new SDKError(`${config.name}: no global fetch; pass the \`fetch\` option.`);
    this.#fetch = f;
    const mode = resolveValidationMode(options.validate, config.name);
    const schemas = resolveValidators(mode, options.validators, config.name, config.packageName);
    this.#validator = new Validator(mode, schemas, this.#log, config.name);
  }

  /** A new client with these options over this one's. */
  withOptions(options: Partial<ClientOptions> & Record<string, unknown>): this {
    const Ctor = this.constructor as new (o: ClientOptions) => this;
    return new Ctor({ ...this._options, ...this.#values, ...options });
  }

  request<T>(spec: RequestSpec, options: RequestOptions = {}): APIPromise<T> {
    const parse = this.#validator.enabled ? (props: APIResponseProps) => this.#validated<T>(props) : parseResponse<T>;
    return new APIPromise<T>(this.#send(spec, options), parse);
  }

  requestPage<PageT extends AbstractPage<Item>, Item>(
    Page: PageConstructor<PageT>,
    spec: RequestSpec,
    options: RequestOptions = {},
  ): PagePromise<PageT, Item> {
    return new PagePromise<PageT, Item>(this.#send(spec, options), async (props) => {
      const body = this.#validator.enabled ? await this.#validated(props) : await parseResponse(props);
      const page = new Page(this, props.response, body, { spec, options });
      return withRequestId(page, props.response.headers.get(props.requestIdHeader));
    });
  }

  #checkCredentials(): void {
    const { credentials = {}, defaultCredential, name } = this._config;
    if (!defaultCredential || Object.keys(credentials).some((c) => this.#values[c])) return;
    const header = credentials[defaultCredential]?.header.toLowerCase();
    const defaults = this._options.defaultHeaders;
    if (header && defaults && headerMentioned(defaults, header)) return;
    const env = credentials[defaultCredential]?.env;
    throw new SDKError(
      `${name}: missing credentials. Pass the \`${defaultCredential}\` option` +
        (env ? ` or set the ${env} environment variable.` : '.'),
    );
  }

  #authHeaders(spec: RequestSpec, options: RequestOptions): Record<string, string> {
    const { credentials = {}, headerOptions = {}, defaultCredential, name } = this._config;
    const out: Record<string, string> = {};
    for (const [option, { header }] of Object.entries(headerOptions)) {
      const value = this.#values[option];
      if (value) out[header] = value;
    }
    const which = spec.credential ?? defaultCredential;
    const cred = which ? credentials[which] : undefined;
    if (!which || !cred) return out;
    const value = this.#values[which];
    if (value) {
      out[cred.header] = (cred.prefix ?? '') + value;
      return out;
    }
    const lower = cred.header.toLowerCase();
    const layers = [this._options.defaultHeaders, spec.headers, options.headers];
    if (layers.some((layer) => layer && headerMentioned(layer, lower))) return out;
    throw new SDKError(
      `${name}: this operation needs the \`${which}\` option` + (cred.env ? ` or the ${cred.env} environment variable.` : '.'),
    );
  }

  /** `parseResponse`, then the response (or each stream event) checked by `validate`. */
  async #validated<T>(props: APIResponseProps): Promise<T> {
    const data = await parseResponse<T>(props);
    const { spec } = props;
    if (spec.binary) return data;
    const target: RequestTarget = { operation: spec.operation, method: spec.method, path: spec.path };
    if (data instanceof Stream) return this.#validator.stream(target, data) as T;
    return this.#validator.check(target, 'response', data);
  }

  async #send(spec: RequestSpec, options: RequestOptions): Promise<APIResponseProps> {
    if (this.#validator.enabled) {
      const target: RequestTarget = { operation: spec.operation, method: spec.method, path: spec.path };
      await this.#validator.check(target, 'params', { query: spec.query, body: spec.body });
    }
    const config = this._config;
    const { body, contentType } = await encodeBody(spec);
    const ids: Record<string, string> = {};
    if (config.clientRequestIdHeader) ids[config.clientRequestIdHeader] = uuid4();
    if (config.idempotencyHeader && spec.method !== 'get' && spec.method !== 'head') {
      ids[config.idempotencyHeader] = options.idempotencyKey ?? `sdk-retry-${uuid4()}`;
    }
    const auth = this.#authHeaders(spec, options);
    const headers = requestHeaders({ name: config.name, version: config.version, auth, ids, contentType }, this._options.defaultHeaders, spec, options);
    const url = buildURL(this.baseURL, options.path ?? spec.path, requestQuery(this._options.defaultQuery, spec, options), spec.queryStyles);
    const init: RequestInit & Record<string, unknown> = {
      ...this._options.fetchOptions,
      ...options.fetchOptions,
      method: spec.method.toUpperCase(),
      headers,
      ...(body !== undefined ? { body, ...uploadFetchOptions(body) } : {}),
      ...(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream ? { duplex: 'half' } : {}),
    };
    const requestIdHeader = config.requestIdHeader ?? 'x-request-id';
    const { response, controller } = await sendWithRetries({
      fetch: this.#fetch,
      log: this.#log,
      label: `[${config.name}] ${spec.method.toUpperCase()} ${options.path ?? spec.path}`,
      url,
      init,
      timeout: options.timeout ?? this.timeout,
      maxRetries: isReplayable(body) ? (options.maxRetries ?? this.maxRetries) : 0,
      signal: options.signal,
      requestIdHeader,
    });
    return { response, controller, spec, options, requestIdHeader };
  }
}

/** Whether a header layer sets or removes `lowerName`. */
function headerMentioned(layer: NonNullable<RequestOptions['headers']>, lowerName: string): boolean {
  return removedHeaders(layer).has(lowerName) || buildHeaders([layer]).has(lowerName);
}

/**
 * Deployment-routed clients: a cloud host that serves the same API under
 * `{endpoint}{basePath}`, sends some operations to `{basePath}/deployments/{deployment}/...`,
 * wants an API version in the query and an API key in its own header (or a bearer token from
 * an async provider). Everything is done in the options handed to `BaseClient` and a `fetch`
 * wrapper, so the client core is unchanged. Names, env vars and paths come from `AzureConfig`.
 */
import { readEnv } from './env.js';
import { SDKError } from './error.js';
import type { HeadersLike, HeaderValue } from './request-options.js';

/** What the generated subclass tells this module (from the SDK config). */
export interface AzureConfig {
  /** Class name, for error messages. */
  name: string;
  endpointEnv?: string;
  apiKeyEnv?: string;
  apiVersionEnv?: string;
  /** Header the API key is sent in, e.g. `api-key`. */
  apiKeyHeader: string;
  /** Query parameter carrying the API version, e.g. `api-version`. */
  apiVersionParam: string;
  /** Appended to the endpoint to make the base URL, e.g. `/openai`. */
  basePath: string;
  /** Paths (relative to the base URL) routed through a deployment, e.g. `/chat/completions`. */
  deploymentPaths: string[];
  /** Body field naming the deployment when the client has none, e.g. `model`. */
  deploymentField: string;
  /** Header of the parent client's default credential, removed (e.g. `Authorization`). */
  credentialHeader: string;
  /** Option name of the parent client's default credential (e.g. `apiKey`). */
  credentialOption: string;
}

/** Options of a deployment-routed client, on top of the parent client's options. */
export interface AzureOptions {
  /** `https://<resource>.example.com`; `baseURL` is `{endpoint}{basePath}`. Not with `baseURL`. */
  endpoint?: string | undefined;
  /** API key, sent in `AzureConfig.apiKeyHeader`. Not with `azureADTokenProvider`. */
  apiKey?: string | null | undefined;
  /** Returns a bearer token; called before every attempt (so it can refresh). */
  azureADTokenProvider?: (() => Promise<string> | string) | undefined;
  /** Sent as the `AzureConfig.apiVersionParam` query parameter on every request. */
  apiVersion?: string | undefined;
  /** Deployment for the deployment paths; default: the request body's `deploymentField`. */
  deployment?: string | undefined;
}

/** What the constructor resolved: the options for the parent client and the settings kept. */
export interface ResolvedAzure {
  clientOptions: Record<string, unknown>;
  apiVersion: string;
  deployment: string | undefined;
}

const UNWRAPPED = Symbol('sdk.azure.fetch');
type WrappedFetch = typeof fetch & { [UNWRAPPED]?: typeof fetch };

/** Checks the options, reads the env vars, and builds the parent client's options. */
export function resolveAzureOptions(given: AzureOptions, config: AzureConfig): ResolvedAzure {
  const options = given as AzureOptions & Record<string, unknown>;
  const fail = (message: string): never => {
    throw new SDKError(`${config.name}: ${message}`);
  };
  const { endpoint: endpointOption, apiKey: keyOption, azureADTokenProvider: tokenProvider, ...rest } = options;
  const apiVersion = options.apiVersion ?? readEnv(config.apiVersionEnv);
  if (!apiVersion) fail(`missing API version. Pass \`apiVersion\`${envHint(config.apiVersionEnv)}.`);
  const apiKey = keyOption === undefined ? readEnv(config.apiKeyEnv) : keyOption;
  if (apiKey && tokenProvider) fail('pass either `apiKey` or `azureADTokenProvider`, not both.');
  if (!apiKey && !tokenProvider) fail(`missing credentials. Pass \`apiKey\` or \`azureADTokenProvider\`${envHint(config.apiKeyEnv)}.`);
  const explicit = options.baseURL as string | null | undefined;
  if (explicit && endpointOption) fail('pass either `baseURL` or `endpoint`, not both.');
  const endpoint = explicit ? undefined : (endpointOption ?? readEnv(config.endpointEnv));
  if (!explicit && !endpoint) fail(`missing endpoint. Pass \`endpoint\` or \`baseURL\`${envHint(config.endpointEnv)}.`);
  const baseURL = explicit || `${endpoint!.replace(/\/+$/, '')}${config.basePath}`;

  const ownHeaders: Record<string, HeaderValue> = { [config.credentialHeader]: null };
  if (apiKey) ownHeaders[config.apiKeyHeader] = apiKey;
  const previous = options.fetch as WrappedFetch | undefined;
  const inner = previous?.[UNWRAPPED] ?? previous ?? globalThis.fetch;
  if (!inner) fail('no global fetch; pass the `fetch` option.');
  const route: DeploymentRoute = { baseURL, paths: config.deploymentPaths, field: config.deploymentField, deployment: options.deployment, keyHeader: config.apiKeyHeader };
  if (tokenProvider) route.token = { provider: tokenProvider, header: config.credentialHeader };
  const clientOptions: Record<string, unknown> = {
    ...rest,
    baseURL,
    apiVersion,
    azureADTokenProvider: tokenProvider,
    [config.credentialOption]: apiKey ?? null,
    defaultHeaders: { ...ownHeaders, ...headerRecord(options.defaultHeaders as HeadersLike | undefined) },
    defaultQuery: { ...(options.defaultQuery as object | undefined), [config.apiVersionParam]: apiVersion },
    fetch: deploymentFetch(inner, route),
  };
  return { clientOptions, apiVersion: apiVersion!, deployment: options.deployment };
}

/**
 * Headers that authenticate a connection made outside `fetch` (e.g. a WebSocket), from the
 * options `resolveAzureOptions` produced: a fresh bearer token from the provider, else the key.
 */
export async function deploymentAuthHeaders(options: Record<string, unknown>, config: AzureConfig): Promise<Record<string, string>> {
  const provider = options.azureADTokenProvider as (() => Promise<string> | string) | undefined;
  if (provider) return { [config.credentialHeader]: `Bearer ${await provider()}` };
  const key = options[config.credentialOption];
  return typeof key === 'string' && key ? { [config.apiKeyHeader]: key } : {};
}

function envHint(env: string | undefined): string {
  return env ? ` or set the ${env} environment variable` : '';
}

/** A header layer as a plain record, keeping `null` (removal) values. */
function headerRecord(layer: HeadersLike | undefined): Record<string, HeaderValue> {
  if (!layer) return {};
  if (typeof Headers !== 'undefined' && layer instanceof Headers) {
    // forEach, not entries(): compiles without the DOM.Iterable lib.
    const out: Record<string, HeaderValue> = {};
    layer.forEach((value, key) => (out[key] = value));
    return out;
  }
  return Array.isArray(layer) ? Object.fromEntries(layer) : { ...(layer as Record<string, HeaderValue>) };
}

/** How `deploymentFetch` rewrites requests. */
export interface DeploymentRoute {
  baseURL: string;
  paths: string[];
  field: string;
  deployment: string | undefined;
  /** Requests carrying this header do not follow redirects (the key must not reach another host). */
  keyHeader?: string;
  token?: { provider: () => Promise<string> | string; header: string };
}

/**
 * Wraps `fetch`: a POST to one of `route.paths` under `route.baseURL` goes to
 * `{baseURL}/deployments/{deployment}{path}`; a token provider's token is set as a bearer header.
 */
export function deploymentFetch(inner: typeof fetch, route: DeploymentRoute): typeof fetch {
  const base = route.baseURL.replace(/\/+$/, '');
  const wrapped: WrappedFetch = async (input, init) => {
    let target = input;
    if (typeof input === 'string' || input instanceof URL) {
      const url = String(input);
      const rest = url.startsWith(base) ? url.slice(base.length) : undefined;
      const path = rest?.split('?')[0];
      if (path !== undefined && route.paths.includes(path) && init?.method?.toUpperCase() === 'POST') {
        const deployment = route.deployment ?? bodyField(init.body, route.field);
        if (deployment) target = `${base}/deployments/${encodeURIComponent(deployment)}${rest}`;
      }
    }
    const headers = new Headers(init?.headers);
    const next: RequestInit = { ...init };
    if (route.keyHeader && headers.has(route.keyHeader)) next.redirect = 'manual';
    if (route.token) {
      headers.set(route.token.header, `Bearer ${await route.token.provider()}`);
      next.headers = headers;
    }
    return inner(target, next);
  };
  wrapped[UNWRAPPED] = inner;
  return wrapped;
}

/** A string field of a JSON or multipart body, if there is one. */
function bodyField(body: BodyInit | null | undefined, field: string): string | undefined {
  let value: unknown;
  if (typeof body === 'string') {
    try {
      value = (JSON.parse(body) as Record<string, unknown> | null)?.[field];
    } catch {
      return undefined;
    }
  } else if (typeof FormData !== 'undefined' && body instanceof FormData) {
    value = body.get(field);
  }
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * The SDK config (`spec/<name>.sdk.yaml`): everything about the generated SDK that the spec does
 * not say — client and package names, credentials, header options, the resource tree, method
 * names, and per-operation overrides of the annotate passes. Every field is optional except
 * `client.name`; a spec with no config at all gets defaults derived from paths and tags.
 *
 * The YAML is checked by `validate.ts`; an unknown key or a wrong value is an `SdkgenError`
 * naming the file, line, JSON pointer and the valid keys or values.
 */

/** How the generated client is named and configured. */
export interface ClientSection {
  /** Client class name, e.g. `OpenAI`. Must be a valid TypeScript identifier. */
  name: string;
  /** npm package name, e.g. `openai-sdkgen`. */
  packageName?: string;
  /** Package version written into `package.json` and the User-Agent. */
  version?: string;
  /** Base URL used when neither the option nor `baseURLEnv` is set (default: the spec's first server). */
  baseURL?: string;
  /** Environment variable that overrides the base URL. */
  baseURLEnv?: string;
  /** Environment variable that sets the log level. */
  logLevelEnv?: string;
  /** Response header carrying the request id (`x-request-id`). */
  requestIdHeader?: string;
  /** Request header carrying a client-side request id. */
  clientRequestIdHeader?: string;
  /**
   * `refuse`: the client throws when constructed in a web page unless the user passes
   * `dangerouslyAllowBrowser: true` (for APIs whose credentials are secret keys). Default `allow`.
   */
  browser?: 'allow' | 'refuse';
}

/** A credential option of the client (`apiKey`), and how it is sent. */
export interface CredentialConfig {
  /** Environment variable read when the option is not given. */
  env?: string;
  /** Header that carries it (default `Authorization`). */
  header?: string;
  /** Prefix written before the value (default `Bearer ` for http bearer schemes). */
  prefix?: string;
  /** Keys of `components.securitySchemes` this credential satisfies. */
  schemes?: string[];
  /** The credential used for operations whose scheme no other credential claims. */
  default?: boolean;
}

/** A client option that, when set, is sent as a header on every request. */
export interface HeaderOptionConfig {
  env?: string;
  header: string;
}

/** Maps a path prefix to a place in the resource tree. */
export interface ResourceRule {
  /** Path prefix on whole segments, e.g. `/organization` (matches `/organization/...`). */
  path: string;
  /** Constant query the operation's path key must carry, e.g. `{ beta: 'true' }`. */
  query?: Record<string, string>;
  /** Dotted resource path that replaces the prefix's own segments, e.g. `admin.organization`. */
  resource: string;
  /** The last literal segment under the prefix becomes the method name (`usage/audio_speeches` → `audioSpeeches`). */
  leafMethod?: boolean;
}

/** Extra headers sent by every operation under a path prefix. */
export interface HeaderRule {
  path: string;
  query?: Record<string, string>;
  headers: Record<string, string>;
}

export type PathParamsStyle = 'all' | 'last';
export const PATH_PARAMS_STYLES: readonly PathParamsStyle[] = ['all', 'last'];

/** Naming policy. */
export interface NamingSection {
  /** `all`: every path parameter is a positional argument; `last`: only the last one, the others go in the params object. */
  pathParams?: PathParamsStyle;
  /** Trailing path segments that are verbs: `/batches/{id}/cancel` → method `cancel` on `batches`. Replaces the default heuristic. */
  actions?: string[];
  /** Words written in capitals inside identifiers (`ID`, `API`, `URL`). */
  acronyms?: string[];
  /** Appended to a type name that would clash with a TypeScript global or reserved name (default `Object`). */
  reservedSuffix?: string;
}

/** Streaming the spec does not declare (e.g. an SSE response documented only in prose). */
export interface StreamingOverride {
  /** Component schema name of one event's data. */
  event: string;
  /** Request body property that switches the stream on (default: detected, usually `stream`). */
  flag?: string;
  /** SSE event-name prefixes whose frames are delivered as `{ event, data }` envelopes. */
  envelopePrefixes?: string[];
}

export type PaginationOverride =
  | false
  | { style: 'none'; itemsField?: string }
  | {
      style: 'cursor';
      cursorParam?: string;
      itemsField?: string;
      hasMoreField?: string;
      nextCursor?: { from: 'item' | 'response'; field: string };
    };

/** Per-operation overrides, keyed by operationId in `SdkConfig.operations`. */
export interface OperationOverride {
  /** Dotted resource path, e.g. `beta.threads`. */
  resource?: string;
  method?: string;
  /** Extra (usually deprecated) names the same operation is also exposed under: `resource.path.method`. */
  aliases?: string[];
  pathParams?: PathParamsStyle;
  paramsType?: string;
  /** Name of the response type; for a component response, an alias of it (`EvalCreateResponse` = `Eval`). */
  responseType?: string;
  /** Name of the page type; operations whose pages look the same may share it. */
  pageType?: string;
  streaming?: StreamingOverride;
  /** Force (`true`) or suppress (`false`) the binary-response annotation. */
  binary?: boolean;
  pagination?: PaginationOverride;
  headers?: Record<string, string>;
  /** Credential key to send instead of the one derived from `security`. */
  auth?: string;
  /** Parameter renames for this operation: spec name → SDK name (the wire keeps the spec name). */
  params?: Record<string, string>;
  /** The request body media type to send, when the body offers several (overrides `wire.requestMediaTypes`). */
  requestMediaType?: string;
  /** `false`: no `…AndPoll` helper; an object: a helper even where the inference finds none (`generator/annotate/polling.ts`). */
  polling?: PollingOverride;
}

/** Corrections to the polling inference for one operation (any field left out is inferred). */
export type PollingOverride =
  | false
  | {
      /** operationId of the GET that re-reads the item. */
      retrieve?: string;
      /** Property of the response holding the status (default: the enum-valued `status`). */
      statusField?: string;
      /** Status values that end polling; every other value keeps it going. */
      terminal?: string[];
    };

/** Client-wide polling settings (`…AndPoll` helpers and `poll`). */
export interface PollingSection {
  /** Response header whose value is the server's suggested wait in milliseconds, e.g. `openai-poll-after-ms`. */
  hintHeader?: string;
}

/**
 * Hand-written modules copied into the package under `src/lib/` and type-checked with it
 * (`generator/emit/custom/`). Module paths are relative to `dir`, without extension.
 */
export interface CustomSection {
  /** Folder of the modules, relative to the config file's folder; every `.ts` under it is copied. */
  dir: string;
  /** Package subpath → module: `./helpers/zod` → `helpers/zod` (ESM + CJS + types, like `./zod`). */
  exports?: Record<string, string>;
  /** Dotted resource path → `module#ExportedClass`, a subclass of the generated resource used in its place. */
  resources?: Record<string, string>;
  /** Module whose exports are re-exported from the package root. */
  index?: string;
  /** Markdown file under `dir` appended to the package README.md. */
  readme?: string;
  /** Markdown file under `dir` appended to the package api.md. */
  api?: string;
}

/** An array or object serialization that replaces the spec's own styles (a house style). */
export type ArrayFormat = 'spec' | 'brackets' | 'repeat' | 'comma';
export const ARRAY_FORMATS: readonly ArrayFormat[] = ['spec', 'brackets', 'repeat', 'comma'];
export type ObjectFormat = 'spec' | 'brackets' | 'flat';
export const OBJECT_FORMATS: readonly ObjectFormat[] = ['spec', 'brackets', 'flat'];

/** How parameters and bodies go on the wire when the spec's own styles are not what the API takes. */
export interface WireSection {
  /**
   * Array query parameters and array fields of form and multipart bodies: `spec` (default) follows
   * each `style`/`explode`; `brackets` `a[]=1&a[]=2`; `repeat` `a=1&a=2`; `comma` `a=1,2`.
   */
  arrayFormat?: ArrayFormat;
  /** Object query parameters and form/multipart fields: `spec` (default); `brackets` `o[k]=v`; `flat` `k=v`. */
  objectFormat?: ObjectFormat;
  /** Preference order of request body media types when a body offers several (before the default rule). */
  requestMediaTypes?: string[];
  /** Parameter renames for every operation: spec name → SDK name. */
  params?: Record<string, string>;
}

/** Webhook verification on the client (`client.webhooks`); see `generator/emit/extras/`. */
export interface WebhooksSection {
  /** Key of `extraOptions` holding the signing secret (default: the first option named like `webhookSecret`). */
  secretOption?: string;
  /** Name of the union of all webhook events (default `UnwrapWebhookEvent`). */
  unionName?: string;
}

/** A realtime WebSocket client: `<pkg>/realtime/ws` (Node, `ws`) and `<pkg>/realtime/websocket` (browser). */
export interface RealtimeSection {
  /** Class name of the `ws` client, e.g. `OpenAIRealtimeWS`. */
  className: string;
  /** Class name of the browser client (global `WebSocket`), e.g. `OpenAIRealtimeWebSocket`. */
  browserClassName?: string;
  /** Component schema (a union) of the events the client sends. */
  clientEvent: string;
  /** Component schema (a union) of the events the server sends. */
  serverEvent: string;
  /** Path under the base URL, e.g. `/realtime`. */
  path: string;
  /** Query parameter naming the model, e.g. `model`. */
  queryParam: string;
  /** Server event type that carries an error (default `error`). */
  errorEventType?: string;
  /** Credential option sent on the upgrade (default: the default credential). */
  credential?: string;
  /** Browser subprotocols, in order; `{credential}` is replaced by the credential's value. */
  browserProtocols?: string[];
}

/** A deployment-routed subclass of the client (`templates/runtime/core/azure.ts`). */
export interface AzureSection {
  /** Class name, e.g. `AzureOpenAI`. */
  className: string;
  endpointEnv?: string;
  apiKeyEnv?: string;
  apiVersionEnv?: string;
  /** Header carrying the API key (default `api-key`). */
  apiKeyHeader?: string;
  /** Query parameter carrying the API version (default `api-version`). */
  apiVersionParam?: string;
  /** Appended to the endpoint to form the base URL (default `/openai`). */
  basePath?: string;
  /** Paths routed through `/deployments/{deployment}` (relative to the base URL). */
  deploymentPaths: string[];
  /** Request body field naming the deployment when the client has none (default `model`). */
  deploymentField?: string;
}

export interface SdkConfig {
  /** The config file, for error messages (set by `loadSdkConfig`). */
  file?: string;
  client: ClientSection;
  credentials?: Record<string, CredentialConfig>;
  headerOptions?: Record<string, HeaderOptionConfig>;
  /** Other client options read from the environment, e.g. `webhookSecret`. */
  extraOptions?: Record<string, { env?: string }>;
  naming?: NamingSection;
  resources?: ResourceRule[];
  headers?: HeaderRule[];
  /** Component schema name → TypeScript type name. */
  types?: Record<string, string>;
  operations?: Record<string, OperationOverride>;
  wire?: WireSection;
  webhooks?: WebhooksSection;
  realtime?: RealtimeSection;
  azure?: AzureSection;
  polling?: PollingSection;
  custom?: CustomSection;
}

/**
 * The intermediate representation (IR) every sdkgen stage after `parse` reads.
 *
 * Rules:
 * - Plain, JSON-serialisable data: no classes, no methods, no back-pointers, no `undefined`-only
 *   semantics that JSON would lose (optional fields are simply absent).
 * - No `$ref` strings: a reference to a component schema is `{ kind: 'ref', name }`, where `name`
 *   is a key of `IRDocument.schemas`. Every other reference is inlined by `parse`.
 * - Every map the output depends on is sorted by `generator/util/sort.ts` before it is emitted.
 * - Annotation fields (`streaming`, `multipart`, `pagination`, `binary`, `responseMedia`,
 *   `requestMedia`, `IRParameter.wire`, `naming`, `typeName`) are absent after `parse` and written
 *   by exactly one pass in `generator/annotate/`.
 */

/** One problem found in the input, with where it is and what was expected. */
export interface Diagnostic {
  /** `error` stops the run; `warning` is reported and the run goes on. */
  level: 'error' | 'warning';
  /** The stage that found it. */
  stage: 'source' | 'load' | 'parse' | 'annotate' | 'config' | 'emit' | 'diff';
  /** The file the problem is in (absolute or as given by the user), when known. */
  file?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  /** JSON pointer (RFC 6901) into the document, e.g. `#/paths/~1files/get/parameters/0`. */
  pointer?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What was expected instead, e.g. `an object with a "type" or a "$ref"`. */
  expected?: string;
  /** A file the run needed and could not read (absolute): `--watch` runs again when it appears. */
  awaits?: string;
}

/** Literal values a schema can pin (`enum`, `const`, defaults of primitives). */
export type IRLiteral = string | number | boolean | null;

/** Metadata shared by every schema node. */
export interface IRSchemaBase {
  /** JSON pointer of the schema in the loaded document (after external refs were merged). */
  pointer: string;
  /** `title` from the spec. */
  title?: string;
  /** `description` from the spec, unmodified (emitters escape it for their target). */
  description?: string;
  /** `deprecated: true` in the spec. */
  deprecated?: boolean;
  /** `default` from the spec, as JSON. */
  default?: unknown;
  /** First example (`example`, or the first of `examples`), as JSON. */
  example?: unknown;
  /**
   * The value may also be `null`. Set from 3.0 `nullable: true`, 3.1 `type: [T, "null"]`, and a
   * `oneOf`/`anyOf` with a `{type: "null"}` member (the member is removed and this is set).
   */
  nullable?: boolean;
  /** `readOnly: true`: only in responses. */
  readOnly?: boolean;
  /** `writeOnly: true`: only in requests. */
  writeOnly?: boolean;
  /** `x-*` extensions on the schema, verbatim. Absent when there are none. */
  extensions?: Record<string, unknown>;
}

/** A reference to a named component schema. */
export interface IRRefSchema extends IRSchemaBase {
  kind: 'ref';
  /** Key in `IRDocument.schemas` (the component's name as written in the spec). */
  name: string;
}

export interface IRStringSchema extends IRSchemaBase {
  kind: 'string';
  /** `format`, e.g. `date-time`, `uri`, `binary`, `byte`. `binary` marks file content. */
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** `contentMediaType` / `contentEncoding` (3.1 style binary). */
  contentMediaType?: string;
  contentEncoding?: string;
}

export interface IRNumberSchema extends IRSchemaBase {
  kind: 'number' | 'integer';
  format?: string;
  minimum?: number;
  maximum?: number;
  /** Always the 3.1 numeric form: `exclusiveMinimum: true` (3.0 style) is folded into this. */
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface IRBooleanSchema extends IRSchemaBase {
  kind: 'boolean';
}

/** Exactly `null` (a bare `{type: "null"}` that is not a union member). */
export interface IRNullSchema extends IRSchemaBase {
  kind: 'null';
}

/** A closed set of literal values (`enum`, or `const` which is an enum of one). */
export interface IREnumSchema extends IRSchemaBase {
  kind: 'enum';
  /** The base type of the values: `string`, `number`, `integer`, `boolean` or `mixed`. */
  type: 'string' | 'number' | 'integer' | 'boolean' | 'mixed';
  /** The values in spec order (a `null` value is folded into `nullable`). */
  values: IRLiteral[];
  /** True when written as `const` rather than `enum`. */
  isConst?: boolean;
}

export interface IRArraySchema extends IRSchemaBase {
  kind: 'array';
  items: IRSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** 3.1 `prefixItems` (tuples), when present. */
  prefixItems?: IRSchema[];
}

export interface IRProperty {
  /** The property name exactly as on the wire (may be any string: emitters quote it). */
  name: string;
  schema: IRSchema;
  /** Listed in the parent's `required`. */
  required: boolean;
}

export interface IRObjectSchema extends IRSchemaBase {
  kind: 'object';
  /** Declared properties in spec order. */
  properties: IRProperty[];
  /**
   * `additionalProperties`: `false` closed, `true` or absent-in-spec open with unknown values,
   * a schema for maps. Absent in the IR means the spec did not say (treated as open).
   */
  additionalProperties?: boolean | IRSchema;
  /**
   * Names listed in `required` that this object does not declare as properties (the `allOf`
   * idiom: a sibling member declares the property, this one makes it required). They must be
   * present on the value. Spec order, no duplicates; absent when there are none.
   */
  requiredOnly?: string[];
  minProperties?: number;
  maxProperties?: number;
}

/** `oneOf` / `anyOf` (with any `null` member already folded into `nullable`). */
export interface IRUnionSchema extends IRSchemaBase {
  kind: 'union';
  /** Which keyword it came from: matters for validation (exactly one vs at least one). */
  mode: 'oneOf' | 'anyOf';
  variants: IRSchema[];
  /** Set when the union is tagged (explicit `discriminator`, or inferred by `parse`). */
  discriminator?: IRDiscriminator;
}

export interface IRDiscriminator {
  /** The tag property, e.g. `type`. */
  propertyName: string;
  /**
   * Tag value → index into `variants`. Built from the spec's `mapping` when present, otherwise
   * from each variant's `const`/single-value `enum` on the tag property (never the schema name).
   * Variants whose tag could not be found are listed in `untagged`.
   */
  mapping: Record<string, number>;
  /**
   * Indices of variants that have no literal tag value, or whose tag values were all taken by an
   * earlier variant (two members tagged `message` — the later one needs a structural check).
   */
  untagged?: number[];
  /** True when the spec declared `discriminator`; false when parse inferred it from the variants. */
  explicit: boolean;
}

/** `allOf`. */
export interface IRIntersectionSchema extends IRSchemaBase {
  kind: 'intersection';
  members: IRSchema[];
}

/** Anything: `{}`, `true`, or a schema with no type information. */
export interface IRUnknownSchema extends IRSchemaBase {
  kind: 'unknown';
}

/** `not: ...` and `false` schemas: nothing is valid / everything except. Rare; kept for diff. */
export interface IRNeverSchema extends IRSchemaBase {
  kind: 'never';
}

export type IRSchema =
  | IRRefSchema
  | IRStringSchema
  | IRNumberSchema
  | IRBooleanSchema
  | IRNullSchema
  | IREnumSchema
  | IRArraySchema
  | IRObjectSchema
  | IRUnionSchema
  | IRIntersectionSchema
  | IRUnknownSchema
  | IRNeverSchema;

/** A component schema (`#/components/schemas/<name>`). */
export interface IRNamedSchema {
  /** The component's key in the spec. */
  name: string;
  schema: IRSchema;
  /** TypeScript identifier for it; set by the naming pass (unique across the package). */
  typeName?: string;
}

export type HTTPMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export interface IRParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: IRSchema;
  description?: string;
  deprecated?: boolean;
  /** `style`/`explode` as given (defaults applied: query → form/explode, path → simple). */
  style?: string;
  explode?: boolean;
  /** `allowReserved: true` (query): reserved characters in the value are sent unencoded. */
  allowReserved?: boolean;
  /** The media type of a parameter described with `content` (e.g. `application/json`) instead of `schema`. */
  contentType?: string;
  /** `x-*` extensions of the parameter object, verbatim. Absent when there are none. */
  extensions?: Record<string, unknown>;
  pointer: string;
  /** How the parameter is named in the SDK and serialized on the wire; set by `annotate/wire.ts`. */
  wire?: IRParamWire;
}

/**
 * A serialization style (OpenAPI `style`, plus `brackets`: the `a[]=1&o[k]=v` house style an
 * SDK config may choose for query and form fields).
 */
export type IRWireStyle =
  | 'form'
  | 'spaceDelimited'
  | 'pipeDelimited'
  | 'deepObject'
  | 'simple'
  | 'label'
  | 'matrix'
  | 'brackets';

/** How one value (parameter, or form/multipart field) is written on the wire. */
export interface IRValueWire {
  style: IRWireStyle;
  explode: boolean;
  /** Reserved characters (`:/?#[]@!$&'()*+,;=`) are not percent-encoded. */
  allowReserved?: boolean;
  /** The value is sent serialized as this media type (`content` parameters, multipart part types). */
  contentType?: string;
}

/** Set by `annotate/wire.ts` on every parameter. */
export interface IRParamWire extends IRValueWire {
  /**
   * The member or argument name in the SDK: the spec name, else `x-stainless-param`, else the SDK
   * config's rename; a query array named `include[]` is `include`.
   */
  sdkName: string;
  /**
   * The key of a query parameter in the request's query object, when it is not the spec name: a
   * parameter named `include[]` sent in bracket form is held as `include` (the runtime writes
   * `include[]=a`). Absent otherwise.
   */
  key?: string;
}

/** Set by `annotate/wire.ts` on operations with a request body: the media type the SDK sends. */
export interface IRRequestMedia {
  /** As written in the spec, e.g. `application/json`, `application/x-www-form-urlencoded`, `image/png`. */
  mediaType: string;
  kind: 'json' | 'form' | 'multipart' | 'text' | 'binary';
  /** Form and multipart bodies: how each top-level property is written (from `encoding` and defaults). */
  encoding?: Record<string, IRValueWire>;
}

/** Set by `annotate/binary.ts` on operations with a success response body: the media type chosen. */
export interface IRResponseMedia {
  mediaType: string;
  /** `json` (and `+json`): parsed; `text`: a string; `binary`: the raw `Response`; `stream`: SSE. */
  kind: 'json' | 'text' | 'binary' | 'stream';
}

export interface IRMediaContent {
  /** e.g. `application/json`, `multipart/form-data`, `text/event-stream`, `audio/mpeg`. */
  mediaType: string;
  /** Absent when the spec gives no schema for this media type. */
  schema?: IRSchema;
  /** Examples given on the media type (`example` / `examples[*].value`), as JSON. */
  examples?: unknown[];
  /** `encoding` (form and multipart bodies): property name → its entry as given. */
  encoding?: Record<string, IREncoding>;
}

/** One `encoding` entry of a media type object. */
export interface IREncoding {
  contentType?: string;
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
}

export interface IRRequestBody {
  required: boolean;
  description?: string;
  /** One entry per media type, in spec order. */
  contents: IRMediaContent[];
  pointer: string;
}

export interface IRResponse {
  /** `200`, `201`, `4XX`, `default`, ... */
  status: string;
  description?: string;
  contents: IRMediaContent[];
  /** Response headers by name (lower-cased), with their schema. */
  headers?: Record<string, IRSchema>;
  pointer: string;
}

/** One security requirement: all of its schemes apply together. Scheme key → scopes. */
export type IRSecurityRequirement = Record<string, string[]>;

export interface IRSecurityScheme {
  /** Key in `components.securitySchemes`. */
  key: string;
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For `http`: `bearer`, `basic`. */
  scheme?: string;
  /** For `apiKey`: header/query/cookie name and place. */
  name?: string;
  in?: 'header' | 'query' | 'cookie';
  description?: string;
}

/** Set by `annotate/streaming.ts`. */
export interface IRStreaming {
  /** Request-body property that switches the stream on (`stream`); absent when the operation always streams. */
  flag?: string;
  /**
   * The value of `flag` that switches the stream on, when it is not `true` (e.g. `'sse'` for an
   * enum property `stream_format`). Absent means `true`. (Added by annotate.)
   */
  flagValue?: IRLiteral;
  /** The schema of one event's `data` payload (parsed JSON). */
  event: IRSchema;
  /** Status code of the streaming response, e.g. `200`. */
  status: string;
  /** Where this came from: a `text/event-stream` response in the spec, or the SDK config. */
  source: 'spec' | 'config';
  /**
   * SSE event-name prefixes whose frames are delivered as `{ event, data }` envelopes (the event
   * schema is then a union of such envelopes, e.g. event-typed assistant streams). Absent: bare data.
   */
  envelopePrefixes?: string[];
}

/** Set by `annotate/multipart.ts`. */
export interface IRMultipart {
  /** Top-level body properties that carry file content (binary strings, or arrays of them). */
  fileFields: { name: string; array: boolean }[];
  /** The operation also accepts `application/json` for the same body. */
  alsoJson: boolean;
}

/** Set by `annotate/pagination.ts` on every operation that returns a list. */
export type IRPagination =
  | {
      /** Cursor pages: `?after=<cursor>` and a `has_more` flag. */
      style: 'cursor';
      /** Query parameter that carries the cursor, e.g. `after`. */
      cursorParam: string;
      /** Response field holding the items, e.g. `data`. */
      itemsField: string;
      /** Response boolean telling whether more pages exist, e.g. `has_more`. */
      hasMoreField?: string;
      /** Where the next cursor comes from: an item field (`id`) or a response field (`last_id`, `next`). */
      nextCursor: { from: 'item'; field: string } | { from: 'response'; field: string };
      /** Item type. */
      item: IRSchema;
    }
  | {
      /** Page-number pages (`?page=N`). */
      style: 'page';
      pageParam: string;
      itemsField: string;
      item: IRSchema;
    }
  | {
      /** A list returned whole: no cursor parameter. */
      style: 'none';
      itemsField: string;
      item: IRSchema;
    };

/** Set by `annotate/binary.ts` on operations whose success response is not JSON. */
export interface IRBinaryResponse {
  /** The media types of the success response, e.g. `audio/mpeg`, `application/octet-stream`. */
  mediaTypes: string[];
}

/** Set by `annotate/naming.ts`: how the operation appears in the SDK. */
export interface IRNaming {
  /** Resource path from the client, e.g. `['beta', 'threads', 'runs']`. */
  resource: string[];
  /** Method name on that resource, e.g. `list`. */
  method: string;
  /** Path parameters in call order, with their TypeScript argument names (`threadID`). */
  pathParams: { name: string; argName: string }[];
  /**
   * Path parameters that are not positional but carried, under their wire names, in the params
   * object (`runs.retrieve(runID, { thread_id })`). Absent when every path parameter is positional.
   * (Added by annotate.)
   */
  pathParamsInParams?: string[];
  /** Further names the same operation is exposed under (usually deprecated), e.g. an old `retrieve`. (Added by annotate.) */
  aliases?: { resource: string[]; method: string }[];
  /** Name of the request params type (`RunListParams`), absent when there are no params. */
  paramsType?: string;
  /** Name of the response type, absent for `void`/binary responses. */
  responseType?: string;
  /** Name of the page type for paginated operations (`RunsPage`). */
  pageType?: string;
  /** Credential to send: a key of the SDK config's `credentials` (e.g. `apiKey`, `adminAPIKey`); without a config, the security scheme key in camelCase. Absent when the operation needs no authentication (`security: []`). */
  auth?: string;
  /** Extra headers the SDK always sends for this operation (e.g. `OpenAI-Beta`). */
  headers?: Record<string, string>;
  /** Where the names came from. */
  source: 'config' | 'default';
}

export interface IROperation {
  /** `operationId`, or `<method>_<path>` derived when missing. Unique within the document. */
  id: string;
  method: HTTPMethod;
  /** Path template with parameters, without any fixed query string: `/threads/{thread_id}/runs`. */
  path: string;
  /** The path key as written in the spec (may carry a query: `/responses?beta=true`). */
  pathKey: string;
  /** Constant query parameters carried by the path key (`{ beta: 'true' }`). */
  fixedQuery?: Record<string, string>;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags: string[];
  /** Path-level and operation-level parameters merged (operation wins), in spec order. */
  parameters: IRParameter[];
  requestBody?: IRRequestBody;
  /** Responses in spec order. */
  responses: IRResponse[];
  /** Effective security (operation's own, else the document's). Empty array: no auth. */
  security: IRSecurityRequirement[];
  /** `x-*` extensions of the operation (e.g. `x-oaiMeta`), verbatim. */
  extensions?: Record<string, unknown>;
  /** JSON pointer of the operation object. */
  pointer: string;

  // ---- annotations ----
  streaming?: IRStreaming;
  multipart?: IRMultipart;
  pagination?: IRPagination;
  binary?: IRBinaryResponse;
  /** The request body media type sent, and its field encodings (`annotate/wire.ts`). */
  requestMedia?: IRRequestMedia;
  /** The success response media type read (`annotate/binary.ts`). */
  responseMedia?: IRResponseMedia;
  naming?: IRNaming;
  /** The item the operation returns can be waited for (`annotate/polling.ts`): `<method>AndPoll` and `poll`. */
  polling?: IRPolling;
}

/**
 * A long-running item: the response has a status enum with values that keep it going and values
 * that end it, and a sibling GET re-reads the item (same item path, same response schema).
 */
export interface IRPolling {
  /** operationId of the GET that re-reads the item. */
  retrieve: string;
  /** Response property holding the status, e.g. `status`. */
  statusField: string;
  /** Status values that end polling (`completed`, `failed`, ...; `requires_action` by config). */
  terminal: string[];
  /** Status values that keep it going (`queued`, `in_progress`, ...). */
  pending: string[];
  /**
   * The retrieve operation's last path parameter, filled from the returned item's `id` (a create
   * `/runs` → `/runs/{run_id}`, or an action that may return a new item, `/videos/{id}/remix`);
   * absent when the item has no `id` and the operation's own path names it (`/runs/{run_id}/cancel`).
   */
  idParam?: string;
}

export interface IRWebhook {
  /** Key under `webhooks:` (e.g. `batch_completed`). */
  name: string;
  method: HTTPMethod;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  /** The request body schema the receiver gets. */
  payload?: IRSchema;
  /** Value of the payload's literal `type` property, when it has one. */
  eventType?: string;
  pointer: string;
}

export interface IRDocument {
  /** The `openapi` version string (e.g. `3.1.0`). */
  openapi: string;
  info: { title: string; version: string; description?: string };
  /** Server URLs in spec order. */
  servers: string[];
  /** Component schemas by name, in spec order. */
  schemas: Record<string, IRNamedSchema>;
  operations: IROperation[];
  webhooks: IRWebhook[];
  securitySchemes: Record<string, IRSecurityScheme>;
  /** Tag descriptions by tag name. */
  tags: Record<string, { description?: string }>;
  /** Warnings found while loading, parsing and annotating. Errors are thrown, not stored. */
  diagnostics: Diagnostic[];
}

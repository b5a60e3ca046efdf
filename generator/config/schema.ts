/**
 * The shape of `spec/<name>.sdk.yaml`, as data: `validate.ts` walks it, and an error names the
 * valid keys or values at the place it fails. Field meanings are documented on the interfaces in
 * `types.ts`; keep the two in step.
 */
export type FieldSpec =
  | { type: 'string'; pattern?: RegExp; patternDescription?: string }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'object'; fields: Record<string, FieldSpec>; required?: string[] }
  | { type: 'map'; value: FieldSpec; keyPattern?: RegExp; keyDescription?: string }
  | { type: 'array'; items: FieldSpec }
  /** `false`, or a value matching `spec`. */
  | { type: 'falseOr'; spec: FieldSpec };

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const ident: FieldSpec = { type: 'string', pattern: IDENT, patternDescription: 'a TypeScript identifier' };
const dotted: FieldSpec = {
  type: 'string',
  pattern: /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/,
  patternDescription: 'a dotted path of identifiers, e.g. `beta.threads`',
};
const path: FieldSpec = { type: 'string', pattern: /^\//, patternDescription: 'a path starting with `/`' };
const str: FieldSpec = { type: 'string' };
const bool: FieldSpec = { type: 'boolean' };
const strMap: FieldSpec = { type: 'map', value: str };
const pathParams: FieldSpec = { type: 'enum', values: ['all', 'last'] };

const nextCursor: FieldSpec = {
  type: 'object',
  fields: { from: { type: 'enum', values: ['item', 'response'] }, field: str },
  required: ['from', 'field'],
};

const operation: FieldSpec = {
  type: 'object',
  fields: {
    resource: dotted,
    method: ident,
    aliases: { type: 'array', items: dotted },
    pathParams,
    paramsType: ident,
    responseType: ident,
    pageType: ident,
    streaming: {
      type: 'object',
      fields: { event: str, flag: str, envelopePrefixes: { type: 'array', items: str } },
      required: ['event'],
    },
    binary: bool,
    pagination: {
      type: 'falseOr',
      spec: {
        type: 'object',
        fields: {
          style: { type: 'enum', values: ['none', 'cursor'] },
          itemsField: str,
          cursorParam: str,
          hasMoreField: str,
          nextCursor,
        },
        required: ['style'],
      },
    },
    headers: strMap,
    auth: ident,
    polling: {
      type: 'falseOr',
      spec: { type: 'object', fields: { retrieve: str, statusField: str, terminal: { type: 'array', items: str } } },
    },
    params: { type: 'map', value: ident },
    requestMediaType: str,
  },
};

const wire: FieldSpec = {
  type: 'object',
  fields: {
    arrayFormat: { type: 'enum', values: ['spec', 'brackets', 'repeat', 'comma'] },
    objectFormat: { type: 'enum', values: ['spec', 'brackets', 'flat'] },
    requestMediaTypes: { type: 'array', items: str },
    params: { type: 'map', value: ident },
  },
};

const webhooks: FieldSpec = { type: 'object', fields: { secretOption: ident, unionName: ident } };
const realtime: FieldSpec = {
  type: 'object',
  required: ['className', 'clientEvent', 'serverEvent', 'path', 'queryParam'],
  fields: {
    className: ident,
    browserClassName: ident,
    clientEvent: str,
    serverEvent: str,
    path,
    queryParam: str,
    errorEventType: str,
    credential: ident,
    browserProtocols: { type: 'array', items: str },
  },
};
const azure: FieldSpec = {
  type: 'object',
  required: ['className', 'deploymentPaths'],
  fields: {
    className: ident,
    endpointEnv: str,
    apiKeyEnv: str,
    apiVersionEnv: str,
    apiKeyHeader: str,
    apiVersionParam: str,
    basePath: path,
    deploymentPaths: { type: 'array', items: path },
    deploymentField: str,
  },
};

const modulePath: FieldSpec = {
  type: 'string',
  pattern: /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/,
  patternDescription: 'a module path under `dir` without extension, e.g. `helpers/zod`',
};
const custom: FieldSpec = {
  type: 'object',
  required: ['dir'],
  fields: {
    dir: str,
    exports: {
      type: 'map',
      keyPattern: /^\.\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/,
      keyDescription: 'a package subpath, e.g. `./helpers/zod`',
      value: modulePath,
    },
    resources: {
      type: 'map',
      keyPattern: /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/,
      keyDescription: 'a dotted resource path, e.g. `chat.completions`',
      value: {
        type: 'string',
        pattern: /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*#[A-Za-z_$][A-Za-z0-9_$]*$/,
        patternDescription: '`module#ExportedClass`, e.g. `resources/responses#Responses`',
      },
    },
    index: modulePath,
    readme: str,
    api: str,
  },
};

export const CONFIG_SCHEMA: FieldSpec = {
  type: 'object',
  required: ['client'],
  fields: {
    client: {
      type: 'object',
      required: ['name'],
      fields: {
        name: ident,
        packageName: str,
        version: str,
        baseURL: str,
        baseURLEnv: str,
        logLevelEnv: str,
        requestIdHeader: str,
        clientRequestIdHeader: str,
        browser: { type: 'enum', values: ['allow', 'refuse'] },
      },
    },
    credentials: {
      type: 'map',
      keyPattern: IDENT,
      keyDescription: 'a TypeScript identifier (the client option name)',
      value: {
        type: 'object',
        fields: { env: str, header: str, prefix: str, schemes: { type: 'array', items: str }, default: bool },
      },
    },
    headerOptions: {
      type: 'map',
      keyPattern: IDENT,
      keyDescription: 'a TypeScript identifier (the client option name)',
      value: { type: 'object', fields: { env: str, header: str }, required: ['header'] },
    },
    extraOptions: {
      type: 'map',
      keyPattern: IDENT,
      keyDescription: 'a TypeScript identifier',
      value: { type: 'object', fields: { env: str } },
    },
    naming: {
      type: 'object',
      fields: {
        pathParams,
        actions: { type: 'array', items: str },
        acronyms: { type: 'array', items: str },
        reservedSuffix: ident,
      },
    },
    resources: {
      type: 'array',
      items: {
        type: 'object',
        fields: { path, query: strMap, resource: dotted, leafMethod: bool },
        required: ['path', 'resource'],
      },
    },
    headers: {
      type: 'array',
      items: {
        type: 'object',
        fields: { path, query: strMap, headers: strMap },
        required: ['path', 'headers'],
      },
    },
    types: { type: 'map', value: ident },
    operations: { type: 'map', value: operation },
    wire,
    webhooks,
    realtime,
    azure,
    polling: { type: 'object', fields: { hintHeader: str } },
    custom,
  },
};

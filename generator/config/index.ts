/**
 * The SDK config (`spec/<name>.sdk.yaml`): types, loader and the helpers the annotate passes use.
 * See `README.md` in this folder for the file's shape and an example.
 */
export type {
  ClientSection,
  CredentialConfig,
  HeaderOptionConfig,
  HeaderRule,
  NamingSection,
  OperationOverride,
  PaginationOverride,
  ResourceRule,
  SdkConfig,
  StreamingOverride,
} from './types.js';
export { loadSdkConfig, parseSdkConfig } from './load.js';
export { CONFIG_SCHEMA } from './schema.js';
export { overrideFor } from './operations.js';
export { clientName, resolveClient, type ResolvedClient, type ResolvedCredential } from './client.js';

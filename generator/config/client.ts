import type { IRDocument, IRSecurityScheme } from '../ir/types.js';
import { camelCase, pascalCase, words } from '../annotate/naming/identifiers.js';
import type { SdkConfig } from './types.js';

/** How one credential is sent (the runtime's `ClientConfig.credentials` entry). */
export interface ResolvedCredential {
  env?: string;
  header: string;
  prefix?: string;
}

/** Everything the client emitter needs, with defaults filled in from the spec when the config is silent. */
export interface ResolvedClient {
  name: string;
  packageName: string;
  version: string;
  baseURL: string;
  baseURLEnv?: string;
  logLevelEnv?: string;
  requestIdHeader?: string;
  clientRequestIdHeader?: string;
  credentials: Record<string, ResolvedCredential>;
  /** Key of `credentials` used when an operation names no other (absent when there are none). */
  defaultCredential?: string;
  headerOptions: Record<string, { env?: string; header: string }>;
  extraOptions: Record<string, { env?: string }>;
}

/** The client class name: the config's, else the spec title in PascalCase (`Pet Store API` → `PetStore`). */
export function clientName(ir: IRDocument, config?: SdkConfig): string {
  return config?.client.name ?? (pascalCase(ir.info.title.replace(/\b(api|sdk)\b/gi, '')) || 'Client');
}

/**
 * Resolves the client settings. Without config: the name and package from the title, the first
 * server as base URL, one credential per security scheme (`ApiKeyAuth` → option `apiKeyAuth`,
 * env `<CLIENT>_API_KEY_AUTH`, sent as the scheme says: bearer/basic `Authorization`, or the
 * apiKey header), the first one the default.
 */
export function resolveClient(ir: IRDocument, config?: SdkConfig): ResolvedClient {
  const name = clientName(ir, config);
  const c = config?.client;
  const envPrefix = words(name).join('_').toUpperCase();
  const credentials: Record<string, ResolvedCredential> = {};
  let defaultCredential: string | undefined;
  const configured = Object.entries(config?.credentials ?? {});
  if (configured.length > 0) {
    for (const [key, cred] of configured) {
      const scheme = cred.schemes?.map((s) => ir.securitySchemes[s]).find((s) => s !== undefined);
      credentials[key] = {
        ...sentAs(scheme),
        ...definedOnly({ env: cred.env, header: cred.header, prefix: cred.prefix }),
      };
      if (cred.default) defaultCredential = key;
    }
    defaultCredential ??= configured[0]![0];
  } else {
    for (const scheme of Object.values(ir.securitySchemes)) {
      const key = camelCase(scheme.key);
      credentials[key] = {
        env: `${envPrefix}_${words(scheme.key).join('_').toUpperCase()}`,
        ...sentAs(scheme),
      };
      defaultCredential ??= key;
    }
  }
  const out: ResolvedClient = {
    name,
    packageName: c?.packageName ?? words(name).join('-').toLowerCase(),
    version: c?.version ?? '0.1.0',
    baseURL: c?.baseURL ?? ir.servers[0] ?? 'http://localhost',
    credentials,
    headerOptions: config?.headerOptions ?? {},
    extraOptions: config?.extraOptions ?? {},
  };
  Object.assign(
    out,
    definedOnly({
      baseURLEnv: c?.baseURLEnv,
      logLevelEnv: c?.logLevelEnv,
      requestIdHeader: c?.requestIdHeader,
      clientRequestIdHeader: c?.clientRequestIdHeader,
      defaultCredential,
    }),
  );
  return out;
}

/** Header and prefix a security scheme implies. */
function sentAs(scheme: IRSecurityScheme | undefined): ResolvedCredential {
  if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { header: scheme.name };
  if (scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'basic')
    return { header: 'Authorization', prefix: 'Basic ' };
  return { header: 'Authorization', prefix: 'Bearer ' };
}

function definedOnly<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

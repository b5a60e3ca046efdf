import { dirname, resolve } from 'node:path';
import type { SdkConfig } from '../config/types.js';
import type { IRDocument } from '../ir/types.js';
import { isIdentifier, kebabCase, pascalCase, words } from './ts/identifiers.js';
import type { SdkSettings } from './types.js';

function envPrefix(clientName: string): string {
  return words(clientName).join('_').toUpperCase();
}

/** Credentials derived from the spec's security schemes when the config names none. */
function defaultCredentials(ir: IRDocument, prefix: string): SdkSettings['credentials'] {
  const out: SdkSettings['credentials'] = {};
  const schemes = Object.values(ir.securitySchemes);
  schemes.forEach((s, i) => {
    const name = i === 0 ? 'apiKey' : `${s.key.replace(/[^A-Za-z0-9]/g, '')}Key`;
    const env = i === 0 ? `${prefix}_API_KEY` : `${prefix}_${words(s.key).join('_').toUpperCase()}`;
    if (s.type === 'http' && s.scheme?.toLowerCase() === 'basic') out[name] = { env, header: 'Authorization', prefix: 'Basic ' };
    else if (s.type === 'apiKey' && s.in === 'header' && s.name) out[name] = { env, header: s.name };
    else if (s.type === 'http' || s.type === 'oauth2' || s.type === 'openIdConnect') out[name] = { env, header: 'Authorization', prefix: 'Bearer ' };
  });
  return out;
}

/**
 * Client settings for the emitters: from the SDK config when there is one, otherwise derived
 * from the spec (client name from the title, base URL from the first server, credentials from
 * the security schemes).
 */
export function settingsFrom(ir: IRDocument, config?: SdkConfig): SdkSettings {
  const title = pascalCase(ir.info.title || 'Api');
  const clientName = config?.client.name && isIdentifier(config.client.name) ? config.client.name : `${title}Client`;
  const prefix = envPrefix(clientName.replace(/Client$/, '') || clientName);
  const credentials: SdkSettings['credentials'] = {};
  let defaultCredential: string | undefined;
  for (const [name, c] of Object.entries(config?.credentials ?? {})) {
    const scheme = c.schemes?.map((k) => ir.securitySchemes[k]).find(Boolean);
    const bearer = !scheme || (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer');
    credentials[name] = { header: c.header ?? 'Authorization' };
    if (c.env) credentials[name]!.env = c.env;
    const p = c.prefix ?? (bearer && !c.header ? 'Bearer ' : undefined);
    if (p) credentials[name]!.prefix = p;
    if (c.default) defaultCredential = name;
  }
  const creds = Object.keys(credentials).length ? credentials : defaultCredentials(ir, prefix);
  defaultCredential ??= Object.keys(creds)[0];
  const settings: SdkSettings = {
    packageName: config?.client.packageName ?? kebabCase(clientName.replace(/Client$/, '') || clientName),
    clientName,
    version: config?.client.version ?? ir.info.version.replace(/[^0-9A-Za-z.+-]/g, '') ?? '0.1.0',
    defaultBaseURL: config?.client.baseURL ?? ir.servers[0] ?? 'http://localhost',
    baseURLEnv: config?.client.baseURLEnv ?? `${prefix}_BASE_URL`,
    logLevelEnv: config?.client.logLevelEnv ?? `${prefix}_LOG`,
    credentials: creds,
    headerOptions: { ...(config?.headerOptions ?? {}) },
    extraOptions: { ...(config?.extraOptions ?? {}) },
  };
  if (defaultCredential) settings.defaultCredential = defaultCredential;
  if (config?.webhooks) settings.webhooks = config.webhooks;
  if (config?.realtime) settings.realtime = config.realtime;
  if (config?.azure) settings.azure = config.azure;
  if (config?.polling) settings.polling = config.polling;
  if (config?.custom) {
    const base = config.file && config.file !== '<memory>' ? dirname(config.file) : process.cwd();
    settings.custom = { ...config.custom, dir: resolve(base, config.custom.dir) };
    if (config.file) settings.custom.configFile = config.file;
  }
  if (config?.client.requestIdHeader) settings.requestIdHeader = config.client.requestIdHeader;
  if (config?.client.clientRequestIdHeader) settings.clientRequestIdHeader = config.client.clientRequestIdHeader;
  if (config?.client.browser === 'refuse') settings.browser = 'refuse';
  return settings;
}

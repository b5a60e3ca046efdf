import type { IRDocument, IROperation } from '../../ir/types.js';
import type { CredentialConfig, SdkConfig } from '../../config/types.js';
import { configError, configWarning, oneOf } from '../../config/errors.js';
import { overrideFor, overridePointer } from '../../config/operations.js';
import { escapeToken } from '../../util/pointer.js';
import { camelCase } from './identifiers.js';
import { matchRule } from './resources.js';

/**
 * The client credentials: the config's `credentials`, or (with none) one per security scheme of
 * the spec, named after the scheme (`ApiKeyAuth` → `apiKeyAuth`), the first one the default.
 */
export function credentialsOf(
  ir: IRDocument,
  config: SdkConfig | undefined,
): Record<string, CredentialConfig> {
  if (config?.credentials && Object.keys(config.credentials).length > 0) return config.credentials;
  const out: Record<string, CredentialConfig> = {};
  Object.keys(ir.securitySchemes).forEach((key, i) => {
    out[camelCase(key)] = { schemes: [key], ...(i === 0 ? { default: true } : {}) };
  });
  return out;
}

/**
 * The credential an operation sends: the config override, else the first credential that
 * claims a scheme of the operation's first satisfiable security requirement, else the default
 * credential. Undefined when the operation needs no authentication (`security: []` or `{}`).
 */
export function authFor(
  op: IROperation,
  credentials: Record<string, CredentialConfig>,
  config: SdkConfig | undefined,
): string | undefined {
  const names = Object.keys(credentials);
  const forced = overrideFor(config, op).auth;
  if (forced !== undefined) {
    if (!credentials[forced])
      configError(config, overridePointer(op.id, 'auth'), `unknown credential "${forced}"`, oneOf(names));
    return forced;
  }
  if (op.security.length === 0 || op.security.some((req) => Object.keys(req).length === 0)) return undefined;
  for (const req of op.security) {
    for (const scheme of Object.keys(req)) {
      const found = names.find((n) => credentials[n]!.schemes?.includes(scheme));
      if (found) return found;
    }
  }
  return names.find((n) => credentials[n]!.default) ?? names[0];
}

/** Every credential `schemes` entry should name a security scheme of the spec (a warning otherwise). */
export function checkCredentialSchemes(ir: IRDocument, config: SdkConfig | undefined): void {
  const known = Object.keys(ir.securitySchemes);
  for (const [name, cred] of Object.entries(config?.credentials ?? {})) {
    (cred.schemes ?? []).forEach((s, i) => {
      if (!ir.securitySchemes[s])
        configWarning(
          ir,
          config,
          `#/credentials/${escapeToken(name)}/schemes/${i}`,
          `unknown security scheme "${s}"`,
          oneOf(known),
        );
    });
  }
}

/** Extra headers: every matching `headers` rule (less specific first), then the operation's own. */
export function headersFor(
  op: IROperation,
  config: SdkConfig | undefined,
): Record<string, string> | undefined {
  const rules = config?.headers ?? [];
  const out: Record<string, string> = {};
  const matching = rules.filter((r) => matchRule([r], op) !== undefined);
  matching.sort((a, b) => a.path.length - b.path.length);
  for (const r of matching) Object.assign(out, r.headers);
  Object.assign(out, overrideFor(config, op).headers ?? {});
  return Object.keys(out).length > 0 ? out : undefined;
}

import type { IRDocument, IRNaming, IROperation } from '../ir/types.js';
import type { SdkConfig } from '../config/types.js';
import { overrideFor } from '../config/operations.js';
import { clientName } from '../config/client.js';
import { authFor, checkCredentialSchemes, credentialsOf, headersFor } from './naming/auth.js';
import { pathParams, placeAll } from './naming/methods.js';
import { nameOperationTypes } from './naming/op-types.js';
import { blockedNames, nameSchemas, NameRegistry } from './naming/type-names.js';

/**
 * Naming pass: a `typeName` for every component schema, and for every operation its place in
 * the resource tree, method name, path-parameter arguments, params/response/page type names,
 * credential and extra headers. Defaults come from paths, HTTP methods and tags; the SDK config
 * (rules and per-operation overrides) wins where it speaks. Runs after the other passes because
 * method names depend on pagination (`list` vs `retrieve`) and type names on binary responses.
 */
export function annotateNaming(ir: IRDocument, config?: SdkConfig): void {
  checkCredentialSchemes(ir, config);
  const registry = new NameRegistry(blockedNames(config, clientName(ir, config)));
  nameSchemas(ir, config, registry);
  const placed = placeAll(ir, config);
  const namings = new Map<IROperation, IRNaming>();
  const credentials = credentialsOf(ir, config);
  for (const op of ir.operations) {
    const p = placed.get(op)!;
    const ov = overrideFor(config, op);
    const naming: IRNaming = {
      resource: p.resource,
      method: p.method,
      ...pathParams(op, config),
      source: p.fromConfig ? 'config' : 'default',
    };
    if (ov.aliases) naming.aliases = ov.aliases.map(splitAlias);
    const auth = authFor(op, credentials, config);
    if (auth) naming.auth = auth;
    const headers = headersFor(op, config);
    if (headers) naming.headers = headers;
    namings.set(op, naming);
  }
  const types = nameOperationTypes(ir, config, namings, registry);
  for (const op of ir.operations) op.naming = { ...namings.get(op)!, ...types.get(op)! };
}

/** `beta.threads.runs.retrieve` → resource `['beta','threads','runs']`, method `retrieve`. */
function splitAlias(alias: string): { resource: string[]; method: string } {
  const parts = alias.split('.');
  return { resource: parts.slice(0, -1), method: parts[parts.length - 1]! };
}

import type { IRDocument, IRNaming, IROperation } from '../../ir/types.js';
import type { SdkConfig } from '../../config/types.js';
import { overrideFor } from '../../config/operations.js';
import { compareStrings } from '../../util/sort.js';
import { camelCase, DEFAULT_ACRONYMS, safeValueName } from './identifiers.js';
import { PathIndex, placeOperation, type Placement } from './resources.js';

/** Method names a resource class cannot use (they belong to the class itself). */
const CLASS_MEMBERS = new Set([
  'constructor',
  '_client',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
]);

/**
 * Places every operation (config override, else default placement), then resolves collisions
 * deterministically: operations are taken in path/method order, config-named ones first; a
 * later operation that lands on a taken name (or on a child resource's name) is renamed after
 * its operationId, and numbered if that is taken too.
 */
export function placeAll(ir: IRDocument, config: SdkConfig | undefined): Map<IROperation, Placement> {
  const index = new PathIndex(ir);
  const placed = new Map<IROperation, Placement>();
  for (const op of ir.operations) {
    const ov = overrideFor(config, op);
    const base = placeOperation(op, index, config);
    const fromConfig = base.fromConfig || ov.resource !== undefined || ov.method !== undefined;
    placed.set(op, {
      resource: ov.resource ? ov.resource.split('.') : base.resource,
      method: ov.method ?? base.method,
      fromConfig,
    });
  }
  const order = [...ir.operations].sort((a, b) => {
    const ca = overrideFor(config, a).method !== undefined ? 0 : 1;
    const cb = overrideFor(config, b).method !== undefined ? 0 : 1;
    return ca - cb || compareStrings(a.pathKey, b.pathKey) || compareStrings(a.method, b.method);
  });
  const childNames = new Set<string>();
  for (const p of placed.values())
    for (let i = 1; i < p.resource.length; i++) childNames.add(key(p.resource.slice(0, i), p.resource[i]!));
  const taken = new Set<string>();
  for (const op of order) {
    const p = placed.get(op)!;
    const free = (m: string): boolean =>
      !taken.has(key(p.resource, m)) && !childNames.has(key(p.resource, m)) && !CLASS_MEMBERS.has(m);
    let method = p.method;
    if (!free(method)) method = camelCase(op.id, config?.naming?.acronyms ?? DEFAULT_ACRONYMS);
    for (let n = 2; !free(method); n++) method = `${p.method}${n}`;
    p.method = method;
    taken.add(key(p.resource, method));
  }
  return placed;
}

const key = (resource: string[], name: string): string => `${resource.join('.')}#${name}`;

/** Path parameters in path order, split into positional arguments and ones carried in the params object. */
export function pathParams(
  op: IROperation,
  config: SdkConfig | undefined,
): Pick<IRNaming, 'pathParams' | 'pathParamsInParams'> {
  const acronyms = config?.naming?.acronyms ?? DEFAULT_ACRONYMS;
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const style = overrideFor(config, op).pathParams ?? config?.naming?.pathParams ?? 'all';
  const positional = style === 'last' ? names.slice(-1) : names;
  const used = new Set<string>();
  const out: Pick<IRNaming, 'pathParams' | 'pathParamsInParams'> = {
    pathParams: positional.map((name) => {
      let argName = safeValueName(camelCase(name, acronyms));
      while (
        used.has(argName) ||
        argName === 'options' ||
        argName === 'params' ||
        argName === 'body' ||
        argName === 'query'
      )
        argName += '_';
      used.add(argName);
      return { name, argName };
    }),
  };
  const rest = names.filter((n) => !positional.includes(n));
  if (rest.length > 0) out.pathParamsInParams = rest;
  return out;
}

import type { IRDocument, IROperation } from '../ir/types.js';
import { escapeToken } from '../util/pointer.js';
import { SdkgenError } from '../errors.js';
import { configDiagnostic, oneOf } from './errors.js';
import type { OperationOverride, SdkConfig } from './types.js';

/** The config's overrides for one operation (empty when there are none). */
export function overrideFor(config: SdkConfig | undefined, op: IROperation): OperationOverride {
  return config?.operations?.[op.id] ?? {};
}

/** JSON pointer of an operation's overrides in the config. */
export function overridePointer(opId: string, ...keys: string[]): string {
  return ['#/operations', escapeToken(opId), ...keys.map(escapeToken)].join('/');
}

/**
 * Every key of `config.operations` must be an operationId of the document; otherwise one error
 * per unknown key, listing the closest valid ids.
 */
export function checkOperationKeys(ir: IRDocument, config: SdkConfig | undefined): void {
  const ids = ir.operations.map((o) => o.id);
  const known = new Set(ids);
  const bad = Object.keys(config?.operations ?? {}).filter((k) => !known.has(k));
  if (bad.length === 0) return;
  throw new SdkgenError(
    bad.map((k) =>
      configDiagnostic(config, overridePointer(k), `operation "${k}" is not an operationId of the spec`, oneOf(ids, k, 8)),
    ),
  );
}

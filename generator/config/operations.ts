import type { IRDocument, IROperation } from '../ir/types.js';
import { escapeToken } from '../util/pointer.js';
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
 * Every key of `config.operations` should be an operationId of the document. An unknown key is a
 * warning (listing the closest valid ids) rather than an error, so that one config serves older
 * and newer versions of a spec (as `sdkgen diff` needs); a typo still shows up in `inspect`.
 */
export function checkOperationKeys(ir: IRDocument, config: SdkConfig | undefined): void {
  const ids = ir.operations.map((o) => o.id);
  const known = new Set(ids);
  for (const k of Object.keys(config?.operations ?? {})) {
    if (known.has(k)) continue;
    ir.diagnostics.push(
      configDiagnostic(
        config,
        overridePointer(k),
        `operation "${k}" is not an operationId of the spec; its overrides are ignored`,
        oneOf(ids, k, 8),
        'warning',
      ),
    );
  }
}

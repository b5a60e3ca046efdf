import type { IRDocument, IROperation, IRPagination } from '../../ir/types.js';
import type { SdkConfig } from '../../config/types.js';
import { configError } from '../../config/errors.js';
import { overrideFor, overridePointer } from '../../config/operations.js';
import type { NameRegistry } from './type-names.js';

type ConfiguredKey = 'paramsType' | 'responseType' | 'pageType';

/**
 * Claims the params/response/page type names the config gives operations, before any name is
 * derived, so a derived name can never take one. A name may be given to several operations only
 * as the page type of pages that look the same (`pageKey`); any other repeat, or a name already
 * used by a component schema, reserved or exported by the runtime, is a config error.
 */
export function claimConfiguredNames(
  ir: IRDocument,
  config: SdkConfig | undefined,
  registry: NameRegistry,
  pageKey: (p: IRPagination) => string,
): void {
  const owners = new Map<string, string>();
  for (const op of ir.operations) {
    const ov = overrideFor(config, op);
    for (const key of ['paramsType', 'responseType', 'pageType'] as const) {
      const name = ov[key];
      if (!name) continue;
      const owner = ownerOf(op, key, pageKey);
      const previous = owners.get(name);
      if (previous === owner) continue;
      if (previous !== undefined || !registry.isFree(name)) {
        configError(
          config,
          overridePointer(op.id, key),
          `type name "${name}" is reserved or already used`,
          'a unique identifier (one page type may be shared only by operations whose pages look the same)',
        );
      }
      owners.set(name, owner);
      registry.take(name);
    }
  }
}

/** What a configured name stands for: one operation's type, or one page shape. */
function ownerOf(op: IROperation, key: ConfiguredKey, pageKey: (p: IRPagination) => string): string {
  if (key === 'pageType' && op.pagination) return `page:${pageKey(op.pagination)}`;
  return `${op.id}#${key}`;
}

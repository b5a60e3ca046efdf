import type { IRNaming, IROperation } from '../../ir/types.js';
import { camelCase, pascalCase } from '../ts/identifiers.js';

/**
 * Names for an operation the naming pass did not annotate: resource from the first path
 * segment, method from the operationId. A safety net so any IR can be emitted; the naming
 * pass in `annotate/` is where real defaults live.
 */
export function fallbackNaming(op: IROperation): IRNaming {
  const first = op.path.split('/').find((s) => s !== '' && !s.startsWith('{'));
  const base = pascalCase(op.id);
  const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1]!, argName: camelCase(m[1]!) }));
  const naming: IRNaming = {
    resource: [first ? camelCase(first) : 'api'],
    method: camelCase(op.id),
    pathParams,
    paramsType: `${base}Params`,
    responseType: `${base}Response`,
    source: 'default',
  };
  if (op.pagination) naming.pageType = `${base}Page`;
  return naming;
}

/** The operation's naming annotation, or the fallback. */
export function namingOf(op: IROperation): IRNaming {
  return op.naming ?? fallbackNaming(op);
}

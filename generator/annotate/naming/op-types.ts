import type { IRDocument, IRNaming, IROperation, IRPagination } from '../../ir/types.js';
import type { SdkConfig } from '../../config/types.js';
import { overrideFor } from '../../config/operations.js';
import { compareStrings } from '../../util/sort.js';
import { jsonResponseSchema } from '../list-shape.js';
import { pascalCase, plural, singular, DEFAULT_ACRONYMS } from './identifiers.js';
import type { NameRegistry } from './type-names.js';
import { claimConfiguredNames } from './configured-names.js';

type OpTypes = Pick<IRNaming, 'paramsType' | 'responseType' | 'pageType'>;

/**
 * Names the params, response and page types of every operation, after the component schemas
 * have their names. Candidates grow from the resource outwards (`RunListParams`, then
 * `ThreadRunListParams`, ...) until one is free; operations are visited in resource order so
 * the result is deterministic. Page types are shared by operations with the same page shape.
 * Names the config gives (`paramsType`, `responseType`, `pageType`) are claimed first.
 */
export function nameOperationTypes(
  ir: IRDocument,
  config: SdkConfig | undefined,
  naming: Map<IROperation, IRNaming>,
  registry: NameRegistry,
): Map<IROperation, OpTypes> {
  const acronyms = config?.naming?.acronyms ?? DEFAULT_ACRONYMS;
  const out = new Map<IROperation, OpTypes>();
  claimConfiguredNames(ir, config, registry, pageShapeKey);
  const pages = new Map<string, string>();
  const keys = new Map(ir.operations.map((op) => [op, sortKey(naming.get(op)!)]));
  const ordered = [...ir.operations].sort((a, b) => compareStrings(keys.get(a)!, keys.get(b)!));
  for (const op of ordered) {
    const n = naming.get(op)!;
    const ov = overrideFor(config, op);
    const types: OpTypes = {};
    const method = pascalCase(n.method, acronyms);
    const stems = (suffix: string, plain = false): string[] => {
      const parts = n.resource.map((r, i) =>
        plain && i === n.resource.length - 1 ? pascalCase(r, acronyms) : singular(pascalCase(r, acronyms)),
      );
      const verb = plain && n.method === 'list' ? '' : method;
      return parts
        .map((_, i) => parts.slice(parts.length - 1 - i).join('') + verb + suffix)
        .concat(pascalCase(op.id, acronyms) + suffix);
    };
    if (hasParams(op, n)) types.paramsType = ov.paramsType ?? claimFirst(registry, stems('Params'));
    const response = responseTypeOf(ir, op);
    if (ov.responseType) types.responseType = ov.responseType;
    else if (response === 'inline') types.responseType = claimFirst(registry, stems('Response'));
    else if (response) types.responseType = response;
    if (op.pagination) {
      const pageKey = pageShapeKey(op.pagination);
      const known = ov.pageType ?? pages.get(pageKey);
      if (known) types.pageType = known;
      else {
        const item =
          op.pagination.item.kind === 'ref' ? ir.schemas[op.pagination.item.name]?.typeName : undefined;
        const base = item ? [`${plural(item)}Page`] : [];
        types.pageType = claimFirst(registry, [...base, ...stems('Page', true)]);
      }
      pages.set(pageKey, types.pageType);
    }
    out.set(op, types);
  }
  return out;
}

/** Shallow resources first (they get the short names), then alphabetical. */
const sortKey = (n: IRNaming): string =>
  `${String(n.resource.length).padStart(3, '0')}:${n.resource.join('.')}#${n.method}`;

function claimFirst(registry: NameRegistry, candidates: string[]): string {
  const free = candidates.find((c) => registry.isFree(c));
  return free ? registry.take(free) : registry.claim(candidates[0]!, '');
}

/** The operation takes a params object: query/header/cookie parameters, non-positional path parameters, or a body. */
function hasParams(op: IROperation, n: IRNaming): boolean {
  return (
    op.requestBody !== undefined ||
    (n.pathParamsInParams?.length ?? 0) > 0 ||
    op.parameters.some((p) => p.in !== 'path')
  );
}

/** The response type: a component's type name, `inline` for an anonymous JSON schema, undefined for none/binary. */
function responseTypeOf(ir: IRDocument, op: IROperation): string | 'inline' | undefined {
  if (op.binary) return undefined;
  const schema = jsonResponseSchema(op);
  if (!schema) return undefined;
  if (schema.kind === 'ref') return ir.schemas[schema.name]?.typeName;
  return 'inline';
}

/** Operations whose pages look the same share one page type. */
function pageShapeKey(p: IRPagination): string {
  const item = p.item.kind === 'ref' ? p.item.name : `inline:${p.item.pointer}`;
  const extra =
    p.style === 'cursor'
      ? `${p.cursorParam}|${p.hasMoreField ?? ''}|${p.nextCursor.from}:${p.nextCursor.field}`
      : p.style === 'page'
        ? p.pageParam
        : '';
  return `${p.style}|${p.itemsField}|${extra}|${item}`;
}

import type { IRDocument, IROperation } from '../../ir/types.js';
import type { ResourceRule, SdkConfig } from '../../config/types.js';
import { camelCase, DEFAULT_ACRONYMS } from './identifiers.js';

/** Where an operation sits in the resource tree, before collisions are resolved. */
export interface Placement {
  resource: string[];
  method: string;
  /** True when a config rule decided part of it. */
  fromConfig: boolean;
}

const isParam = (segment: string): boolean => segment.includes('{');
const segmentCache = new Map<string, string[]>();

/** `/a/{b}/c` → `['a', '{b}', 'c']` (memoised: every rule is matched against every path). */
function segmentsOf(path: string): string[] {
  let segs = segmentCache.get(path);
  if (!segs) {
    segs = path.split('/').filter(Boolean);
    if (segmentCache.size > 50_000) segmentCache.clear();
    segmentCache.set(path, segs);
  }
  return segs;
}

/** Index of the document's paths, for the questions the default naming asks about siblings. */
export class PathIndex {
  private readonly methods = new Map<string, IROperation[]>();
  private readonly prefixes = new Set<string>();

  constructor(ir: IRDocument) {
    for (const op of ir.operations) {
      const list = this.methods.get(op.path) ?? [];
      list.push(op);
      this.methods.set(op.path, list);
      const segs = segmentsOf(op.path);
      for (let i = 1; i < segs.length; i++) this.prefixes.add('/' + segs.slice(0, i).join('/'));
    }
  }

  /** Operations on exactly this path (any fixed query). */
  on(path: string): IROperation[] {
    return this.methods.get(path) ?? [];
  }

  /** True when some path continues below this one. */
  hasChildren(path: string): boolean {
    return this.prefixes.has(path);
  }
}

/** The most specific rule whose path prefix (whole segments) and query match the operation. */
export function matchRule<R extends { path: string; query?: Record<string, string> }>(
  rules: readonly R[],
  op: IROperation,
): R | undefined {
  let best: R | undefined;
  let bestScore = -1;
  const segs = segmentsOf(op.path);
  for (const rule of rules) {
    const prefix = segmentsOf(rule.path);
    if (prefix.length > segs.length || prefix.some((s, i) => s !== segs[i])) continue;
    const query = Object.entries(rule.query ?? {});
    if (query.some(([k, v]) => op.fixedQuery?.[k] !== v)) continue;
    const score = prefix.length * 2 + (query.length > 0 ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [rule, score];
  }
  return best;
}

/**
 * Default placement from the path: literal segments become resources (camelCase), a trailing
 * verb-like segment becomes the method (`/batches/{id}/cancel` → `batches.cancel`), otherwise
 * the HTTP method and the path's shape choose `list`/`retrieve`/`create`/`update`/`delete`.
 */
export function placeOperation(op: IROperation, index: PathIndex, config: SdkConfig | undefined): Placement {
  const acronyms = config?.naming?.acronyms ?? DEFAULT_ACRONYMS;
  const rule = matchRule(config?.resources ?? [], op);
  const all = segmentsOf(op.path);
  let segs = all;
  const resource: string[] = [];
  if (rule) {
    resource.push(...rule.resource.split('.'));
    segs = segs.slice(segmentsOf(rule.path).length);
  } else {
    while (segs.length > 1 && /^v\d+(\.\d+)*$/i.test(segs[0]!)) segs = segs.slice(1);
  }
  const literals = segs.filter((s) => !isParam(s)).map((s) => camelCase(s, acronyms));
  const last = all[all.length - 1];
  if (rule?.leafMethod && literals.length > 0 && last !== undefined && !isParam(last)) {
    return {
      resource: [...resource, ...literals.slice(0, -1)],
      method: literals[literals.length - 1]!,
      fromConfig: true,
    };
  }
  resource.push(...literals);
  if (resource.length === 0) resource.push(op.tags[0] ? camelCase(op.tags[0], acronyms) : 'api');
  if (last !== undefined && !isParam(last) && resource.length > 1 && isAction(op, last, all, index, config)) {
    return {
      resource: resource.slice(0, -1),
      method: resource[resource.length - 1]!,
      fromConfig: rule !== undefined,
    };
  }
  return {
    resource,
    method: verb(op, last !== undefined && isParam(last), index),
    fromConfig: rule !== undefined,
  };
}

/**
 * A trailing literal is an action when the config lists it in `naming.actions`; with no list,
 * when it follows a path parameter, takes only one write method (POST/PUT/PATCH), and nothing
 * lives below it.
 */
function isAction(
  op: IROperation,
  last: string,
  segs: string[],
  index: PathIndex,
  config: SdkConfig | undefined,
): boolean {
  const actions = config?.naming?.actions;
  if (actions) return actions.includes(last);
  const before = segs[segs.length - 2];
  return (
    (op.method === 'post' || op.method === 'put' || op.method === 'patch') &&
    before !== undefined &&
    isParam(before) &&
    !index.hasChildren(op.path) &&
    index.on(op.path).every((o) => o.method === op.method)
  );
}

/** CRUD verb from the HTTP method and whether the path names one item. */
function verb(op: IROperation, item: boolean, index: PathIndex): string {
  switch (op.method) {
    case 'get':
      return item || !op.pagination ? 'retrieve' : 'list';
    case 'post':
      if (item) return 'update';
      return index.on(op.path).some((o) => o.method === 'get' && !o.pagination) ? 'update' : 'create';
    case 'put':
    case 'patch':
      return 'update';
    case 'delete':
      return 'delete';
    default:
      return op.method;
  }
}

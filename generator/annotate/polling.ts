import type { IRDocument, IROperation, IRPolling, IRSchema } from '../ir/types.js';
import type { PollingOverride, SdkConfig } from '../config/types.js';
import { configWarning } from '../config/errors.js';
import { overrideFor, overridePointer } from '../config/operations.js';
import { deref, findProperty, isJsonMedia, successResponses } from './schema-utils.js';

/** Status values that mean "not done yet"; every other value of the enum ends polling. */
export const PENDING_STATUSES: ReadonlySet<string> = new Set([
  'queued', 'in_queue', 'pending', 'in_progress', 'running', 'processing', 'validating', 'validating_files',
  'finalizing', 'cancelling', 'starting', 'waiting',
]);

/** The JSON schema of the first success response, if any. */
function responseSchema(op: IROperation): IRSchema | undefined {
  for (const r of successResponses(op)) for (const c of r.contents) if (isJsonMedia(c.mediaType) && c.schema) return c.schema;
  return undefined;
}

/** Two response schemas are the same item: the same component, or the same inline shape. */
function sameSchema(a: IRSchema, b: IRSchema): boolean {
  if (a.kind === 'ref' || b.kind === 'ref') return a.kind === 'ref' && b.kind === 'ref' && a.name === b.name;
  return JSON.stringify({ ...a, pointer: '' }) === JSON.stringify({ ...b, pointer: '' });
}

const segments = (path: string): string[] => path.split('/').filter(Boolean);
const paramName = (segment: string): string | undefined => /^\{([^}]+)\}$/.exec(segment)?.[1];

/**
 * How `retrievePath` re-reads what an operation at `path` returns: the item under a collection
 * (`/runs` → `/runs/{run_id}`: `idParam` is `run_id`), or the item an action is on
 * (`/runs/{run_id}/cancel` → `/runs/{run_id}`); undefined when it is neither.
 */
export function siblingItem(path: string, retrievePath: string): { idParam?: string } | undefined {
  const p = segments(path);
  const r = segments(retrievePath);
  if (r.length === p.length + 1 && p.every((s, i) => s === r[i])) {
    const id = paramName(r[r.length - 1]!);
    return id ? { idParam: id } : undefined;
  }
  if (r.length < p.length && r.length > 0 && r.every((s, i) => s === p[i])) {
    if (!paramName(r[r.length - 1]!) || p.slice(r.length).some((s) => paramName(s))) return undefined;
    return {};
  }
  return undefined;
}

/** The GET operations, in document order, indexed by path (segments joined by `/`) and by parent path. */
export interface GetIndex {
  all: IROperation[];
  byPath: Map<string, IROperation[]>;
  byParent: Map<string, IROperation[]>;
  order: Map<IROperation, number>;
}

function indexGets(ir: IRDocument): GetIndex {
  const index: GetIndex = { all: [], byPath: new Map(), byParent: new Map(), order: new Map() };
  const add = (map: Map<string, IROperation[]>, key: string, op: IROperation): void => {
    const list = map.get(key);
    if (list) list.push(op);
    else map.set(key, [op]);
  };
  for (const op of ir.operations) {
    if (op.method !== 'get') continue;
    const r = segments(op.path);
    index.order.set(op, index.all.length);
    index.all.push(op);
    if (r.length === 0) continue;
    add(index.byPath, r.join('/'), op);
    add(index.byParent, r.slice(0, -1).join('/'), op);
  }
  return index;
}

/**
 * The only GETs `siblingItem(path, …)` can accept, in document order: those one segment below
 * `path`, and those on a proper ancestor of it. Saves comparing every operation with every GET.
 */
function candidates(index: GetIndex, path: string): IROperation[] {
  const p = segments(path);
  const out = [...(index.byParent.get(p.join('/')) ?? [])];
  for (let n = 1; n < p.length; n++) out.push(...(index.byPath.get(p.slice(0, n).join('/')) ?? []));
  return out.sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** The status property's string values, when the item has a string enum at `field`. */
function statusValues(ir: IRDocument, schema: IRSchema, field: string): string[] | undefined {
  const prop = findProperty(ir, schema, field);
  if (!prop) return undefined;
  const s = deref(ir, prop.schema);
  if (s.kind !== 'enum' || !s.values.every((v) => typeof v === 'string')) return undefined;
  return s.values as string[];
}

/** The polling annotation of one operation, or undefined (with a warning when the config asked for it). */
export function pollingFor(ir: IRDocument, op: IROperation, override: Exclude<PollingOverride, false> | undefined, warn: (message: string, expected: string) => void, gets: GetIndex = indexGets(ir)): IRPolling | undefined {
  if (op.method === 'get' || op.method === 'delete' || op.binary || op.pagination) return undefined;
  const schema = responseSchema(op);
  if (!schema) return undefined;
  let retrieve: IROperation | undefined;
  let item: { idParam?: string } | undefined;
  if (override?.retrieve !== undefined) {
    retrieve = gets.all.find((o) => o.id === override.retrieve);
    const other = retrieve && responseSchema(retrieve);
    item = retrieve && other && sameSchema(schema, other) ? siblingItem(op.path, retrieve.path) : undefined;
    if (!retrieve || !item) {
      warn(`"${override.retrieve}" is not a GET on the item this operation returns`, `the operationId of a GET returning the same schema, on ${op.path}/{id} or on the item path ${op.path} acts on`);
      return undefined;
    }
  } else {
    for (const g of candidates(gets, op.path)) {
      const found = siblingItem(op.path, g.path);
      const other = responseSchema(g);
      if (found && other && sameSchema(schema, other)) {
        retrieve = g;
        item = found;
        break;
      }
    }
  }
  if (!retrieve || !item) return undefined;
  // The item is re-read by the `id` it comes back with (an action such as `remix` may return a new
  // item); without an `id`, only an action on the item its own path names can be polled.
  const hasId = !!findProperty(ir, schema, 'id');
  if (item.idParam && !hasId) return undefined;
  const last = segments(retrieve.path).map(paramName).at(-1);
  const statusField = override?.statusField ?? 'status';
  const values = statusValues(ir, schema, statusField);
  if (!values) {
    if (override) warn(`the response has no string enum "${statusField}"`, 'a response property whose values are the item\'s statuses');
    return undefined;
  }
  const terminal = override?.terminal ?? values.filter((v) => !PENDING_STATUSES.has(v));
  const pending = values.filter((v) => !terminal.includes(v));
  if (pending.length === 0 || terminal.length === 0) {
    if (override) warn(`status values ${values.join(', ')} do not split into pending and terminal ones`, 'at least one value of each');
    return undefined;
  }
  const out: IRPolling = { retrieve: retrieve.id, statusField, terminal, pending };
  if (hasId && last) out.idParam = last;
  return out;
}

/**
 * Polling pass: an operation returning an item with a status enum (some values pending, such as
 * `queued` or `in_progress`, the rest terminal) that a sibling GET re-reads gets `polling`, from
 * which the SDK emits `<method>AndPoll` and `poll`. Per operation, the config turns it off
 * (`polling: false`) or corrects it (`{ retrieve, statusField, terminal }`, which also turns it
 * on where the inference finds nothing).
 */
export function annotatePolling(ir: IRDocument, config?: SdkConfig): void {
  const gets = indexGets(ir);
  for (const op of ir.operations) {
    delete op.polling;
    const override = overrideFor(config, op).polling;
    if (override === false) continue;
    const warn = (message: string, expected: string): void =>
      configWarning(ir, config, overridePointer(op.id, 'polling'), `${message}; no polling helper for ${op.id}`, expected);
    const polling = pollingFor(ir, op, override, warn, gets);
    if (polling) op.polling = polling;
  }
}

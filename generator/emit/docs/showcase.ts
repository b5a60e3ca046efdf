import type { SdkSettings } from '../types.js';
import type { ApiMethod, ApiModel } from './api-model.js';
import { bodyContent } from '../sdk/params-view.js';
import { exampleArgs } from './method-example.js';
import type { Sample } from './sample-value.js';

/**
 * The operations the README shows off, picked from the IR rather than named: each is the first
 * method (in api.md order) that has the capability, sends the default credential and has
 * example arguments. Undefined when the package has no such method.
 */
export interface Showcase {
  basic?: ApiMethod;
  streaming?: ApiMethod;
  paginated?: ApiMethod;
  upload?: ApiMethod;
}

/** True when the method sends the client's default credential (or the spec names none). */
function usesDefaultCredential(m: ApiMethod, settings: SdkSettings): boolean {
  const auth = m.op.naming?.auth;
  return !auth || auth === settings.defaultCredential || !(auth in settings.credentials);
}

export function pickShowcase(model: ApiModel, settings: SdkSettings): Showcase {
  const usable = model.methods.filter((m) => m.example && usesDefaultCredential(m, settings) && !m.op.deprecated);
  const first = (test: (m: ApiMethod) => boolean) => usable.find(test);
  // A binary answer wins over a stream in the SDK (the method resolves to the raw Response).
  const streams = (m: ApiMethod) => !!m.op.streaming && !m.op.pagination && !m.op.binary;
  const plain = (m: ApiMethod) => !m.op.pagination && !m.op.binary && (!m.op.streaming || !!m.op.streaming.flag);
  // A call that also streams is usually the API's main call; then any POST, then anything.
  // Among several candidates, the one whose example passes the most required fields reads best.
  const richest = (test: (m: ApiMethod) => boolean) => {
    let best: ApiMethod | undefined;
    let score = 0; // a call under a path parameter only wins when nothing else takes fields
    for (const m of usable.filter(test)) {
      const params = exampleArgs(model.ctx, m.op)?.find((a) => a.kind === 'object');
      const path = new Set(m.op.parameters.filter((p) => p.in === 'path').map((p) => p.name));
      const fields = params?.kind === 'object' ? params.entries.filter((e) => !path.has(e.key)).length : 0;
      const n = fields - 10 * path.size;
      if (n > score) [best, score] = [m, n];
    }
    return best ?? first(test);
  };
  // For lists and uploads: no path parameters and a resource near the client read best.
  const simplest = (test: (m: ApiMethod) => boolean) => {
    const cost = (m: ApiMethod) => (m.op.naming?.pathParams.length ?? 0) * 100 + m.callee.split('.').length;
    return usable.filter(test).reduce<ApiMethod | undefined>((best, m) => (!best || cost(m) < cost(best) ? m : best), undefined);
  };
  const basic =
    richest((m) => plain(m) && !!m.op.streaming?.flag && !m.op.multipart) ??
    richest((m) => plain(m) && m.op.method === 'post' && !m.op.multipart) ??
    first(plain) ??
    usable[0];
  return {
    basic,
    streaming: basic && streams(basic) ? basic : (richest((m) => streams(m) && !m.op.multipart) ?? first(streams)),
    paginated: simplest((m) => m.op.pagination?.style === 'cursor') ?? simplest((m) => !!m.op.pagination),
    upload: simplest((m) => (m.op.multipart?.fileFields.length ?? 0) > 0),
  };
}

/** True when the method takes a params object (beyond its positional path parameters). */
export function takesParams(m: ApiMethod): boolean {
  const positional = m.op.naming?.pathParams.length ?? 0;
  return m.params.filter((p) => !/^options\?:/.test(p)).length > positional;
}

/**
 * The method's example arguments with changes to its params object: entries set (added or
 * replaced) in order. An optional params object is created when needed.
 */
export function argsWith(model: ApiModel, m: ApiMethod, set: { key: string; value: Sample }[]): Sample[] {
  const args = exampleArgs(model.ctx, m.op) ?? [];
  if (set.length === 0 || !takesParams(m)) return args;
  const positional = m.op.naming?.pathParams.length ?? 0;
  let params = args[positional];
  if (!params || params.kind !== 'object') {
    params = { kind: 'object', entries: [] };
    args[positional] = params;
  }
  for (const e of set) {
    const at = params.entries.findIndex((x) => x.key === e.key);
    if (at >= 0) params.entries[at] = e;
    else params.entries.push(e);
  }
  return args;
}

/**
 * What to pass for an optional params object that is left empty: `{}`, or `undefined` when
 * `{}` would not type-check (a property named like an `Object.prototype` member).
 */
export function emptyParams(model: ApiModel, m: ApiMethod): Sample {
  const names = new Set(m.op.parameters.map((p) => p.name));
  const body = bodyContent(m.op)?.schema;
  if (body) for (const n of model.ctx.propertyNames(body)) names.add(n);
  const inherited = [...names].some((n) => n in Object.prototype);
  return { kind: 'code', text: inherited ? 'undefined' : '{}' };
}

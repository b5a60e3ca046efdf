/**
 * The annotated IR of the OpenAI spec with its SDK config (what `npm run generate` builds the
 * package from), and how to call one operation's generated method from it.
 */
import { annotate } from '../../../generator/annotate/index.js';
import { loadSdkConfig } from '../../../generator/config/load.js';
import type { IRDocument, IROperation } from '../../../generator/ir/types.js';
import { loadSpec } from '../../../generator/load/index.js';
import { parseSpec } from '../../../generator/parse/index.js';
import { methodAt, type Client } from './package.js';

const SPEC = new URL('../../../../shared/specs/openai/openapi.yaml', import.meta.url).pathname;
const CONFIG = new URL('../../../spec/openai.sdk.yaml', import.meta.url).pathname;

let cached: Promise<IRDocument> | undefined;

export function openaiIR(): Promise<IRDocument> {
  cached ??= (async () => annotate(parseSpec(await loadSpec(SPEC)), await loadSdkConfig(CONFIG)))();
  return cached;
}

/** `client.a.b.method` as written in the tests' names. */
export function callName(op: IROperation): string {
  return ['client', ...op.naming!.resource, op.naming!.method].join('.');
}

/** A stand-in value for a path parameter: `<name>_1` (URL-safe, so the server sees it as is). */
export function pathValue(name: string): string {
  return `${name}_1`;
}

/**
 * Calls the generated method for `op` with stand-in path parameters, `params` as its params
 * object (plus any path parameters the method takes by wire name), and request `options`.
 */
export function callOperation(client: Client, op: IROperation, params: Record<string, unknown> | undefined, options?: Record<string, unknown>): unknown {
  const naming = op.naming!;
  const positional = naming.pathParams.map((p) => pathValue(p.name));
  const carried = Object.fromEntries((naming.pathParamsInParams ?? []).map((name) => [name, pathValue(name)]));
  const fn = methodAt(client, naming.resource, naming.method);
  const byPosition = new Set(naming.pathParams.map((p) => p.name));
  const takesParams =
    naming.paramsType !== undefined ||
    !!op.requestBody ||
    op.parameters.some((p) => p.in === 'query' || p.in === 'header' || (p.in === 'path' && !byPosition.has(p.name)));
  if (params !== undefined && !takesParams) throw new Error(`${callName(op)} takes no params object`);
  const args: unknown[] = [...positional];
  if (takesParams) args.push(params === undefined && !Object.keys(carried).length ? undefined : { ...carried, ...params });
  if (options) args.push(options);
  return fn(...args);
}

/** The wire path of `op` with the stand-in values `callOperation` sends. */
export function expectedPath(op: IROperation): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValue(name));
}

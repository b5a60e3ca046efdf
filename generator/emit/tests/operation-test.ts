import type { IROperation } from '../../ir/types.js';
import { quote } from '../ts/identifiers.js';
import type { SdkContext } from '../sdk/context.js';
import { namingOf } from '../sdk/fallback-naming.js';
import { bodyContent, memberKey, paramMembers } from '../sdk/params-view.js';
import { printSample } from './print-sample.js';
import { sample, type Sample } from './samples.js';

/** One generated test: its title and the statements of its body. */
export interface TestView {
  title: string;
  lines: string[];
}

type SampleObject = { [key: string]: Sample };

/** The params object for a call, mirroring `paramsView`: members, then the body spread or wrapped. */
function paramsSample(
  ctx: SdkContext,
  op: IROperation,
  positional: Set<string>,
  all: boolean,
): SampleObject | undefined {
  const out: SampleObject = {};
  const set = (k: string, v: Sample) =>
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  const members = paramMembers(op, positional);
  for (const p of members) if (p.required || all) set(memberKey(ctx, p), sample(ctx, p.schema));
  const body = bodyContent(op)?.schema;
  if (body) {
    if (ctx.isObjectLike(body)) {
      const value = sample(ctx, body, all);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const k of Object.keys(value)) if (!Object.hasOwn(out, k)) set(k, (value as SampleObject)[k]!);
      }
    } else if (op.requestBody?.required || all) {
      set(members.some((m) => m.name === 'body') ? 'requestBody' : 'body', sample(ctx, body, all));
    }
  }
  const flag = op.streaming?.flag;
  if (flag && Object.hasOwn(out, flag)) delete out[flag];
  return Object.keys(out).length > 0 || members.length > 0 || body ? out : undefined;
}

/**
 * For an operation whose spec declares only error statuses (`405`, `4XX`): the assertions that
 * the call fails with one of them. A `default` response may be anything, success included (mock
 * servers answer it with a success), so an operation with one keeps the success test.
 */
export function expectedFailure(op: IROperation): string[] | undefined {
  if (op.responses.length === 0 || op.responses.some((r) => !/^[45]/.test(r.status))) return undefined;
  const statuses = op.responses.map((r) => Number(r.status)).filter((n) => Number.isInteger(n));
  const status = '(error as { status?: number }).status';
  const lines = ['expect(error).toBeInstanceOf(Error);'];
  if (statuses.length === 1) lines.push(`expect(${status}).toBe(${statuses[0]});`);
  else if (statuses.length > 1) lines.push(`expect([${statuses.join(', ')}]).toContain(${status});`);
  else lines.push(`expect(${status}).toBeGreaterThanOrEqual(400);`);
  return lines;
}

/**
 * The status a successful call has: 2XX; for an operation that declares only redirects besides
 * errors (`304`, `3XX`), below 400 (fetch follows a redirect with a location to its 2XX, and
 * hands one without a location back as it is).
 */
export function statusCheck(op: IROperation): string {
  const declared = op.responses.map((r) => r.status);
  const success = declared.length === 0 || declared.some((st) => /^[12]/.test(st) || st === 'default');
  return `expect(response.status).toBeLessThan(${success ? 300 : 400});`;
}

/** Tests for one operation: required params only, and (when different) all params. */
export function operationTests(ctx: SdkContext, op: IROperation, access: string): TestView[] {
  const naming = namingOf(op);
  const positional = new Set(naming.pathParams.map((p) => p.name));
  const pathArgs = naming.pathParams.map((pp) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === pp.name);
    // Every property of an object path parameter: an empty object would be an empty segment.
    return printSample(param ? sample(ctx, param.schema, true) : 'string');
  });
  const variants: [string, SampleObject | undefined][] = [
    ['required params', paramsSample(ctx, op, positional, false)],
    ['all params', paramsSample(ctx, op, positional, true)],
  ];
  const tests: TestView[] = [];
  const seen = new Set<string>();
  for (const [label, params] of variants) {
    const args = [...pathArgs];
    if (params && (Object.keys(params).length > 0 || label === 'all params')) args.push(printSample(params));
    const call = `${access}(${args.join(', ')})`;
    if (seen.has(call)) continue;
    seen.add(call);
    const lines = [`const promise = ${call};`];
    const failure = expectedFailure(op);
    if (failure) {
      lines.push(
        'const error: unknown = await promise.then(() => undefined, (e: unknown) => e);',
        ...failure,
      );
    } else if (op.binary) {
      lines.push('const response = await promise;', 'expect(response).toBeInstanceOf(Response);');
    } else {
      lines.push(
        'const { data, response } = await promise.withResponse();',
        statusCheck(op),
        op.streaming && !op.streaming.flag
          ? 'expect(data).toBeDefined();'
          : 'expect(data).not.toBeInstanceOf(Response);',
      );
    }
    tests.push({ title: quote(`${op.method.toUpperCase()} ${op.pathKey} (${op.id}): ${label}`), lines });
  }
  return tests;
}

import { describe, expect, it } from 'vitest';
import { SdkContext } from '../../generator/emit/sdk/context.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import { expectedFailure, statusCheck } from '../../generator/emit/tests/operation-test.js';
import { printSample } from '../../generator/emit/tests/print-sample.js';
import { sample } from '../../generator/emit/tests/samples.js';
import type { IRSchema } from '../../generator/ir/types.js';
import { allOf, doc, int, json, obj, op, ref, str } from '../annotate/ir-builders.js';

/**
 * Generated tests must compile against the generated types (the corpus compile test runs them
 * through tsc) and send what the spec requires: the sample values, and the expected outcome.
 */
const withRequiredOnly = (): IRSchema => ({ ...obj({ a: str() }, ['a']), requiredOnly: ['b'] }) as IRSchema;
const node = obj({ id: str(), parent: ref('Node') }, ['id', 'parent']);
const ctx = (schemas: Record<string, IRSchema> = {}) => {
  const ir = doc([], schemas);
  return new SdkContext(ir, settingsFrom(ir));
};

describe('sample values for generated tests', () => {
  it.each<[string, IRSchema, boolean, string]>([
    ['required properties only', obj({ a: str(), b: int() }, ['a']), false, "{ a: 'string' }"],
    ['names required but not declared (requiredOnly)', withRequiredOnly(), false, "{ a: 'string', b: 'string' }"],
    ['an optional `constructor` is always sent', obj({ constructor: str(), x: str() }), false, "{ constructor: 'string' }"],
    ['an unsatisfiable intersection is cast', allOf(str(), int()), false, 'null as never'],
    ['an optional unsatisfiable property is left out', obj({ bad: allOf(str(), int()), ok: str() }), true, "{ ok: 'string' }"],
    ['a name only required by one allOf member keeps the declaring member value', allOf(obj({ n: int() }), { ...obj({}), requiredOnly: ['n'] } as IRSchema), false, '{ n: 0 }'],
    ['the same, declaring member last', allOf({ ...obj({}), requiredOnly: ['n'] } as IRSchema, obj({ n: int() })), false, '{ n: 0 }'],
    ['a compatible intersection merges', allOf(obj({ a: str() }, ['a']), obj({ b: int() }, ['b'])), false, "{ a: 'string', b: 0 }"],
  ])('%s', (_what, schema, all, want) => {
    expect(printSample(sample(ctx(), schema, all))).toBe(want);
  });

  it('ends an endless required recursion with a visible cast', () => {
    const printed = printSample(sample(ctx({ Node: node }), ref('Node')));
    expect(printed).toContain('parent: {} as never');
    expect(printed.startsWith("{ id: 'string', parent: { id: 'string'")).toBe(true);
  });
});

describe('expected outcome of a generated test', () => {
  const responses = (...statuses: string[]) => op('post', '/x', { responses: statuses.map((status) => ({ status, contents: [json(obj({}))] })) });
  it.each<[string[], string[] | undefined]>([
    [['200'], undefined],
    [['201', '405'], undefined],
    [['default'], undefined],
    [['405', 'default'], undefined],
    [['302'], undefined],
    [['405'], ['expect(error).toBeInstanceOf(Error);', 'expect((error as { status?: number }).status).toBe(405);']],
    [['400', '404'], ['expect(error).toBeInstanceOf(Error);', 'expect([400, 404]).toContain((error as { status?: number }).status);']],
    [['4XX'], ['expect(error).toBeInstanceOf(Error);', 'expect((error as { status?: number }).status).toBeGreaterThanOrEqual(400);']],
  ])('responses %j → %j', (statuses, want) => {
    expect(expectedFailure(responses(...statuses))).toEqual(want);
  });

  it.each<[string[], string]>([
    [['200'], 'expect(response.status).toBeLessThan(300);'],
    [['default'], 'expect(response.status).toBeLessThan(300);'],
    [['304'], 'expect(response.status).toBeLessThan(400);'],
    [['301', '404'], 'expect(response.status).toBeLessThan(400);'],
  ])('success status for responses %j', (statuses, want) => {
    expect(statusCheck(responses(...statuses))).toBe(want);
  });
});

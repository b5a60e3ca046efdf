import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { SDKError, ValidationError } from '../../templates/runtime/core/error.js';
import { Stream } from '../../templates/runtime/core/streaming.js';
import {
  jsonPath,
  resolveValidationMode,
  Validator,
  type OperationSchemas,
  type ValidationMode,
} from '../../templates/runtime/core/validation.js';

const Item = z.object({ id: z.string(), created_at: z.number() });
const operations: OperationSchemas = {
  listItems: { response: z.object({ data: z.array(Item) }), params: z.object({ query: z.object({ limit: z.int() }) }) },
  streamItems: { event: Item },
};
const good = { data: [{ id: 'a', created_at: 1 }] };
const bad = { data: [{ id: 'a', created_at: 1 }, { id: 'b', created_at: 'yesterday' }] };

function setup(mode: ValidationMode, load = vi.fn(async () => ({ operations }))) {
  const log = { warn: vi.fn() };
  return { validator: new Validator(mode, load, log, 'Client'), log, load };
}

function streamOf<T>(values: T[]) {
  const returned = vi.fn();
  let i = 0;
  const stream = new Stream<T>(
    () => ({
      next: async () => (i < values.length ? { done: false, value: values[i++]! } : { done: true, value: undefined }),
      return: async () => (returned(), { done: true, value: undefined }),
    }),
    new AbortController(),
  );
  return { stream, returned };
}

describe('Validator', () => {
  it('off: loads nothing and returns the data as is, valid or not', async () => {
    const { validator, load } = setup('off');
    expect(await validator.check('listItems', 'response', bad)).toBe(bad);
    expect(validator.enabled).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('warn: logs the operation, the JSON path and what was expected, and returns the same data', async () => {
    const { validator, log } = setup('warn');
    expect(await validator.check('listItems', 'response', bad)).toBe(bad);
    expect(log.warn).toHaveBeenCalledTimes(1);
    const message = log.warn.mock.calls[0]![0] as string;
    expect(message).toContain('listItems response');
    expect(message).toContain('$.data[1].created_at');
    expect(message).toMatch(/expected number, received string/);
  });

  it('strict: throws a ValidationError carrying every issue', async () => {
    const { validator } = setup('strict');
    const error = await validator.check('listItems', 'response', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { operation: 'listItems', kind: 'response', path: '$.data[1].created_at', message: expect.stringMatching(/expected number/), expected: 'number' },
    ]);
  });

  it('strict: passes valid data through, checks params, and ignores operations without a schema', async () => {
    const { validator, load } = setup('strict');
    expect(await validator.check('listItems', 'response', good)).toBe(good);
    expect(await validator.check('unknownOp', 'response', bad)).toBe(bad);
    expect(await validator.check(undefined, 'response', bad)).toBe(bad);
    await expect(validator.check('listItems', 'params', { query: { limit: 1.5 } })).rejects.toThrow(/\$\.query\.limit/);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('when the schemas cannot be loaded: strict throws saying so, warn logs once and checks nothing', async () => {
    const failing = vi.fn(async (): Promise<{ operations: OperationSchemas }> => {
      throw new Error("Cannot find package 'zod'");
    });
    await expect(setup('strict', failing).validator.check('listItems', 'response', good)).rejects.toThrow(/is zod installed\?.*Cannot find package 'zod'/);
    const { validator, log } = setup('warn', failing);
    expect(await validator.check('listItems', 'response', bad)).toBe(bad);
    expect(await validator.check('listItems', 'response', bad)).toBe(bad);
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it('stream: checks each event as it arrives; strict stops at the bad one and closes the source', async () => {
    const { validator } = setup('strict');
    const { stream, returned } = streamOf([{ id: 'a', created_at: 1 }, { id: 'b' }, { id: 'c', created_at: 3 }]);
    const seen: string[] = [];
    const run = async () => {
      for await (const event of validator.stream('streamItems', stream)) seen.push(event.id);
    };
    await expect(run()).rejects.toThrow(/streamItems event.*\$\.created_at/s);
    expect(seen).toEqual(['a']);
    expect(returned).toHaveBeenCalled();
  });

  it('stream: off returns the very same stream', () => {
    const { stream } = streamOf([1]);
    expect(setup('off').validator.stream('streamItems', stream)).toBe(stream);
  });
});

describe('Validator: finding the operation from method and path', () => {
  const routed: OperationSchemas = {
    getThing: { method: 'get', path: '/things/{id}', response: z.object({ id: z.string() }) },
    searchThings: { method: 'get', path: '/things/search', response: z.object({ hits: z.number() }) },
    betaA: { method: 'post', path: '/dup', response: z.never() },
    betaB: { method: 'post', path: '/dup', response: z.never() },
  };
  const { validator } = setup('strict', vi.fn(async () => ({ operations: routed })));

  it.each([
    [{ method: 'GET', path: '/things/abc' }, { hits: 1 }, /getThing response/],
    [{ method: 'get', path: '/things/search' }, { id: 'x' }, /searchThings response/],
    [{ method: 'get', path: 'https://api.test/things/abc?x=1' }, {}, /getThing response/],
    [{ method: 'get', path: '/things/search', operation: 'getThing' }, {}, /getThing response/],
  ])('%j → the most literal matching template (or the given id)', async (target, data, want) => {
    await expect(validator.check(target, 'response', data)).rejects.toThrow(want);
  });

  it('checks nothing when no template matches, or two operations share method and template', async () => {
    expect(await validator.check({ method: 'get', path: '/things/a/b' }, 'response', 1)).toBe(1);
    expect(await validator.check({ method: 'delete', path: '/things/a' }, 'response', 1)).toBe(1);
    expect(await validator.check({ method: 'post', path: '/dup' }, 'response', 1)).toBe(1);
  });
});

describe('resolveValidationMode and jsonPath', () => {
  it.each([[undefined, 'off'], ['warn', 'warn'], ['strict', 'strict'], ['off', 'off']] as const)('%s → %s', (given, want) => {
    expect(resolveValidationMode(given, 'Client')).toBe(want);
  });

  it('rejects anything else, listing the valid values', () => {
    expect(() => resolveValidationMode(true, 'Client')).toThrow(SDKError);
    expect(() => resolveValidationMode('loud', 'Client')).toThrow(/off, warn, strict/);
  });

  it.each([
    [[], '$'],
    [['data', 0, 'id'], '$.data[0].id'],
    [['odd key', 'a"b'], '$["odd key"]["a\\"b"]'],
  ] as const)('%j → %s', (path, want) => {
    expect(jsonPath(path)).toBe(want);
  });
});

describe('the runtime core never imports zod statically', () => {
  it('no module reachable by static imports from core/index.ts names zod', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        expect(spec, `${file} imports ${spec}`).not.toMatch(/(^|\/)zod(\/|$)/);
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(join(import.meta.dirname, '..', '..', 'templates', 'runtime', 'core', 'index.ts'));
    visit(join(import.meta.dirname, '..', '..', 'templates', 'runtime', 'core', 'validation.ts'));
    expect(seen.size).toBeGreaterThan(5);
  });
});

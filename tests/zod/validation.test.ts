import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { SDKError, ValidationError } from '../../templates/runtime/core/error.js';
import { Stream } from '../../templates/runtime/core/streaming.js';
import {
  jsonPath,
  resolveValidationMode,
  resolveValidators,
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

function setup(mode: ValidationMode, schemas: OperationSchemas = operations) {
  const log = { warn: vi.fn() };
  return { validator: new Validator(mode, schemas, log, 'Client'), log };
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
  it('off: checks nothing and returns the data as is, valid or not', async () => {
    const { validator, log } = setup('off');
    expect(await validator.check('listItems', 'response', bad)).toBe(bad);
    expect(validator.enabled).toBe(false);
    expect(log.warn).not.toHaveBeenCalled();
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
    const { validator } = setup('strict');
    expect(await validator.check('listItems', 'response', good)).toBe(good);
    expect(await validator.check('unknownOp', 'response', bad)).toBe(bad);
    expect(await validator.check(undefined, 'response', bad)).toBe(bad);
    await expect(validator.check('listItems', 'params', { query: { limit: 1.5 } })).rejects.toThrow(/\$\.query\.limit/);
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
  const { validator } = setup('strict', routed);

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

describe('resolveValidators: the schemas come from the validators option, checked at construction', () => {
  const validators = { operations };
  it.each([
    ['off', undefined, undefined],
    ['off', validators, operations],
    ['warn', validators, operations],
    ['strict', validators, operations],
  ] as const)('%s with %j → the operations', (mode, option, want) => {
    expect(resolveValidators(mode, option, 'Client', 'acme')).toBe(want);
  });

  it.each([
    ['strict', undefined, /Client: validate: 'strict' needs the validators option; pass `import \{ validators \} from 'acme\/zod'`/],
    ['warn', undefined, /validate: 'warn' needs the validators option/],
    ['strict', operations, /the validators option is not the generated `validators`/],
    ['off', null, /the validators option is not the generated `validators`/],
    ['warn', { operations: 'x' }, /not the generated `validators`/],
  ] as const)('%s with %j → SDKError saying what to pass', (mode, option, want) => {
    expect(() => resolveValidators(mode, option, 'Client', 'acme')).toThrow(want);
    expect(() => resolveValidators(mode, option, 'Client', 'acme')).toThrow(SDKError);
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

describe('the runtime core never imports zod, statically or lazily', () => {
  it('no module reachable by imports from core/index.ts names zod or has a dynamic import() a bundler would follow', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      expect(src, `${file} has a dynamic import`).not.toMatch(/\bimport\s*\(/);
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

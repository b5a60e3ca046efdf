import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { emitPackage, FIXTURES, loadIR } from './helpers/emit-package.js';

type Schemas = Record<string, z.ZodType>;

/** Runs the emitted kitchen-sink schemas: each row is a component, a value, and whether it is valid. */
describe('emitted zod schemas validate like the spec says', async () => {
  const pkg = await emitPackage('kitchen-sink-run', await loadIR(join(FIXTURES, 'kitchen-sink.yaml')));
  const S = (await import(pathToFileURL(join(pkg.dir, 'zod', 'index.ts')).href)) as Schemas;
  const pet = { id: '6f1c1f3e-8a55-4d8e-9f6c-0c7f3f7e2b1a', kind: 'cat', name: 'Tom' };
  const deepTree = (depth: number): unknown => ({ value: depth, children: depth ? [deepTree(depth - 1)] : [] });

  const rows: [string, unknown, boolean][] = [
    ['Pet', pet, true],
    ['Pet', { ...pet, born: '2024-01-02T03:04:05+02:00' }, true],
    ['Pet', { ...pet, born: '2024-01-02T03:04:05' }, false],
    ['Pet', { ...pet, age: null, extra: 'kept open' }, true],
    ['Pet', { ...pet, weight: 0 }, false],
    ['Pet', { ...pet, name: 'a/b/c' }, false],
    ['Pet', { ...pet, kind: 'cow' }, false],
    ['Pet', { ...pet, owner: { name: 'Ann', friends: [{ name: 'Bo', best_pet: pet }] } }, true],
    ['Pet', { ...pet, owner: { name: 'Ann', friends: [{ name: 'Bo', best_pet: { ...pet, id: 'x' } }] } }, false],
    ['NewPet', { name: 'Tom', kind: 'dog' }, true],
    ['NewPet', { name: 'Tom', kind: 'dog', colour: 'red' }, false],
    ['NewPet', { name: 'Tom', kind: 'dog', mood: 'line\nbreak' }, true],
    ['TreeNode', deepTree(50), true],
    ['TreeNode', { value: 1, children: [{ value: 2, children: [{ value: 'x', children: [] }] }] }, false],
    ['TreeNode', { value: 1, children: [], parent: null }, true],
    ['Event', { type: 'pet.created', pet }, true],
    ['Event', { type: 'pet.deleted', id: 'p1' }, true],
    ['Event', { type: 'pet.renamed', id: 'p1' }, false],
    ['Shape', { kind: 'round', r: 1 }, true],
    ['Shape', { kind: 'round', r: 1, w: 2 }, false],
    ['StringOrNumber', 1, true],
    ['StringOrNumber', true, false],
    ['AnyOfLoose', 'ab', true],
    ['Labels', { a: 'x' }, true],
    ['Labels', { a: 1 }, false],
    ['Closed', {}, true],
    ['Closed', { a: 1 }, false],
    ['Anything', null, true],
    ['Mixed', true, true],
    ['Mixed', false, false],
    ['Answer', 42, true],
    ['Answer', 41, false],
    ['Counts', [2, 4], true],
    ['Counts', [3], false],
    ['Counts', [], false],
    ['Counts', [2 ** 32], false],
    ['Pair', ['a', 1], true],
    ['Pair', ['a', 1, 2], false],
    ['Pair', ['a'], false],
    ['OpenPair', [], true],
    ['OpenPair', ['a', 1, true, false], true],
    ['OpenPair', ['a', 1, 'x'], false],
    ['Timestamped', { type: 'pet.deleted', id: 'p', at: 1 }, true],
    ['Timestamped', { type: 'pet.deleted', id: 'p' }, false],
    ['NullableRef', null, true],
    ['Day', '2024-02-29', true],
    ['Day', '2024-13-01', false],
    ['Website', 'https://example.com/a?b=c', true],
  ];

  it.each(rows)('%s accepts %j: %s', (name, value, valid) => {
    const schema = S[name];
    expect(schema, name).toBeDefined();
    expect(schema!.safeParse(value).success).toBe(valid);
  });

  it('reports the JSON path of a deep failure', () => {
    const result = S.TreeNode!.safeParse({ value: 1, children: [{ value: 2, children: [{ value: 'x', children: [] }] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['children', 0, 'children', 0, 'value']);
  });
});

describe('the hostile emitter fixture', () => {
  it('loads, and every exported schema builds and answers safeParse without throwing', async () => {
    const hostile = join(import.meta.dirname, '..', 'fixtures', 'emit', 'hostile.json');
    const pkg = await emitPackage('hostile-run', await loadIR(hostile));
    const mod = (await import(pathToFileURL(join(pkg.dir, 'zod', 'index.ts')).href)) as Record<string, unknown>;
    const schemas = Object.entries(mod).filter(([k]) => !['operations', 'validators', 'webhooks'].includes(k));
    expect(schemas.length).toBeGreaterThan(3);
    for (const [name, schema] of schemas) {
      const result = (schema as z.ZodType).safeParse({ probe: true });
      expect(typeof result.success, name).toBe('boolean');
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

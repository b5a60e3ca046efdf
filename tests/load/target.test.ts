import { describe, expect, it } from 'vitest';
import { SdkgenError } from '../../generator/errors.js';
import { resolveTarget } from '../../generator/load/target.js';
import { getAt } from '../../generator/util/pointer.js';

const base = '/specs/api/openapi.yaml';

describe('resolveTarget', () => {
  it.each([
    ['#/components/schemas/Pet', '/specs/api/openapi.yaml', '#/components/schemas/Pet'],
    ['#', '/specs/api/openapi.yaml', '#'],
    ['pet.yaml', '/specs/api/pet.yaml', '#'],
    ['./models/pet.yaml#/Pet', '/specs/api/models/pet.yaml', '#/Pet'],
    ['../shared/common.yaml#/a~1b', '/specs/shared/common.yaml', '#/a~1b'],
    ['My%20Folder/thing.yaml', '/specs/api/My Folder/thing.yaml', '#'],
    ['common.yaml#/with%20space', '/specs/api/common.yaml', '#/with%20space'],
    ['common.yaml#', '/specs/api/common.yaml', '#'],
    ['/abs/file.json#/x', '/abs/file.json', '#/x'],
  ])('%s', (ref, file, pointer) => {
    expect(resolveTarget(ref, base, '#/at')).toEqual({ file, pointer });
  });

  it.each([
    ['https://example.com/a.yaml', /remote URL/],
    ['a.yaml#Pet', /fragment that is not a JSON pointer/],
    ['a.yaml#/%E0%A4%A', /invalid percent-encoding/],
  ])('rejects %s', (ref, message) => {
    expect(() => resolveTarget(ref, base, '#/at')).toThrow(SdkgenError);
    expect(() => resolveTarget(ref, base, '#/at')).toThrow(message);
  });
});

describe('getAt: the one JSON pointer walk (load targets, parse refs)', () => {
  const doc = { 'a/b': 1, 'c~d': 2, 'with space': 3, list: ['x', 'y'], nested: { deep: { value: null } } };
  it.each([
    ['#', doc],
    ['#/a~1b', 1],
    ['#/c~0d', 2],
    ['#/with%20space', 3],
    ['#/list/1', 'y'],
    ['#/nested/deep/value', null],
    ['#/list/01', undefined],
    ['#/list/2', undefined],
    ['#/missing/deeper', undefined],
    ['#/list/-1', undefined],
    ['#/toString', undefined],
    ['#/nested/constructor', undefined],
    ['components/schemas', undefined],
  ])('%s', (pointer, value) => {
    expect(getAt(doc, pointer)).toEqual(value);
  });
});

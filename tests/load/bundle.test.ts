import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, type LoadedSpec } from '../../generator/load/index.js';
import { getAt } from '../../generator/util/pointer.js';
import { badRefs } from './refs.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'load', 'multi');
const odd = '#/paths/~1odd/get/responses/200/content/application~1json/schema/properties';

describe('loadSpec merges a multi-file spec', () => {
  let spec: LoadedSpec;
  beforeAll(async () => {
    spec = await loadSpec(join(dir, 'openapi.yaml'), { cache: false });
  });

  it('leaves only local refs, and every one resolves', () => {
    const refs = badRefs(spec.document, (at) => at.endsWith('/example'));
    expect(refs.nonLocal).toEqual([]);
    expect(refs.dangling).toEqual([]);
    expect(refs.total).toBeGreaterThan(15);
  });

  it('hoists external schemas under names derived from file and fragment', () => {
    expect(Object.keys(getAt(spec.document, '#/components/schemas') as object)).toEqual([
      'Pet',
      'Local',
      'owner',
      'Tag',
      'ErrorBody',
      'Error',
      'Node',
      'a_b',
      'c_d',
      'with_space',
      'thing',
      'Extra',
    ]);
  });

  it.each([
    ['#/paths/~1pets/get/responses/200/content/application~1json/schema/items', '#/components/schemas/Pet'],
    ['#/paths/~1pets/post/requestBody/content/application~1json/schema', '#/components/schemas/Pet'],
    ['#/components/schemas/Pet/properties/owner', '#/components/schemas/owner'],
    ['#/components/schemas/owner/properties/pets/items', '#/components/schemas/Pet'],
    ['#/components/schemas/Node/properties/children/items', '#/components/schemas/Node'],
    ['#/components/schemas/Node/properties/parent', '#/components/schemas/Node'],
    ['#/components/schemas/Extra/properties/tag', '#/components/schemas/Tag'],
    [
      '#/paths/~1pets/get/responses/default/content/application~1json/schema',
      '#/components/schemas/ErrorBody',
    ],
    ['#/paths/~1pets~1{id}/get/parameters/0', '#/components/parameters/Id'],
    [`${odd}/slash`, '#/components/schemas/a_b'],
    [`${odd}/tilde`, '#/components/schemas/c_d'],
    [`${odd}/space`, '#/components/schemas/with_space'],
    [`${odd}/folder`, '#/components/schemas/thing'],
    [`${odd}/json`, '#/components/schemas/Extra'],
    [`${odd}/local`, '#/components/schemas/Local'],
  ])('%s → %s', (pointer, ref) => {
    expect(getAt(spec.document, pointer)).toEqual({ $ref: ref });
  });

  it.each([
    ['#/info/description', 'A fixture whose description lives in another file.'],
    ['#/paths/~1pets/get/operationId', 'listPets'],
    ['#/paths/~1pets/get/parameters/0/name', 'limit'],
    ['#/paths/~1pets~1{id}/get/responses/404/description', 'Not found.'],
    ['#/components/schemas/c_d/description', 'key with a tilde'],
    ['#/components/schemas/with_space/description', 'key with a space'],
    ['#/components/schemas/thing/type', 'boolean'],
  ])('inlines %s', (pointer, value) => {
    expect(getAt(spec.document, pointer)).toBe(value);
  });

  it('keeps a property named __proto__ from another file as data', () => {
    const properties = getAt(spec.document, '#/components/schemas/owner/properties') as object;
    expect(Object.keys(properties)).toEqual(['name', 'pets', '__proto__']);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
  });

  it('keeps a $ref inside example data as data', () => {
    expect(getAt(spec.document, '#/components/schemas/Pet/properties/example_with_ref/example')).toEqual({
      $ref: 'this is data, not a reference',
    });
  });

  it.each([
    ['#/paths/~1pets/get/operationId', 'paths/pets.yaml', 2],
    ['#/paths/~1pets/get/parameters/0/schema/maximum', 'parameters.yaml', 6],
    ['#/paths/~1pets~1{id}/get/responses/404/content', 'paths/responses.yaml', 3],
    ['#/components/schemas/owner/properties/pets', 'schemas/owner.yaml', 5],
    ['#/components/schemas/Node/properties/children/items', 'schemas/tree.yaml', 8],
    ['#/components/schemas/Extra/properties/tag', 'schemas/extra.json', 3],
    ['#/components/schemas/Local', 'openapi.yaml', 68],
    ['#/paths/~1trees/get/operationId', 'openapi.yaml', 26],
  ])('locates %s in %s line %i', (pointer, file, line) => {
    expect(spec.locate(pointer)).toEqual({ file: join(dir, file), line });
  });
});

import { describe, expect, it } from 'vitest';
import { SchemaNames } from '../../generator/load/names.js';

describe('SchemaNames.pick', () => {
  it.each([
    ['a file', [['/s/models/droplet.yml', '#']], ['droplet']],
    ['a fragment', [['/s/pets.yaml', '#/Dog']], ['Dog']],
    ['structural tokens skipped', [['/s/pets.yaml', '#/Pet/properties/owner/items']], ['owner']],
    ['only structural tokens', [['/s/pets.yaml', '#/components/schemas']], ['pets']],
    ['unsafe characters', [['/s/c.yaml', '#/a~1b c']], ['a_b_c']],
    ['a clash with a declared name', [['/s/models/Pet.yaml', '#']], ['models_Pet']],
    [
      'clashes between files',
      [
        ['/s/a/attributes.yml', '#/name'],
        ['/s/b/attributes.yml', '#/name'],
        ['/s/c/attributes.yml', '#/name'],
      ],
      ['name', 'attributes_name', 'attributes_name_2'],
    ],
  ])('%s', (_what, targets, names) => {
    const picker = new SchemaNames(['Pet']);
    expect(targets.map(([file, pointer]) => picker.pick({ file: file!, pointer: pointer! }))).toEqual(names);
  });
});

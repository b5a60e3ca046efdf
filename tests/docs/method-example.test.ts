import { beforeAll, describe, expect, it } from 'vitest';
import { methodExample } from '../../generator/emit/docs/method-example.js';
import { printSample } from '../../generator/emit/docs/print-sample.js';
import { sampleValue } from '../../generator/emit/docs/sample-value.js';
import { SdkContext } from '../../generator/emit/sdk/context.js';
import type { IRSchema } from '../../generator/ir/types.js';
import { fixtureInput } from './helpers.js';

let ctx: SdkContext;
let store: SdkContext;

beforeAll(async () => {
  const pets = await fixtureInput({ spec: 'emit/pets.yaml' });
  ctx = new SdkContext(pets.ir, pets.settings);
  const s = await fixtureInput({ spec: 'docs/store.yaml', config: 'docs/store.sdk.yaml' });
  store = new SdkContext(s.ir, s.settings);
});

const example = (c: () => SdkContext, id: string, callee: string) => {
  const op = c().ir.operations.find((o) => o.id === id);
  if (!op) throw new Error(`no operation ${id}`);
  return methodExample(c(), op, callee);
};

describe('methodExample', () => {
  it.each([
    ['listPets', 'client.pets.list', '// Fetches further pages as the loop goes on.\nfor await (const pet of client.pets.list()) {\n  console.log(pet);\n}'],
    ['createPet', 'client.pets.create', "const pet = await client.pets.create({ name: 'name', kind: 'dog' });\nconsole.log(pet);"],
    ['retrievePet', 'client.pets.retrieve', "const pet = await client.pets.retrieve('pet_id');\nconsole.log(pet);"],
    ['updatePet', 'client.pets.update', "const pet = await client.pets.update('pet_id');\nconsole.log(pet);"],
    ['uploadPetPhoto', 'client.pets.photo.update', "const pet = await client.pets.photo.update('pet_id', { file: new File(['example'], 'example.txt') });\nconsole.log(pet);"],
    ['downloadPetPhoto', 'client.pets.photo.retrieve', "const response = await client.pets.photo.retrieve('pet_id');\nconst content = await response.arrayBuffer();\nconsole.log(content.byteLength);"],
    ['createChat', 'client.chat.create', "const chatResponse = await client.chat.create({ messages: [{ role: 'user', content: 'content' }] });\nconsole.log(chatResponse);"],
    ['searchPets', 'client.pets.search.retrieve', "const searchRetrieveResponse = await client.pets.search.retrieve({ q: 'q' });\nconsole.log(searchRetrieveResponse);"],
  ])('%s', (id, callee, want) => {
    expect(example(() => ctx, id, callee)).toBe(want);
  });

  it.each([
    // Path parameters carried in the params object, an example value, a void result.
    ['cancelStoreOrder', 'client.stores.orders.delete', "await client.stores.orders.delete('ord_123', { store_id: 'store_id' });"],
    // An open enum (string | 'basic-1' | ...) shows a listed value; bounds give the minimum.
    ['createOrder', 'client.orders.create', "const order = await client.orders.create({ quantity: 1, model: 'basic-1' });\nconsole.log(order);"],
  ])('%s (store fixture)', (id, callee, want) => {
    expect(example(() => store, id, callee)).toBe(want);
  });
});

describe('sampleValue', () => {
  const s = (schema: Partial<IRSchema> & { kind: IRSchema['kind'] }) => {
    const sample = sampleValue(ctx, { pointer: '', ...schema } as IRSchema, 0, 'hint');
    return sample ? printSample(sample) : undefined;
  };

  it.each([
    [{ kind: 'string' }, "'hint'"],
    [{ kind: 'string', format: 'date-time' }, "'2024-01-01T00:00:00Z'"],
    [{ kind: 'string', example: "it's */" }, "'it\\'s */'"],
    [{ kind: 'string', format: 'binary' }, "new File(['example'], 'example.txt')"],
    [{ kind: 'integer', minimum: 5, maximum: 3 }, '3'],
    [{ kind: 'number', exclusiveMinimum: 0 }, '1'],
    [{ kind: 'boolean', default: false }, 'false'],
    [{ kind: 'enum', type: 'string', values: [null, 'a'] }, "'a'"],
    [{ kind: 'array', items: { kind: 'integer', pointer: '' }, minItems: 2 }, '[1, 1]'],
    [{ kind: 'ref', name: 'PetKind' }, "'dog'"],
    [{ kind: 'unknown' }, '{}'],
    [{ kind: 'never' }, undefined],
  ])('%j → %s', (given, want) => {
    expect(s(given as never)).toBe(want);
  });

  it('breaks a wide object over lines, one member each', () => {
    const wide = sampleValue(ctx, { kind: 'ref', name: 'Pet', pointer: '' })!;
    const text = printSample(wide, '', 80);
    expect(text.split('\n').length).toBeGreaterThan(3);
    expect(text).toContain("\n  object: 'pet',\n");
  });
});

describe('methodExample for a call that always streams', () => {
  it('iterates the stream', async () => {
    const { ir, settings } = await fixtureInput({ spec: 'docs/events.yaml' });
    const c = new SdkContext(ir, settings);
    expect(methodExample(c, ir.operations[0]!, 'client.events.list')).toBe(
      "const stream = await client.events.list({ topic: 'news' });\nfor await (const event of stream) {\n  console.log(event);\n}",
    );
  });
});

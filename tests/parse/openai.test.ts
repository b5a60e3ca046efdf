import { beforeAll, describe, expect, it } from 'vitest';
import type { IRDocument, IRSchema, IRUnionSchema } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import type { LoadedSpec } from '../../generator/load/types.js';
import { parseSpec } from '../../generator/parse/index.js';

const SPEC = '/work/shared/specs/openai/openapi.yaml';
let loaded: LoadedSpec;
let ir: IRDocument;

/** Every IR schema node reachable from the document (operations, webhooks, components). */
function nodes(root: unknown): IRSchema[] {
  const out: IRSchema[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o.kind === 'string' && typeof o.pointer === 'string') out.push(o as unknown as IRSchema);
    for (const [k, v] of Object.entries(o))
      if (k !== 'extensions' && k !== 'default' && k !== 'example' && k !== 'examples') walk(v);
  };
  walk(root);
  return out;
}

/** Counts raw spec schemas that declare a discriminator on a union of two or more non-null members. */
function rawDiscriminatedUnions(doc: unknown): number {
  let count = 0;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    const members = (o.oneOf ?? o.anyOf) as { type?: unknown }[] | undefined;
    if (o.discriminator && Array.isArray(members) && members.filter((m) => m.type !== 'null').length >= 2)
      count++;
    Object.values(o).forEach(walk);
  };
  walk(doc);
  return count;
}

/** The literal values the IR gives `prop` in a variant (through refs, allOf, nested unions). */
function tagValues(s: IRSchema, prop: string, seen = new Set<string>()): string[] {
  if (s.kind === 'ref') {
    if (seen.has(s.name)) return [];
    seen.add(s.name);
    return tagValues(ir.schemas[s.name]!.schema, prop, seen);
  }
  if (s.kind === 'object') {
    const p = s.properties.find((x) => x.name === prop)?.schema;
    const target = p?.kind === 'ref' ? ir.schemas[p.name]!.schema : p;
    return target?.kind === 'enum' ? target.values.map(String) : [];
  }
  if (s.kind === 'intersection') return s.members.flatMap((m) => tagValues(m, prop, seen));
  if (s.kind === 'union') return s.variants.flatMap((m) => tagValues(m, prop, seen));
  return [];
}

beforeAll(async () => {
  loaded = await loadSpec(SPEC);
  const started = performance.now();
  ir = parseSpec(loaded);
  const cold = performance.now() - started;
  const warmStart = performance.now();
  parseSpec(loaded);
  console.log(
    `parse OpenAI spec: ${cold.toFixed(0)} ms cold, ${(performance.now() - warmStart).toFixed(0)} ms warm`,
  );
}, 60_000);

describe('the OpenAI spec', () => {
  it('has the expected counts and no warnings', () => {
    expect(ir.openapi).toBe('3.1.0');
    expect(ir.operations).toHaveLength(288);
    expect(Object.keys(ir.schemas)).toHaveLength(1422);
    expect(ir.webhooks).toHaveLength(16);
    expect(ir.diagnostics).toEqual([]);
  });

  it('has no $ref strings, and every ref names a component schema', () => {
    expect(JSON.stringify(ir)).not.toContain('"$ref"');
    const refs = nodes(ir).filter((n) => n.kind === 'ref');
    expect(refs.length).toBeGreaterThan(1000);
    expect(refs.filter((r) => !(r.name in ir.schemas)).map((r) => r.pointer)).toEqual([]);
  });

  it('folds every null union member into nullable', () => {
    const unions = nodes(ir).filter((n): n is IRUnionSchema => n.kind === 'union');
    expect(unions.filter((u) => u.variants.some((v) => v.kind === 'null')).map((u) => u.pointer)).toEqual([]);
    expect(nodes(ir).filter((n) => n.nullable).length).toBeGreaterThan(856);
  });

  it('turns 3.0-style exclusiveMinimum: true into the numeric form', () => {
    const numeric = nodes(ir).filter((n) => n.kind === 'number' || n.kind === 'integer');
    expect(
      numeric.filter((n) => typeof (n as { exclusiveMinimum?: unknown }).exclusiveMinimum === 'boolean'),
    ).toEqual([]);
    expect(
      numeric.filter((n) => (n as { exclusiveMinimum?: number }).exclusiveMinimum !== undefined).length,
    ).toBeGreaterThanOrEqual(7);
  });

  it('splits fixed query strings off path keys', () => {
    const beta = ir.operations.filter((o) => o.pathKey.includes('?'));
    expect(beta.length).toBeGreaterThan(0);
    for (const op of beta) expect([op.path.includes('?'), op.fixedQuery]).toEqual([false, { beta: 'true' }]);
  });

  it('takes discriminator tags from literals, never schema names', () => {
    const explicit = nodes(ir).filter(
      (n): n is IRUnionSchema => n.kind === 'union' && n.discriminator?.explicit === true,
    );
    expect(explicit).toHaveLength(rawDiscriminatedUnions(loaded.document));
    for (const u of explicit) {
      const d = u.discriminator!;
      for (const [tag, i] of Object.entries(d.mapping))
        expect(tagValues(u.variants[i]!, d.propertyName), `${u.pointer} ${tag}`).toContain(tag);
      // A variant is untagged only when its tags were already taken by an earlier variant.
      for (const i of d.untagged ?? []) {
        const tags = tagValues(u.variants[i]!, d.propertyName);
        expect(tags.length, `${u.pointer} variant ${i}`).toBeGreaterThan(0);
        expect(tags.every((t) => d.mapping[t] !== undefined && d.mapping[t] !== i)).toBe(true);
      }
    }
  });

  it('spot-checks: ChatCompletionRequestMessage by role, InputMessage content, webhook event types', () => {
    expect((ir.schemas.ChatCompletionRequestMessage!.schema as IRUnionSchema).discriminator).toEqual({
      propertyName: 'role',
      mapping: { developer: 0, system: 1, user: 2, assistant: 3, tool: 4, function: 5 },
      explicit: true,
    });
    // The tag of ItemReferenceParam is a nullable single-value enum; the rest come from Item's members.
    const input = ir.schemas.InputItem!.schema as IRUnionSchema;
    const refIndex = input.variants.findIndex((v) => v.kind === 'ref' && v.name === 'ItemReferenceParam');
    expect(input.discriminator).toMatchObject({ propertyName: 'type', explicit: true });
    expect(input.discriminator!.mapping.item_reference).toBe(refIndex);
    expect(input.discriminator!.untagged).toBeUndefined();
    // Inferred (explicit: false) on the `event` literal of each stream event.
    expect((ir.schemas.MessageStreamEvent!.schema as IRUnionSchema).discriminator).toMatchObject({
      propertyName: 'event',
      mapping: { 'thread.message.created': 0, 'thread.message.delta': 2 },
      explicit: false,
    });
    const hooks = Object.fromEntries(ir.webhooks.map((w) => [w.name, w.eventType]));
    expect(hooks.batch_completed).toBe('batch.completed');
    expect(hooks.response_incomplete).toBe('response.incomplete');
    expect(ir.webhooks.every((w) => w.payload?.kind === 'ref' && w.eventType)).toBe(true);
  });
});

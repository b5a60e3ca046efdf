import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSurfaces } from '../../generator/diff/sdk/compare.js';
import { SDK_RULES, type SdkRuleId } from '../../generator/diff/sdk/rules.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'diff', 'sdk');
const entry = (name: string, side: 'old' | 'new') => join(DIR, name, side, 'src', 'index.ts');
const ids = Object.keys(SDK_RULES) as SdkRuleId[];

/** Where each fixture's change must be reported. */
const WHERE: Record<SdkRuleId, string> = {
  'sdk-export-removed': 'export Size',
  'sdk-export-added': 'export Size',
  'sdk-method-removed': 'client.things.list',
  'sdk-method-added': 'client.things.list',
  'sdk-method-params-incompatible': 'client.things.create',
  'sdk-method-result-incompatible': 'client.things.create',
  'sdk-type-changed': 'export ThingCreateParams',
};

describe('SDK surface rules (ts-morph, one program for both packages)', () => {
  it.each(ids)('%s', (id) => {
    expect(existsSync(entry(id, 'old')) && existsSync(entry(id, 'new')), `fixture ${id}`).toBe(true);
    const changes = compareSurfaces(entry(id, 'old'), entry(id, 'new'));
    const hit = changes.find((c) => c.id === id);
    expect(hit, JSON.stringify(changes, null, 1)).toBeDefined();
    expect(hit!.pointer).toBe(WHERE[id]);
    expect(hit!.level).toBe(SDK_RULES[id][0]);
  });

  it('accepts renamed parameters, a new optional parameter and a narrower result', () => {
    const changes = compareSurfaces(entry('compatible', 'old'), entry('compatible', 'new'));
    expect(changes.filter((c) => c.level !== 'info')).toEqual([]);
  });

  it('rejects a params type that lost a property: old object-literal calls fail the excess-property check', () => {
    const changes = compareSurfaces(entry('property-removed', 'old'), entry('property-removed', 'new'));
    expect(changes.map((c) => [c.id, c.pointer])).toContainEqual([
      'sdk-method-params-incompatible',
      'client.things.create',
    ]);
  });

  it('finds nothing between a package and itself', () => {
    expect(compareSurfaces(entry('compatible', 'old'), entry('sdk-export-added', 'old'))).toEqual([]);
  });

  it('documents every SDK rule in docs/diff-rules.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'diff-rules.md'), 'utf8');
    for (const id of ids) expect(doc, id).toContain(`| \`${id}\` | ${SDK_RULES[id][0]} |`);
  });
});

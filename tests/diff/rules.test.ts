import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../generator/diff/index.js';
import { RULES, type RuleId } from '../../generator/diff/rules.js';
import { readFixture } from './fixture.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'diff', 'rules');
const ids = Object.keys(RULES) as RuleId[];

describe('every rule has a before/after fixture that triggers it', () => {
  it.each(ids)('%s', (id) => {
    const file = join(DIR, `${id}.yaml`);
    expect(existsSync(file), `missing fixture ${file}`).toBe(true);
    const fixture = readFixture(file);
    const report = diffDocuments(fixture.old, fixture.new, { sdk: fixture.sdk });
    const own = fixture.expect.find((e) => e.id === id);
    expect(own, `${id}.yaml must expect its own rule`).toBeDefined();
    for (const want of fixture.expect) {
      const hit = report.changes.find(
        (c) =>
          c.id === want.id &&
          (want.operation === undefined || c.operation === want.operation) &&
          (want.pointer === undefined || c.pointer === want.pointer),
      );
      expect(
        hit,
        `${want.id} at ${want.operation ?? ''} ${want.pointer ?? ''}\n got: ${JSON.stringify(report.changes, null, 1)}`,
      ).toBeDefined();
      expect(hit!.level).toBe(RULES[want.id as RuleId][0]);
    }
    for (const id of fixture.absent) expect(report.changes.map((c) => c.id)).not.toContain(id);
  });
});

describe('fixtures', () => {
  it('documents every rule, with its level, in docs/diff-rules.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'diff-rules.md'), 'utf8');
    for (const id of ids) expect(doc, id).toContain(`| \`${id}\` | ${RULES[id][0]} |`);
  });

  it('swapping old and new of a fixture does not report the same rule at the same level', () => {
    // Direction sanity: a rule and its reverse never agree on "breaking" for the symmetric pairs.
    const pairs: [RuleId, RuleId][] = [
      ['request-property-added-optional', 'request-property-removed'],
      ['request-enum-value-added', 'request-enum-value-removed'],
      ['response-enum-value-added', 'response-enum-value-removed'],
      ['request-type-widened', 'request-type-narrowed'],
      ['response-type-widened', 'response-type-narrowed'],
      ['request-limit-relaxed', 'request-limit-tightened'],
    ];
    for (const [id, reverse] of pairs) {
      const f = readFixture(join(DIR, `${id}.yaml`));
      const back = diffDocuments(f.new, f.old);
      expect(
        back.changes.map((c) => c.id),
        `${id} reversed`,
      ).toContain(reverse);
    }
  });
});

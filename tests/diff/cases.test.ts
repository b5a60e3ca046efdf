import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../generator/diff/index.js';
import { readFixture } from './fixture.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'diff');
const files = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

describe('refactors that accept the same values are not breaking (noop/)', () => {
  it.each(files('noop'))('%s', (name) => {
    const f = readFixture(join(ROOT, 'noop', name));
    const wire = diffDocuments(f.old, f.new);
    const loud = wire.changes.filter((c) => c.level !== 'info');
    expect(loud, JSON.stringify(loud, null, 1)).toEqual([]);
    for (const want of f.expect) expect(wire.changes.map((c) => c.id)).toContain(want.id);
    // For the SDK, only exported component types may break, at document level, never per operation.
    const sdk = diffDocuments(f.old, f.new, { sdk: true });
    const sdkLoud = sdk.changes.filter((c) => c.level !== 'info');
    for (const c of sdkLoud) {
      expect(c.id).toMatch(/^sdk-component-(removed|renamed)$/);
      expect(c.operation).toBe('');
    }
    const renamed = f.expect.some((e) => e.id === 'component-renamed');
    expect(sdkLoud.some((c) => c.id === 'sdk-component-renamed')).toBe(renamed);
  });
});

describe('breaks deep inside unions, allOf and recursive schemas are found (cases/)', () => {
  it.each(files('cases'))('%s', (name) => {
    const f = readFixture(join(ROOT, 'cases', name));
    const report = diffDocuments(f.old, f.new);
    expect(f.expect.length).toBeGreaterThan(0);
    for (const want of f.expect) {
      const hit = report.changes.some(
        (c) =>
          c.id === want.id &&
          (want.pointer === undefined || c.pointer === want.pointer) &&
          (want.operation === undefined || c.operation === want.operation),
      );
      expect(hit, `${want.id} ${want.pointer ?? ''}\n got: ${JSON.stringify(report.changes, null, 1)}`).toBe(
        true,
      );
    }
    for (const id of f.absent) expect(report.changes.map((c) => c.id)).not.toContain(id);
  });

  it('reports a change in a shared schema once, counting the other operations', () => {
    const f = readFixture(join(ROOT, 'cases', 'shared-schema-deduped.yaml'));
    const report = diffDocuments(f.old, f.new);
    const hits = report.changes.filter((c) => c.id === 'response-property-removed');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(/also in 2 other operations/);
  });

  it('gives the same report, in the same order, on every run', () => {
    const f = readFixture(join(ROOT, 'cases', 'union-member-field-removed.yaml'));
    const a = JSON.stringify(diffDocuments(f.old, f.new));
    const g = readFixture(join(ROOT, 'cases', 'union-member-field-removed.yaml'));
    expect(JSON.stringify(diffDocuments(g.old, g.new))).toBe(a);
  });
});

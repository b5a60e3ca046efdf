import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../generator/diff/index.js';
import { loadIR } from '../../generator/diff/pipeline.js';
import type { Change } from '../../generator/diff/types.js';
import type { IRDocument } from '../../generator/ir/types.js';

/**
 * Real OpenAI spec history: every pair labelled breaking or mixed must report a breaking change
 * at a place the evidence names (a component or a path it mentions); every non-breaking pair
 * must report none. The evidence is read generically, never per pair.
 */
const HISTORY = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs', 'openai', 'history');
const rows = readFileSync(join(HISTORY, 'labels.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [oldId, newId, , , label, evidence] = line.split('\t') as string[];
    return { oldId: oldId!, newId: newId!, label: label!, evidence: evidence! };
  });

/** Component names and paths the evidence mentions that exist in either document. */
function places(evidence: string, a: IRDocument, b: IRDocument): { schemas: string[]; paths: string[] } {
  const words = evidence.match(/[A-Za-z][A-Za-z0-9_]+/g) ?? [];
  const schemas = [...new Set(words)].filter((w) => w in a.schemas || w in b.schemas);
  const paths = [...new Set(evidence.match(/\/[A-Za-z0-9_{}/.-]+/g) ?? [])].map((p) =>
    p.replace(/\{[^}]*\}/g, '{}'),
  );
  return { schemas, paths };
}

function locatedAt(c: Change, where: { schemas: string[]; paths: string[] }): boolean {
  const bySchema = where.schemas.some(
    (s) => c.pointer === `#/components/schemas/${s}` || c.pointer.startsWith(`#/components/schemas/${s}/`),
  );
  const opPath = c.operation.replace(/^[A-Z]+ /, '').replace(/\{[^}]*\}/g, '{}');
  const byPath = where.paths.some(
    (p) => opPath === p || opPath.startsWith(`${p}/`) || opPath.startsWith(`${p}?`),
  );
  return bySchema || byPath;
}

describe('OpenAI spec history (labels.tsv)', () => {
  it('has labelled pairs of each kind', () => {
    const labels = new Set(rows.map((r) => r.label));
    expect([...labels].sort()).toEqual(['breaking', 'mixed', 'non-breaking']);
  });

  it.each(rows.map((r) => [`${r.oldId} → ${r.newId} (${r.label})`, r] as const))('%s', async (_name, row) => {
    const a = await loadIR(join(HISTORY, `${row.oldId}.yaml`));
    const b = await loadIR(join(HISTORY, `${row.newId}.yaml`));
    const report = diffDocuments(a, b);
    const breaking = report.changes.filter((c) => c.level === 'breaking');
    if (row.label === 'non-breaking') {
      expect(breaking, JSON.stringify(breaking.slice(0, 5), null, 1)).toEqual([]);
      return;
    }
    expect(breaking.length).toBeGreaterThan(0);
    const where = places(row.evidence, a, b);
    expect(
      where.schemas.length + where.paths.length,
      'the evidence names no component or path',
    ).toBeGreaterThan(0);
    const located = breaking.filter((c) => locatedAt(c, where));
    expect(
      located.length,
      `no breaking change at ${JSON.stringify(where)}; got ${JSON.stringify(breaking.slice(0, 5), null, 1)}`,
    ).toBeGreaterThan(0);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../generator/diff/index.js';
import { loadIR } from '../../generator/diff/pipeline.js';
import type { Change, DiffReport } from '../../generator/diff/types.js';
import type { IRDocument } from '../../generator/ir/types.js';

/**
 * Spec history: every pair labelled breaking or mixed must report a breaking change at a place
 * the evidence names (a component or a path it mentions); every non-breaking pair must report
 * none. The evidence is read generically, never per pair. Two sets: the real OpenAI history
 * (`../shared/specs/openai/history/`) and small pairs modelled on missed cases
 * (`tests/fixtures/diff/history/`), whose optional `rules` column lists rule ids that must appear.
 */
const HISTORY = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs', 'openai', 'history');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'diff', 'history');

interface Row {
  dir: string;
  oldId: string;
  newId: string;
  label: string;
  evidence: string;
  rules: string[];
}

function readLabels(dir: string): Row[] {
  return readFileSync(join(dir, 'labels.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [oldId, newId, , , label, evidence, , rules] = line.split('\t') as string[];
      return {
        dir,
        oldId: oldId!,
        newId: newId!,
        label: label!,
        evidence: evidence!,
        rules: rules ? rules.split(' ') : [],
      };
    });
}

const rows = readLabels(HISTORY);
const fixtureRows = readLabels(FIXTURES);

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
    await checkPair(row);
  });
});

describe('small history pairs (tests/fixtures/diff/history)', () => {
  it('has a breaking and a non-breaking pair', () => {
    expect(new Set(fixtureRows.map((r) => r.label))).toEqual(new Set(['breaking', 'non-breaking']));
  });

  it.each(fixtureRows.map((r) => [`${r.oldId} → ${r.newId} (${r.label})`, r] as const))(
    '%s',
    async (_name, row) => {
      const report = await checkPair(row);
      for (const id of row.rules) expect(report.changes.map((c) => c.id)).toContain(id);
    },
  );
});

async function checkPair(row: Row): Promise<DiffReport> {
  const a = await loadIR(join(row.dir, `${row.oldId}.yaml`));
  const b = await loadIR(join(row.dir, `${row.newId}.yaml`));
  const report = diffDocuments(a, b);
  const breaking = report.changes.filter((c) => c.level === 'breaking');
  if (row.label === 'non-breaking') {
    expect(breaking, JSON.stringify(breaking.slice(0, 5), null, 1)).toEqual([]);
    return report;
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
  return report;
}

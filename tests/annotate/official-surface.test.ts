/**
 * The OpenAI SDK config must reproduce the official package's call shapes: every row of
 * `official-sdk-surface.tsv` (279 rows, 278 operations) (resource path, method name, positional path-parameter names in
 * order) is checked against the annotated IR of the real spec.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import type { IRDocument, IROperation } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const SPECS = new URL('../../../shared/specs/openai/', import.meta.url);
const CONFIG = new URL('../../spec/openai.sdk.yaml', import.meta.url);

interface Row {
  line: number;
  method: string;
  pathKey: string;
  resource: string[];
  name: string;
  positional: string[];
}

/** `client.beta.threads.runs.retrieve(runID, { ...params })` → resource, method, positional args. */
function parseCall(call: string): Pick<Row, 'resource' | 'name' | 'positional'> {
  const m = /^client\.([\w.]+)\((.*)\)$/.exec(call);
  if (!m) throw new Error(`unexpected call shape: ${call}`);
  const chain = m[1]!.split('.');
  const args = m[2]!
    .replace(/\{[^}]*\}/g, '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return { resource: chain.slice(0, -1), name: chain[chain.length - 1]!, positional: args };
}

function readRows(): Row[] {
  const text = readFileSync(new URL('official-sdk-surface.tsv', SPECS), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line, i) => {
      const [method, pathKey, call] = line.split('\t');
      return { line: i + 2, method: method!.toLowerCase(), pathKey: pathKey!, ...parseCall(call!) };
    });
}

/** The names an operation is exposed under: the primary one and its aliases. */
function shapes(op: IROperation): string[] {
  const n = op.naming!;
  const args = n.pathParams.map((p) => p.argName).join(',');
  return [{ resource: n.resource, method: n.method }, ...(n.aliases ?? [])].map(
    (s) => `${s.resource.join('.')}.${s.method}(${args})`,
  );
}

describe('OpenAI config reproduces the official SDK surface', () => {
  let ir: IRDocument;
  const rows = readRows();

  beforeAll(async () => {
    ir = parseSpec(await loadSpec(new URL('openapi.yaml', SPECS).pathname));
    annotate(ir, await loadSdkConfig(CONFIG.pathname));
  }, 60_000);

  it('the TSV has 279 rows for 278 operations (one operation has a deprecated second name)', () => {
    expect(rows).toHaveLength(279);
    expect(new Set(rows.map((r) => `${r.method} ${r.pathKey}`)).size).toBe(278);
  });

  it('every row matches the annotated IR (resource, method, positional path params)', () => {
    const mismatches: string[] = [];
    let matched = 0;
    for (const row of rows) {
      const op = ir.operations.find((o) => o.method === row.method && o.pathKey === row.pathKey);
      const want = `${row.resource.join('.')}.${row.name}(${row.positional.join(',')})`;
      if (!op) mismatches.push(`line ${row.line}: no operation ${row.method} ${row.pathKey}`);
      else if (!shapes(op).includes(want))
        mismatches.push(`line ${row.line}: want ${want}, got ${shapes(op).join(' | ')}`);
      else matched++;
    }
    console.log(`official surface: ${matched}/${rows.length} rows matched`);
    expect(mismatches).toEqual([]);
    expect(matched).toBe(279);
  });

  it('the operations the official package leaves out still get unique names', () => {
    const listed = new Set(rows.map((r) => `${r.method} ${r.pathKey}`));
    const others = ir.operations.filter((o) => !listed.has(`${o.method} ${o.pathKey}`));
    expect(others).toHaveLength(10);
    const all = ir.operations.flatMap(shapes).map((s) => s.replace(/\(.*$/, ''));
    expect(new Set(all).size).toBe(all.length);
    for (const op of others) expect(op.naming!.method).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });
});

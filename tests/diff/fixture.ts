import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { annotate } from '../../generator/annotate/index.js';
import type { IRDocument, IROperation } from '../../generator/ir/types.js';
import { parseSpec } from '../../generator/parse/index.js';

/** What a fixture says the diff must (and must not) report. */
export interface Expectation {
  id: string;
  pointer?: string;
  operation?: string;
}

/**
 * A diff fixture: one YAML file holding `old` and `new` OpenAPI documents (`openapi` and `info`
 * filled in when absent), the changes that must be reported (`expect`), rule ids that must not
 * be (`absent`), and optional SDK names (`naming: {old|new: {operationId: IRNaming}}`), which
 * come from the SDK config in real runs.
 */
export interface Fixture {
  doc?: string;
  /** `sdk: true`: judge the SDK surface too (`diffDocuments(old, new, { sdk: true })`, `--sdk`). */
  sdk: boolean;
  expect: Expectation[];
  absent: string[];
  old: IRDocument;
  new: IRDocument;
}

function toIR(
  file: string,
  side: 'old' | 'new',
  raw: Record<string, unknown>,
  naming: Record<string, unknown> | undefined,
): IRDocument {
  const document = {
    openapi: '3.1.0',
    info: { title: 'fixture', version: side === 'old' ? '1' : '2' },
    paths: {},
    ...raw,
  };
  const where = `${file}#${side}`;
  const ir = annotate(parseSpec({ document, file: where, sha256: '', locate: () => ({ file: where }) }));
  for (const [id, value] of Object.entries(naming ?? {})) {
    const op = ir.operations.find((o: IROperation) => o.id === id);
    if (!op) throw new Error(`${file}: naming for unknown operation ${id}`);
    op.naming = value as IROperation['naming'];
  }
  return ir;
}

export function readFixture(file: string): Fixture {
  const y = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const naming = (y.naming ?? {}) as Record<'old' | 'new', Record<string, unknown> | undefined>;
  const fixture: Fixture = {
    expect: (y.expect ?? []) as Expectation[],
    absent: (y.absent ?? []) as string[],
    sdk: y.sdk === true,
    old: toIR(file, 'old', y.old as Record<string, unknown>, naming.old),
    new: toIR(file, 'new', y.new as Record<string, unknown>, naming.new),
  };
  if (typeof y.doc === 'string') fixture.doc = y.doc;
  return fixture;
}

import type { IRDocument } from '../../../generator/ir/types.js';
import type { AjvOracle } from './ajv.js';
import type { Case } from './examples.js';
import { mutations } from './mutate.js';
import { hasBinary, sample } from './samples.js';

/** The part of a zod schema the cross-check uses. */
export interface ZodLike {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Where the cross-check finds zod schemas: component exports and the operations map. */
export interface ZodSide {
  component(name: string): ZodLike | undefined;
  operation(id: string, kind: 'response'): ZodLike | undefined;
}

/** One value on which ajv and zod disagree. */
export interface Disagreement {
  id: string;
  pointer: string;
  ajv: boolean;
  zod: boolean;
  ajvErrors: string[];
  zodIssues: string[];
  value: unknown;
  lenient?: boolean;
}

/**
 * Samples for every component: two valid-meant samples (different union variants) and the
 * mutations of the first. Components holding file content are left out (no JSON form); their
 * names are returned so the report can say so.
 */
export function sampleCases(ir: IRDocument): { cases: Case[]; binary: string[] } {
  const cases: Case[] = [];
  const binary: string[] = [];
  for (const [name, named] of Object.entries(ir.schemas)) {
    if (hasBinary(named.schema, ir)) {
      binary.push(name);
      continue;
    }
    const base = { pointer: named.schema.pointer, zod: { component: name } };
    const first = sample(named.schema, ir, 0);
    cases.push({ id: `sample ${name} v0`, ...base, value: first });
    cases.push({ id: `sample ${name} v1`, ...base, value: sample(named.schema, ir, 1) });
    for (const m of mutations(first)) cases.push({ id: `sample ${name} ${m.tag}`, ...base, value: m.value });
  }
  return { cases, binary };
}

/** Runs both validators on every case; returns the totals and the disagreements. */
export function crossCheck(cases: Case[], ajv: AjvOracle, zod: ZodSide) {
  const disagreements: Disagreement[] = [];
  let valid = 0;
  for (const c of cases) {
    const schema = 'component' in c.zod ? zod.component(c.zod.component) : zod.operation(c.zod.operation, c.zod.kind);
    if (!schema) throw new Error(`no zod schema for ${c.id}`);
    const a = ajv.validate(c.pointer, c.value);
    const z = schema.safeParse(c.value);
    if (a.valid) valid++;
    if (a.valid === z.success) continue;
    disagreements.push({
      id: c.id,
      pointer: c.pointer,
      ajv: a.valid,
      zod: z.success,
      ajvErrors: a.errors,
      zodIssues: (z.error?.issues ?? []).slice(0, 3).map((i) => `${i.path.map(String).join('/') || '/'} ${i.message}`),
      value: c.value,
      ...(c.lenient ? { lenient: true } : {}),
    });
  }
  return { total: cases.length, ajvValid: valid, disagreements };
}

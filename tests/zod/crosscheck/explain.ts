import { ajvOracle, type AjvOracle } from './ajv.js';
import type { Disagreement } from './compare.js';
import { applyReadings, READINGS, type Reading } from './readings.js';

/** A disagreement with the reading that explains it (undefined: unexplained). */
export interface Explained extends Disagreement {
  reading?: Reading;
}

/**
 * For each disagreement, the first reading under which ajv (on the document with that reading and
 * all before it applied) agrees with zod. Readings are applied cumulatively, so a case needing two
 * is attributed to the later one. Returns the rewrite counts per reading too.
 */
export function explain(document: unknown, disagreements: Disagreement[]): { explained: Explained[]; rewrites: Record<string, number> } {
  const oracles: AjvOracle[] = [];
  let rewrites: Record<string, number> = {};
  for (let k = 1; k <= READINGS.length; k++) {
    const applied = applyReadings(document, READINGS.slice(0, k));
    oracles.push(ajvOracle(applied.document as Record<string, unknown>));
    rewrites = applied.counts;
  }
  const explained = disagreements.map((d): Explained => {
    const k = oracles.findIndex((o) => o.validate(d.pointer, d.value).valid === d.zod);
    return k < 0 ? d : { ...d, reading: READINGS[k] };
  });
  return { explained, rewrites };
}

import { compareStrings } from '../util/sort.js';
import { LEVELS, type Change, type DiffReport } from './types.js';

/**
 * Turns raw changes into a report: a schema shared by many operations yields one change (under
 * the first operation, with a count of the others), sorted by level, operation, pointer, id.
 */
export function buildReport(raw: readonly Change[]): DiffReport {
  const groups = new Map<string, { change: Change; operations: Set<string> }>();
  for (const c of raw) {
    const key = JSON.stringify([c.id, c.pointer, c.message, c.old, c.new]);
    const g = groups.get(key);
    if (g) g.operations.add(c.operation);
    else groups.set(key, { change: c, operations: new Set([c.operation]) });
  }
  const changes: Change[] = [];
  for (const { change, operations } of groups.values()) {
    const ops = [...operations].sort(compareStrings);
    const others = ops.length - 1;
    const message =
      others > 0
        ? `${change.message} (also in ${others} other operation${others > 1 ? 's' : ''})`
        : change.message;
    changes.push({ ...change, operation: ops[0]!, message });
  }
  changes.sort(
    (a, b) =>
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      compareStrings(a.operation, b.operation) ||
      compareStrings(a.pointer, b.pointer) ||
      compareStrings(a.id, b.id) ||
      compareStrings(a.message, b.message),
  );
  const summary = { breaking: 0, warning: 0, info: 0 };
  for (const c of changes) summary[c.level]++;
  return { summary, changes };
}

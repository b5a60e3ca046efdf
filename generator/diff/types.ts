/** Shapes of a diff report. Plain JSON-serialisable data, like the IR. */

/** How bad a change is for code that uses the generated SDK. */
export type Level = 'breaking' | 'warning' | 'info';

/** Levels from the most to the least severe; also the sort order of a report. */
export const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];

/**
 * Which side of the wire a schema is read on. `request`: the SDK user writes values, so the new
 * schema must accept everything the old one did. `response`: the SDK user reads values, so the
 * new schema must not produce anything the old one could not.
 */
export type Direction = 'request' | 'response';

/** One change between two versions of a spec, as printed in every output format. */
export interface Change {
  /** Rule id from `generator/diff/rules.ts`, e.g. `response-property-removed`. */
  id: string;
  level: Level;
  /**
   * `METHOD /path` of the operation it was found under (the first one, by sort order, for a schema
   * shared by several), `webhook <name>` for webhooks, empty for document-level and SDK-surface
   * changes.
   */
  operation: string;
  /** JSON pointer of the changed node: in the new document, or in the old one when it went away. */
  pointer: string;
  /** One sentence saying what changed, where, and why it matters. */
  message: string;
  /** The old value, short and JSON (a type description, a flag, an enum value). */
  old?: unknown;
  /** The new value, short and JSON. */
  new?: unknown;
}

/** A change found while comparing two schemas: no operation yet (schemas are shared). */
export type SchemaChange = Omit<Change, 'operation' | 'level'>;

export interface DiffSummary {
  breaking: number;
  warning: number;
  info: number;
}

export interface DiffReport {
  summary: DiffSummary;
  /** Sorted by level, operation, pointer, id: the same input always gives the same order. */
  changes: Change[];
  /** With `--sdk` only: the semver verdict over every change. */
  sdk?: { verdict: 'major' | 'minor' | 'patch' };
}

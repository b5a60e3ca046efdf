import type { IRDocument, IRSchema } from '../ir/types.js';
import { levelOf, type RuleId } from './rules.js';
import type { Change, SchemaChange } from './types.js';

export type Side = 'old' | 'new';

/** How a diff is judged. */
export interface DiffOptions {
  /**
   * Also judge the SDK surface from the IR (`--sdk`): exported component types that go away or
   * change name are breaking. Without it the verdict is the wire's alone.
   */
  sdk?: boolean;
}

/** A schema with its `$ref`s followed: the target, the component it came from, and nullability. */
export interface Resolved {
  schema: IRSchema;
  /** The last component name on the way (absent for inline schemas). */
  name?: string;
  /** Nullable anywhere along the ref chain (a nullable `$ref` wrapper counts). */
  nullable: boolean;
}

/** A schema change with a typed rule id (what the schema rules emit). */
export type Found = SchemaChange & { id: RuleId };

/**
 * Shared state of one diff run: both documents, the collected changes, and the memo of schema
 * comparisons between named components so every (old, new, direction) pair is compared once and
 * recursive schemas terminate.
 */
export class DiffContext {
  readonly changes: Change[] = [];
  private readonly memo = new Map<string, Found[]>();
  private readonly active = new Set<string>();

  constructor(
    readonly oldDoc: IRDocument,
    readonly newDoc: IRDocument,
    readonly options: DiffOptions = {},
  ) {}

  doc(side: Side): IRDocument {
    return side === 'old' ? this.oldDoc : this.newDoc;
  }

  /** Follows `{kind: 'ref'}` through `schemas` (chains too); a dangling ref resolves to unknown. */
  resolve(side: Side, schema: IRSchema): Resolved {
    const schemas = this.doc(side).schemas;
    let current = schema;
    let nullable = schema.nullable === true;
    let name: string | undefined;
    for (let hops = 0; current.kind === 'ref' && hops < 64; hops++) {
      name = current.name;
      const target = schemas[current.name]?.schema;
      if (!target) return { schema: { kind: 'unknown', pointer: current.pointer }, name, nullable };
      current = target;
      if (current.nullable) nullable = true;
    }
    return name === undefined ? { schema: current, nullable } : { schema: current, name, nullable };
  }

  /**
   * Runs `compare` once per key and replays its findings afterwards. A key met again while it is
   * being compared (a recursive schema) contributes nothing the second time.
   */
  memoised(key: string, out: Found[], compare: (sink: Found[]) => void): void {
    const done = this.memo.get(key);
    if (done) {
      for (const f of done) out.push(f);
      return;
    }
    if (this.active.has(key)) return;
    this.active.add(key);
    const sink: Found[] = [];
    compare(sink);
    this.active.delete(key);
    this.memo.set(key, sink);
    for (const f of sink) out.push(f);
  }

  /** Records findings under an operation (`METHOD /path`, or '' for document-level changes). */
  report(operation: string, found: readonly Found[]): void {
    for (const f of found) this.changes.push({ ...f, level: levelOf(f.id), operation });
  }

  /** Records one change under an operation. */
  add(operation: string, id: RuleId, pointer: string, message: string, old?: unknown, now?: unknown): void {
    const change: Change = { id, level: levelOf(id), operation, pointer, message };
    if (old !== undefined) change.old = old;
    if (now !== undefined) change.new = now;
    this.changes.push(change);
  }
}

/** Builds a finding, leaving `old`/`new` out when undefined. */
export function found(id: RuleId, pointer: string, message: string, old?: unknown, now?: unknown): Found {
  const f: Found = { id, pointer, message };
  if (old !== undefined) f.old = old;
  if (now !== undefined) f.new = now;
  return f;
}

import type { IRSchema } from '../../ir/types.js';

/**
 * What the zod printer needs from the file it prints into. The printer itself never decides how
 * a component is referenced (directly, lazily, through a namespace): the file does.
 */
export interface ZodPrintContext {
  /** The zod expression for a reference to the component schema `name` (a key of `IRDocument.schemas`). */
  ref(name: string): string;
  /** Looks a component schema up, to see through references (discriminated unions need it). */
  resolve(name: string): IRSchema | undefined;
  /** The zod expression for file content (`format: binary`), whose output is the SDK's upload type. */
  binary(): string;
}

/** Follows `ref` nodes to the schema they name (stops on a cycle of bare references). */
export function deref(schema: IRSchema, ctx: ZodPrintContext): IRSchema {
  const seen = new Set<string>();
  let current = schema;
  while (current.kind === 'ref' && !seen.has(current.name)) {
    seen.add(current.name);
    const next = ctx.resolve(current.name);
    if (!next) return current;
    current = next;
  }
  return current;
}

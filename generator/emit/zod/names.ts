import type { IRDocument } from '../../ir/types.js';
import { RUNTIME_EXPORTS } from '../sdk/context.js';
import { NameRegistry } from '../ts/names.js';

/**
 * The identifier of each component's zod schema: exactly the name `src/types.ts` exports its type
 * under. The SDK emitter claims `typeName ?? key` for every component, in spec order, from one
 * registry that already holds the runtime's exports, the client's name and `default`; doing the
 * same here gives the same names (`Stream` → `Stream2` when a component is called `Stream`).
 */
export function componentIdents(ir: IRDocument, clientName?: string): Map<string, string> {
  const registry = new NameRegistry([...RUNTIME_EXPORTS, ...(clientName ? [clientName] : []), 'default']);
  const out = new Map<string, string>();
  for (const [key, named] of Object.entries(ir.schemas)) out.set(key, registry.claim(named.typeName ?? key));
  return out;
}

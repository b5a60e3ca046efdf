import type { IRSchema } from '../../ir/types.js';
import { compareStrings } from '../../util/sort.js';

/** Names of the component schemas referenced anywhere inside `schema`, sorted. */
export function refsOf(schema: IRSchema): string[] {
  const out = new Set<string>();
  const visit = (node: IRSchema): void => {
    switch (node.kind) {
      case 'ref':
        out.add(node.name);
        return;
      case 'array':
        visit(node.items);
        node.prefixItems?.forEach(visit);
        return;
      case 'object':
        node.properties.forEach((p) => visit(p.schema));
        if (typeof node.additionalProperties === 'object') visit(node.additionalProperties);
        return;
      case 'union':
        node.variants.forEach(visit);
        return;
      case 'intersection':
        node.members.forEach(visit);
        return;
      default:
        return;
    }
  };
  visit(schema);
  return [...out].sort(compareStrings);
}

/**
 * A declaration order in which every component comes after the components it references,
 * except along cycles: depth-first from each component in spec order, post-order. A reference
 * to a component not yet declared at that point must be printed lazily.
 */
export function declarationOrder(schemas: Record<string, { schema: IRSchema }>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.has(name) || !schemas[name]) return;
    state.set(name, 'visiting');
    for (const dep of refsOf(schemas[name].schema)) visit(dep);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(schemas)) visit(name);
  return order;
}

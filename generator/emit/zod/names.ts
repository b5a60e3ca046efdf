import type { IRDocument } from '../../ir/types.js';
import { pascalCase, safeIdentifier } from '../ts/identifiers.js';

/**
 * The identifier of each component's zod schema: the same as its TypeScript type (`typeName`, set
 * by the naming pass). A component without one (naming has not run, e.g. in unit tests) gets the
 * PascalCase of its key, made unique with a numeric suffix.
 */
export function componentIdents(ir: IRDocument): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const named of Object.values(ir.schemas)) {
    if (named.typeName) used.add(named.typeName);
  }
  for (const named of Object.values(ir.schemas)) {
    let ident = named.typeName;
    if (!ident) {
      const base = safeIdentifier(pascalCase(named.name));
      ident = base;
      for (let i = 2; used.has(ident); i++) ident = `${base}${i}`;
      used.add(ident);
    }
    out.set(named.name, ident);
  }
  return out;
}

import type { IRDocument } from '../../../generator/ir/types.js';
import { printType } from '../../../generator/emit/ts/type-printer.js';
import { componentIdents } from '../../../generator/emit/zod/names.js';

/**
 * A stand-in for the package's types module: `export type X = ...` for every component, printed
 * by the real TypeScript type printer (`generator/emit/ts/type-printer.ts`) under the same names
 * the zod emitter uses. Lets the two-way assignability check run on the emitted types.
 */
export function typesModuleSource(ir: IRDocument): string {
  const idents = componentIdents(ir);
  const ctx = {
    ref: (name: string) => idents.get(name) ?? 'never',
    binary: () => 'Uploadable',
    noDocs: true,
  };
  // Globals through `globalThis`: a component may be called `Blob` or `Promise`.
  const lines = ['export type Uploadable = globalThis.Blob | { readonly name: string; arrayBuffer(): globalThis.Promise<ArrayBuffer> };'];
  for (const named of Object.values(ir.schemas)) {
    lines.push(`export type ${idents.get(named.name)} = ${printType(named.schema, ctx)};`);
  }
  return lines.join('\n') + '\n';
}

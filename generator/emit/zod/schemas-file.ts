import type { IRDocument } from '../../ir/types.js';
import { docComment } from '../ts/doc-comment.js';
import { quote } from '../ts/identifiers.js';
import { printComponents } from './components.js';

/** Where the schemas file finds the package's types, relative to itself. */
export interface SchemaImports {
  /** Module exporting every component's TypeScript type under its `typeName`, e.g. `../resources/index.js`. */
  typesModule: string;
  /** Module exporting the upload type used for `format: binary`, e.g. `../core/uploads.js`. */
  uploadModule: string;
  /** Name of that type, e.g. `Uploadable`. */
  uploadType: string;
  /** The client class name: the types module never uses it for a component, so neither do we. */
  clientName?: string;
}

/**
 * Type aliases every schemas file declares. Each export is cast to the SDK type it validates
 * (`as unknown as $Schema<T>`): comparing 1,400 inferred zod types with their SDK types costs tsc
 * ~40 s and 2.7 GB, casting costs ~2 s. `tests/zod` proves `z.infer` and the type equal both ways
 * for every export instead, on the same printed expressions.
 */
export const PRELUDE = `/** A zod schema whose output is exactly the SDK type \`T\`. */
export type $Schema<T> = z.ZodType<T>;
/** An object schema: also usable as a member of a discriminated union. */
export type $ObjectSchema<T> = z.ZodType<T, unknown, z.core.$ZodTypeInternals<T, unknown> & { propValues: z.core.util.PropValues }>;`;

/** The `$binary` schema: file content, anything the SDK accepts as an upload. */
export function binaryDecl(uploadType: string): string {
  return `/** File content (\`format: binary\`): anything the SDK accepts as an upload. */
export const $binary: z.ZodCustom<${uploadType}, ${uploadType}> = z.custom<${uploadType}>((v) => typeof v === 'object' && v !== null, { message: 'expected file content' });`;
}

/**
 * The source of `schemas.ts`: one exported zod schema per component, named like its type and typed
 * as it, declared dependencies-first. Each body is wrapped in `z.lazy`: importing the entry then
 * builds 1,400 small wrappers instead of every schema tree (a schema is built on its first use),
 * and recursion needs no special case.
 */
export function schemasSource(ir: IRDocument, imports: SchemaImports): string {
  // Every body is deferred, so a reference never meets an uninitialised binding: refs are direct.
  const { decls } = printComponents(ir, (ident) => ident, imports.clientName);
  // A spec without component schemas has no types module to import (none is written).
  const lines = [
    `import * as z from 'zod';`,
    ...(decls.length > 0 ? [`import type * as $T from ${quote(imports.typesModule)};`] : []),
    `import type { ${imports.uploadType} } from ${quote(imports.uploadModule)};`,
    '',
    PRELUDE,
    '',
    binaryDecl(imports.uploadType),
    '',
  ];
  for (const d of decls) {
    lines.push(`${docComment(d.doc)}export const ${d.ident} = z.lazy(() => ${d.expr}) as unknown as ${d.alias}<$T.${d.ident}>;\n`);
  }
  return lines.join('\n') + '\n';
}

import type { IRDocument } from '../../../generator/ir/types.js';
import { printComponents } from '../../../generator/emit/zod/components.js';
import { binaryDecl } from '../../../generator/emit/zod/schemas-file.js';

/**
 * A `.ts` file proving, for every component, that `z.infer` of its printed zod expression and the
 * emitted TypeScript type are assignable both ways. References to other components go through the
 * shipped schemas module (`$S.X`, typed as `X`), so each check covers one schema's own structure
 * and trusts the others to their own checks: induction, at the cost of one level of inference.
 * Returns the source and, per component, the line its check starts on (to name failures).
 */
export function checkFileSource(
  ir: IRDocument,
  paths: { schemas: string; types: string; uploads: string; uploadType: string },
): { source: string; lines: Map<number, string> } {
  const { decls, usesBinary } = printComponents(ir, (ident) => `$S.${ident}`);
  const out = [
    `import * as z from 'zod';`,
    `import * as $S from '${paths.schemas}';`,
    `import type * as $T from '${paths.types}';`,
    ...(usesBinary ? [`import type { ${paths.uploadType} } from '${paths.uploads}';`, binaryDecl(paths.uploadType)] : []),
  ];
  const lines = new Map<number, string>();
  for (const d of decls) {
    lines.set(out.length + 1, d.name);
    out.push(
      `const ${d.ident} = ${d.expr};`,
      `export function check_${d.ident}(a: z.infer<typeof ${d.ident}>, b: $T.${d.ident}): void {`,
      `  const toType: $T.${d.ident} = a;`,
      `  const toZod: z.infer<typeof ${d.ident}> = b;`,
      `  void toType, toZod;`,
      `}`,
    );
  }
  return { source: out.join('\n') + '\n', lines };
}

/** The component a diagnostic on 1-based `line` belongs to (the last check starting at or before it). */
export function componentAt(lines: Map<number, string>, line: number): string | undefined {
  let found: string | undefined;
  for (const [start, name] of lines) {
    if (start <= line) found = name;
    else break;
  }
  return found;
}

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateWire } from '../../../generator/annotate/wire/index.js';
import type { IRDocument } from '../../../generator/ir/types.js';
import { loadSpec } from '../../../generator/load/index.js';
import { parseSpec } from '../../../generator/parse/index.js';
import { emitZod, type ZodFile } from '../../../generator/emit/zod/index.js';
import { checkFileSource } from './check-file.js';
import { typesModuleSource } from './types-module.js';

export const OUTPUT = join(import.meta.dirname, '..', '__output__');
export const OPENAI_SPEC = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'specs', 'openai', 'openapi.yaml');
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'zod');

/** The parsed spec with the wire pass run (the request body and query keys `operations.ts` reads). */
export async function loadIR(file: string): Promise<IRDocument> {
  const ir = parseSpec(await loadSpec(file));
  annotateWire(ir);
  return ir;
}

/** What `emitPackage` wrote. */
export interface EmittedPackage {
  dir: string;
  files: ZodFile[];
  /** Absolute path of the assignability check file. */
  checkFile: string;
  /** Check-file line → component name. */
  checkLines: Map<number, string>;
}

/**
 * Writes a minimal package under `tests/zod/__output__/<name>/`: `types.ts` (the TypeScript
 * printer's types, or `typesSource` when given), the zod entry (`zod/*.ts`) and `check.ts`.
 */
export async function emitPackage(name: string, ir: IRDocument, typesSource?: string): Promise<EmittedPackage> {
  const dir = join(OUTPUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'zod'), { recursive: true });
  const files = await emitZod(ir, { dir: 'zod', typesModule: '../types.js', uploadModule: '../types.js', uploadType: 'Uploadable' });
  for (const f of files) writeFileSync(join(dir, f.path), f.contents);
  writeFileSync(join(dir, 'types.ts'), typesSource ?? typesModuleSource(ir));
  const check = checkFileSource(ir, {
    schemas: './zod/schemas.js',
    types: './types.js',
    uploads: './types.js',
    uploadType: 'Uploadable',
  });
  const checkFile = join(dir, 'check.ts');
  writeFileSync(checkFile, check.source);
  return { dir, files, checkFile, checkLines: check.lines };
}

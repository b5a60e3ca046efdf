import type { IRDocument, IRSchema } from '../../generator/ir/types.js';
import type { LoadedSpec } from '../../generator/load/types.js';
import { parseSpec } from '../../generator/parse/index.js';
import { SdkgenError } from '../../generator/errors.js';

/** An in-memory LoadedSpec; `lines` maps pointers to the line `locate` reports. */
export function memorySpec(
  document: Record<string, unknown>,
  lines: Record<string, number> = {},
): LoadedSpec {
  return {
    document,
    file: '<memory>',
    sha256: '0'.repeat(64),
    locate: (pointer) =>
      lines[pointer] !== undefined ? { file: '<memory>', line: lines[pointer] } : { file: '<memory>' },
  };
}

/** A minimal document of the given version with extra top-level fields. */
export function doc(
  version: '3.0.3' | '3.1.0',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { openapi: version, info: { title: 't', version: '1' }, paths: {}, ...extra };
}

/** Parses a document holding the given component schemas. */
export function parseSchemas(
  schemas: Record<string, unknown>,
  version: '3.0.3' | '3.1.0' = '3.1.0',
): IRDocument {
  return parseSpec(memorySpec(doc(version, { components: { schemas } })));
}

/** Parses one schema as component `S` (plus optional siblings) and returns its IR node. */
export function parseOne(
  schema: unknown,
  version: '3.0.3' | '3.1.0' = '3.1.0',
  others: Record<string, unknown> = {},
): IRSchema {
  return parseSchemas({ ...others, S: schema }, version).schemas.S!.schema;
}

/** Runs `fn`, expecting an SdkgenError; returns its diagnostics. */
export function errorsOf(fn: () => unknown): SdkgenError['diagnostics'] {
  try {
    fn();
  } catch (error) {
    if (error instanceof SdkgenError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected an SdkgenError, but nothing was thrown');
}

/** Drops `pointer` fields recursively, so given/want tables can focus on shape. */
export function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'pointer') out[k] = shape(v);
  return out;
}

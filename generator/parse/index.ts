import type { IRDocument } from '../ir/types.js';
import type { LoadedSpec } from '../load/types.js';
import { SdkgenError } from '../errors.js';
import { ParseContext, type ParseOptions } from './context.js';
import { ACCEPTED_VERSIONS, dialectFor } from './dialect.js';
import { parseDocument } from './document.js';

/**
 * The parse stage: a loaded document → IR. Dispatches on `openapi:` (3.0.x / 3.1.x) and throws
 * one `SdkgenError` listing every error found; warnings end up in `IRDocument.diagnostics`.
 */
export function parseSpec(loaded: LoadedSpec, options: ParseOptions = {}): IRDocument {
  const version = loaded.document.openapi;
  const dialect = dialectFor(version);
  if (!dialect) {
    const where = loaded.locate('#/openapi');
    throw new SdkgenError({
      level: 'error',
      stage: 'parse',
      file: where.file,
      ...(where.line !== undefined ? { line: where.line } : {}),
      pointer: '#/openapi',
      message:
        version !== undefined
          ? `unsupported OpenAPI version ${JSON.stringify(version)}`
          : loaded.document.swagger !== undefined
            ? `this is a Swagger ${String(loaded.document.swagger)} document; convert it to OpenAPI 3 first`
            : 'the document has no "openapi" version field',
      expected: ACCEPTED_VERSIONS,
    });
  }
  const ctx = new ParseContext(loaded, dialect, options);
  const ir = parseDocument(ctx, version as string);
  ctx.throwIfErrors();
  return ir;
}

import type { IRDocument } from '../ir/types.js';
import type { SdkConfig } from '../config/types.js';
import { checkOperationKeys } from '../config/operations.js';
import { annotateStreaming } from './streaming.js';
import { annotateMultipart } from './multipart.js';
import { annotatePagination } from './pagination.js';
import { annotateBinary } from './binary.js';
import { annotateWire } from './wire/index.js';
import { annotateNaming } from './naming.js';
import { annotatePolling } from './polling.js';

/** The passes in the order they run; later passes may read earlier annotations. */
export const PASSES = [
  ['streaming', annotateStreaming],
  ['multipart', annotateMultipart],
  ['pagination', annotatePagination],
  ['binary', annotateBinary],
  ['wire', annotateWire],
  ['polling', annotatePolling],
  ['naming', annotateNaming],
] as const satisfies readonly (readonly [string, (ir: IRDocument, config?: SdkConfig) => void])[];

/** The name of an annotate pass. */
export type PassName = (typeof PASSES)[number][0];

export interface AnnotateOptions {
  /** Passes not to run (e.g. `naming`, when only the wire view of the IR matters, as in `sdkgen diff`). */
  skip?: readonly PassName[];
}

/**
 * Runs every annotate pass over the IR (in place) and returns it. `config` is the SDK config
 * (`spec/<name>.sdk.yaml`); without one, every annotation is derived from the spec alone.
 * Bad config (unknown operation, unknown schema) throws an `SdkgenError`. `DEBUG=sdkgen` prints
 * the time of each pass to stderr.
 */
export function annotate(ir: IRDocument, config?: SdkConfig, options: AnnotateOptions = {}): IRDocument {
  checkOperationKeys(ir, config);
  const debug = /\bsdkgen\b/.test(process.env.DEBUG ?? '');
  for (const [name, pass] of PASSES) {
    if (options.skip?.includes(name)) continue;
    const started = debug ? performance.now() : 0;
    pass(ir, config);
    if (debug)
      process.stderr.write(`sdkgen annotate:${name} ${(performance.now() - started).toFixed(1)} ms\n`);
  }
  return ir;
}

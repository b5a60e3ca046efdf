import { annotate } from '../annotate/index.js';
import type { SdkConfig } from '../config/types.js';
import type { IRDocument } from '../ir/types.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';
import { diffDocuments, type DiffOptions } from './index.js';
import { loadIRInWorker, spareCore } from './parallel.js';
import type { DiffReport } from './types.js';

/**
 * One spec file through load → parse → annotate: the IR the diff compares. The naming pass
 * (exported type and method names) only matters to the SDK view, so the wire view skips it.
 */
export async function loadIR(
  file: string,
  config?: SdkConfig,
  options: DiffOptions = {},
): Promise<IRDocument> {
  const ir = parseSpec(await loadSpec(file), { lenientPathParams: true });
  return annotate(ir, config, options.sdk ? {} : { skip: ['naming'] });
}

/**
 * Diffs two spec files (either may be OpenAPI 3.0 or 3.1: parse normalises both). The old version
 * loads on a worker thread while this thread loads the new one when a core is free (see
 * `spareCore`; `parallel` forces either way); when both are bad, the old one's error is reported,
 * as when loading in order.
 */
export async function diffFiles(
  oldFile: string,
  newFile: string,
  config?: SdkConfig,
  options: DiffOptions & { parallel?: boolean } = {},
): Promise<DiffReport> {
  const { parallel = spareCore(), ...judge } = options;
  const other = parallel ? loadIRInWorker(oldFile, config, judge) : Promise.resolve(undefined);
  const [after, before] = await Promise.allSettled([loadIR(newFile, config, judge), other]);
  if (before.status === 'rejected') throw before.reason;
  const old = before.value ?? (await loadIR(oldFile, config, judge));
  if (after.status === 'rejected') throw after.reason;
  return diffDocuments(old, after.value, judge);
}

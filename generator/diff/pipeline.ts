import { annotate, PASSES } from '../annotate/index.js';
import { checkOperationKeys } from '../config/operations.js';
import type { SdkConfig } from '../config/types.js';
import type { IRDocument } from '../ir/types.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';
import { diffDocuments, type DiffOptions } from './index.js';
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
  if (options.sdk) return annotate(ir, config);
  checkOperationKeys(ir, config);
  for (const [name, pass] of PASSES) if (name !== 'naming') pass(ir, config);
  return ir;
}

/** Diffs two spec files (either may be OpenAPI 3.0 or 3.1: parse normalises both). */
export async function diffFiles(
  oldFile: string,
  newFile: string,
  config?: SdkConfig,
  options: DiffOptions = {},
): Promise<DiffReport> {
  const [before, after] = await Promise.all([
    loadIR(oldFile, config, options),
    loadIR(newFile, config, options),
  ]);
  return diffDocuments(before, after, options);
}

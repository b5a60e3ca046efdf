import { annotate } from '../annotate/index.js';
import type { SdkConfig } from '../config/types.js';
import type { IRDocument } from '../ir/types.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';
import { diffDocuments, type DiffOptions } from './index.js';
import type { DiffReport } from './types.js';

/** One spec file through load → parse → annotate: the IR the diff compares. */
export async function loadIR(file: string, config?: SdkConfig): Promise<IRDocument> {
  const ir = parseSpec(await loadSpec(file), { lenientPathParams: true });
  return annotate(ir, config);
}

/** Diffs two spec files (either may be OpenAPI 3.0 or 3.1: parse normalises both). */
export async function diffFiles(
  oldFile: string,
  newFile: string,
  config?: SdkConfig,
  options: DiffOptions = {},
): Promise<DiffReport> {
  const [before, after] = await Promise.all([loadIR(oldFile, config), loadIR(newFile, config)]);
  return diffDocuments(before, after, options);
}

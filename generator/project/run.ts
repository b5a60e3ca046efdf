import { join, relative } from 'node:path';
import { annotate } from '../annotate/index.js';
import { registerLocator } from '../config/errors.js';
import { loadSdkConfig } from '../config/load.js';
import type { SdkConfig } from '../config/types.js';
import { extraEmitters } from '../emit/extra-emitters.js';
import { writePackage } from '../emit/package/write.js';
import { emitPackage } from '../emit/pipeline.js';
import { settingsFrom } from '../emit/settings.js';
import { SdkgenError } from '../errors.js';
import type { Diagnostic, IRDocument } from '../ir/types.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';
import { comparePackage, type CheckResult } from './check.js';
import { resolveInput } from './input.js';
import { inlineSdkLocator } from './load.js';
import { silent, type Progress } from './progress.js';
import type { ResolvedProject } from './types.js';

/** How one run treats its project: the flags of `sdkgen generate`. */
export interface RunOptions {
  /** Compare with the package on disk instead of writing it. */
  check?: boolean;
  /** Overrides the entry's `strict` when set. */
  strict?: boolean;
  /** Overrides the entry's `sourcesOnly` when set. */
  sourcesOnly?: boolean;
  progress?: Progress;
}

export interface RunResult {
  /** The package folder. */
  output: string;
  /** Absolute paths of the files written (or, with `check`, that would be written). */
  files: string[];
  /** With `check`: how the disk differs. */
  check?: CheckResult;
  /** Warnings found (spec and config), not fatal unless strict. */
  warnings: Diagnostic[];
}

/** The SDK config of a project: its `*.sdk.yaml`, or its inline options (client name derived when absent). */
export async function sdkConfigOf(p: ResolvedProject, ir: IRDocument): Promise<SdkConfig | undefined> {
  let config: SdkConfig | undefined;
  if (typeof p.sdk === 'string') config = await loadSdkConfig(p.sdk);
  else if (p.sdk) {
    const client = { name: settingsFrom(ir).clientName, ...p.sdk.client };
    config = { ...p.sdk, client, ...(p.configFile ? { file: p.configFile } : {}) };
    const locate = inlineSdkLocator(p.sdk);
    if (locate) registerLocator(config, locate);
  }
  if (config && p.name) config.client.packageName = p.name;
  return config;
}

/**
 * The one `generate`, shared by the CLI and the programmatic API: spec → load → parse → SDK
 * config → annotate → emit/format/build, then either written atomically to `output` (a failure
 * leaves the previous package as it was) or, with `check`, compared with it and nothing written.
 */
export async function runProject(p: ResolvedProject, options: RunOptions = {}): Promise<RunResult> {
  const { time, note } = options.progress ?? silent;
  const strict = options.strict ?? p.strict;
  const sourcesOnly = options.sourcesOnly ?? p.sourcesOnly;
  const input = await time('source', () => resolveInput(p));
  const loaded = await time('load', () => loadSpec(input.path, strict ? { strict } : {}));
  const parsed = await time('parse', () => parseSpec(loaded, strict ? { strict } : {}));
  const config = p.sdk === undefined ? undefined : await time('config', () => sdkConfigOf(p, parsed));
  note(`${parsed.operations.length} operations, ${Object.keys(parsed.schemas).length} schemas`);
  const ir = await time('annotate', () => annotate(parsed, config));
  const warnings = ir.diagnostics.filter((d) => d.level === 'warning');
  // Strict: config and annotate warnings are errors (load and parse fail on their own), nothing is emitted.
  if (strict && warnings.length > 0) throw new SdkgenError(warnings.map((d) => ({ ...d, level: 'error' as const })));
  const settings = settingsFrom(ir, config);
  if (p.name) settings.packageName = p.name;
  note(`${ir.operations.length} operations`);
  const files = await emitPackage(ir, settings, {
    extra: await extraEmitters(),
    time,
    outDir: p.output,
    build: !sourcesOnly,
  });
  const paths = files.map((f) => join(p.output, f.path));
  if (options.check) {
    note(`${files.length} files`);
    const check = await time('check', () => comparePackage(p.output, files, sourcesOnly));
    return { output: p.output, files: paths, check, warnings };
  }
  note(`${files.length} files into ${relative(process.cwd(), p.output) || '.'}`);
  await time('write', () => writePackage(p.output, files));
  return { output: p.output, files: paths, warnings };
}

/**
 * The programmatic API of sdkgen (`import { generate, diff, defineConfig } from 'sdkgen'`).
 * `generate` is the same code path as `sdkgen generate`; bad input is an `SdkgenError` whose
 * `diagnostics` carry what the CLI prints (file, line, JSON pointer, what was expected).
 */
import { resolve } from 'node:path';
import type { DiffReport } from './diff/types.js';
import { SdkgenError } from './errors.js';
import type { CheckResult } from './project/check.js';
import { checkProjectConfig, resolveEntries } from './project/schema.js';
import type { ResolvedProject, SdkProject } from './project/types.js';
import { toDiagnostics } from './config/validate.js';

export { SdkgenError } from './errors.js';
export { defineConfig } from './project/types.js';
export type { ResolvedProject, SdkgenConfig, SdkOptions, SdkProject } from './project/types.js';
export type { CheckResult } from './project/check.js';
export type { Diagnostic } from './ir/types.js';
export type { DiffReport } from './diff/types.js';

/** Options of `generate` and `check`: one SDK entry of a config; relative paths from `cwd`. */
export interface GenerateOptions extends SdkProject {
  /** Folder relative paths are resolved from (default: `process.cwd()`). */
  cwd?: string;
}

function entry(options: GenerateOptions): ResolvedProject {
  const { cwd, ...project } = options;
  const problems = checkProjectConfig(project);
  if (problems.length > 0) throw new SdkgenError(toDiagnostics(problems, undefined, () => undefined));
  return resolveEntries(project, undefined, resolve(cwd ?? process.cwd()))[0]!;
}

/** Generates the SDK package into `output`; returns the absolute paths of the files written. */
export async function generate(options: GenerateOptions): Promise<string[]> {
  const { runProject } = await import('./project/run.js');
  return (await runProject(entry(options))).files;
}

/** Generates in memory and compares with `output` on disk, writing nothing. */
export async function check(options: GenerateOptions): Promise<CheckResult> {
  const { runProject } = await import('./project/run.js');
  return (await runProject(entry(options), { check: true })).check!;
}

/** Loads a config file (`sdkgen.config.*`): its SDK entries, checked, with absolute paths. */
export async function loadConfig(file: string): Promise<ResolvedProject[]> {
  return (await import('./project/load.js')).loadProjectConfig(file);
}

/** What changed between two versions of a spec, for the SDK's users (`sdkgen diff`). */
export async function diff(
  oldSpec: string,
  newSpec: string,
  options: { sdk?: string } = {},
): Promise<DiffReport> {
  const [{ diffFiles }, { loadSdkConfig }] = await Promise.all([
    import('./diff/pipeline.js'),
    import('./config/load.js'),
  ]);
  return diffFiles(
    oldSpec,
    newSpec,
    options.sdk === undefined ? undefined : await loadSdkConfig(options.sdk),
  );
}

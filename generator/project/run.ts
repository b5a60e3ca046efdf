import { dirname, join, relative } from 'node:path';
import type { Diagnostic } from '../ir/types.js';
import { sha256 as hashContents } from '../load/read.js';
import { comparePackage, type CheckResult } from './check.js';
import { resolveInput } from './input.js';
import { silent, type Progress } from './progress.js';
import {
  hashFile,
  readRun,
  runCacheDir,
  runKey,
  writeRun,
  type Hashes,
  type RunRecord,
} from './run-cache.js';
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
  /** Every local file the package was made from (specs, configs, custom code), absolute, sorted: what `--watch` watches. */
  inputs: string[];
  /** Folders where any new or changed file is an input change (the custom-code folder and its subfolders). */
  inputFolders: string[];
  /** True when every input and the package on disk were unchanged: nothing was generated (`run-cache.ts`). */
  upToDate?: boolean;
}

/** The config files of a run, hashed before it starts (an edit during the run is then a miss next time). */
function configHashes(p: ResolvedProject): Hashes {
  const files = [p.configFile, typeof p.sdk === 'string' ? p.sdk : undefined].filter((f) => f !== undefined);
  return files.map((f) => [f, hashFile(f) ?? '']);
}

/** The input files and folders of a record, absolute, sorted. */
function inputsOf(record: RunRecord): { inputs: string[]; inputFolders: string[] } {
  const custom = record.custom;
  const customFiles = custom ? custom.files.map(([f]) => join(custom.dir, f)) : [];
  const folders = custom ? [custom.dir, ...customFiles.map((f) => dirname(f))] : [];
  return {
    inputs: [...new Set([...record.inputs.map(([f]) => f), ...customFiles])].sort(),
    inputFolders: [...new Set(folders)].sort(),
  };
}

/**
 * The one `generate`, shared by the CLI and the programmatic API: spec → load → parse → SDK
 * config → annotate → emit/format/build (`pipeline.ts`), then either written atomically to
 * `output` (a failure leaves the previous package as it was) or, with `check`, compared with it
 * and nothing written. When every input and the package on disk are as a previous run recorded
 * (`run-cache.ts`), none of that runs: the answer is the record's.
 */
export async function runProject(p: ResolvedProject, options: RunOptions = {}): Promise<RunResult> {
  const { time, note } = options.progress ?? silent;
  const strict = options.strict ?? p.strict;
  const sourcesOnly = options.sourcesOnly ?? p.sourcesOnly;
  const check = options.check === true;
  const input = await time('source', () => resolveInput(p));
  const configs = configHashes(p);
  const cache = runCacheDir();
  const known = new Map([[input.path, input.sha256], ...configs]);
  let key: string | undefined;
  const hit = cache
    ? await time('cache', () =>
        readRun(
          cache,
          (key = runKey(p, { strict, sourcesOnly }, input)),
          p.output,
          { check, sourcesOnly },
          known,
        ),
      )
    : undefined;
  if (hit) {
    const files = hit.output.map(([f]) => join(p.output, f));
    const clean = check ? { check: { added: [], removed: [], changed: [] } } : {};
    return { output: p.output, files, ...clean, warnings: hit.warnings, ...inputsOf(hit), upToDate: true };
  }
  const { generateFiles } = await import('./pipeline.js');
  const generated = await generateFiles(p, input, {
    strict,
    sourcesOnly,
    ...(options.progress ? { progress: options.progress } : {}),
  });
  const { files, warnings } = generated;
  const record: RunRecord = {
    inputs: [...generated.specFiles.map((f): [string, string] => [f.path, f.sha256]), ...configs],
    ...(generated.custom ? { custom: generated.custom } : {}),
    output: [],
    warnings,
  };
  /** Records the run, with the package's hashes (only now: a run with the cache off never hashes it). */
  const remember = (dir: string, at: string): void =>
    writeRun(dir, at, { ...record, output: files.map((f) => [f.path, hashContents(f.contents)]) });
  const paths = files.map((f) => join(p.output, f.path));
  const inputs = inputsOf(record);
  if (check) {
    note(`${files.length} files`);
    const result = await time('check', () => comparePackage(p.output, files, sourcesOnly));
    if (cache && key && result.added.length + result.removed.length + result.changed.length === 0)
      remember(cache, key);
    return { output: p.output, files: paths, check: result, warnings, ...inputs };
  }
  note(`${files.length} files into ${relative(process.cwd(), p.output) || '.'}`);
  const { writePackage } = await import('../emit/package/write.js');
  await time('write', () => writePackage(p.output, files));
  if (cache && key) remember(cache, key);
  return { output: p.output, files: paths, warnings, ...inputs };
}

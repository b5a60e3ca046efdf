import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey } from '../emit/cache.js';
import type { Diagnostic } from '../ir/types.js';
import { cacheDir } from '../load/cache.js';
import { sha256 } from '../load/read.js';
import { isObject } from '../util/json.js';
import type { CustomModule } from '../emit/custom/modules.js';
import { importedPackages, packageFor } from '../emit/custom/packages.js';
import { pruneJsonEntries, writeJsonEntry } from '../util/json-store.js';
import { filesOnDisk } from '../emit/package/on-disk.js';
import { generatorFingerprint } from './fingerprint.js';
import type { ResolvedProject } from './types.js';

/**
 * The whole-run cache ("up to date" check): one entry per run whose every input is known, so a
 * regeneration with nothing changed does no load, parse, emit, format or build. The key covers
 * the generator (`fingerprint.ts`), the project entry (paths, name, inline SDK options, sha256),
 * the options that change the output (strict, sourcesOnly) and the entry spec's bytes. The entry
 * records what is only learned by running — every other file read (external `$ref` targets, the
 * SDK and project config files) and every file under the custom-code folder, each with its
 * sha256 — and the package written (path → sha256). A hit needs all of them to hash the same,
 * and the output folder to hold exactly those files, so a user's edit, addition or deletion there
 * is a miss and a normal run repairs it. Written by temp file + rename; anything unreadable or
 * foreign is a miss; the newest `KEEP` entries are kept. `SDKGEN_NO_CACHE=1` turns it off.
 */
const VERSION = 1;
const KEEP = 32;
const MAX_AGE_MS = 14 * 24 * 3600 * 1000;

/** `[absolute path, sha256]` pairs. */
export type Hashes = [string, string][];

/** What a run records for the next one. */
export interface RunRecord {
  /** Files read besides the entry spec's key: spec files, config files. */
  inputs: Hashes;
  /**
   * The custom-code folder and every file under it (paths relative to it), and the packages its
   * modules import as found from the output folder (`[name, package.json, sha256]`): the custom
   * check read their types, so another version, or another copy found first, is a miss.
   */
  custom?: { dir: string; files: Hashes; packages?: [string, string, string][] };
  /** The package: path inside it → sha256 of the contents. */
  output: Hashes;
  /** Warnings of the run, reported again on a hit. */
  warnings: Diagnostic[];
}

interface Entry extends RunRecord {
  version: number;
  key: string;
}

/** The folder of run entries, or undefined when caching is off. */
export function runCacheDir(): string | undefined {
  const base = cacheDir(undefined);
  return base && join(base, 'runs');
}

/** The key of a run of `p` whose entry spec is `input`. */
export function runKey(
  p: ResolvedProject,
  options: { strict: boolean; sourcesOnly: boolean },
  input: { path: string; sha256: string },
  fingerprint = generatorFingerprint(),
): string {
  const { configFile, ...entry } = p;
  return cacheKey([
    `sdkgen-run-v${VERSION}`,
    fingerprint,
    JSON.stringify(entry),
    configFile ?? '',
    JSON.stringify(options),
    input.path,
    input.sha256,
  ]);
}

/** sha256 of a file, or undefined when it cannot be read. */
export function hashFile(file: string): string | undefined {
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Every regular file under `dir` (paths relative to it, sorted) with its sha256. */
export function hashFolder(dir: string): Hashes {
  return filesOnDisk(dir, false, true)
    .sort()
    .map((rel) => [rel, hashFile(join(dir, rel)) ?? '']);
}

const isPackageRecord = (v: unknown): v is [string, string, string] =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string');

/** The package `name` is still found at the recorded place from `output`, with the same `package.json`. */
function samePackage(output: string, [name, manifest, sha]: [string, string, string]): boolean {
  const found = packageFor(output, name);
  return found !== undefined && join(found.dir, 'package.json') === manifest && hashFile(manifest) === sha;
}

/** `[name, package.json, sha256]` of each package the custom modules import, as found from `output`. */
export function customPackages(output: string, modules: CustomModule[]): [string, string, string][] {
  return importedPackages(modules).flatMap((name): [string, string, string][] => {
    const found = packageFor(output, name);
    const manifest = found && join(found.dir, 'package.json');
    const sha = manifest && hashFile(manifest);
    return manifest && sha ? [[name, manifest, sha]] : [];
  });
}

const isHashes = (v: unknown): v is Hashes =>
  Array.isArray(v) &&
  v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');

/** The same set of files with the same hashes (`hash` reads one file of the set). */
function sameFiles(recorded: Hashes, onDisk: string[], hash: (path: string) => string | undefined): boolean {
  if (recorded.length !== onDisk.length) return false;
  const present = new Set(onDisk);
  return recorded.every(([path, sha]) => present.has(path) && hash(path) === sha);
}

/**
 * The entry of `key` if everything it records still holds: inputs (`known`: hashes already
 * computed this run), custom code, and the package in `output` (`check`: compared as
 * `comparePackage` does, installs and VCS folders left out, `dist/` too when sources only).
 */
export function readRun(
  dir: string,
  key: string,
  output: string,
  mode: { check: boolean; sourcesOnly: boolean },
  known: Map<string, string> = new Map(),
): RunRecord | undefined {
  const file = join(dir, `${key}.json`);
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  if (!isObject(entry) || entry.version !== VERSION || entry.key !== key) return undefined;
  if (!isHashes(entry.inputs) || !isHashes(entry.output) || !Array.isArray(entry.warnings)) return undefined;
  if (
    entry.custom !== undefined &&
    !(isObject(entry.custom) && typeof entry.custom.dir === 'string' && isHashes(entry.custom.files))
  )
    return undefined;
  if (!entry.inputs.every(([path, sha]) => (known.get(path) ?? hashFile(path)) === sha)) return undefined;
  if (entry.custom) {
    const { dir: customDir, files, packages = [] } = entry.custom;
    if (!sameFiles(files, filesOnDisk(customDir, false, true), (rel) => hashFile(join(customDir, rel))))
      return undefined;
    if (!Array.isArray(packages) || !packages.every((p) => isPackageRecord(p) && samePackage(output, p)))
      return undefined;
  }
  // What the write leaves alone (`KEPT_FOLDERS`: an install, version control) is not the package.
  const disk = filesOnDisk(output, mode.check && mode.sourcesOnly);
  if (!sameFiles(entry.output, disk, (rel) => hashFile(join(output, rel)))) return undefined;
  try {
    const now = new Date();
    utimesSync(file, now, now); // marks it used, for `prune`
  } catch {
    // Pruned by another process meanwhile: what it said still holds.
  }
  const { inputs, custom, output: files, warnings } = entry;
  return { inputs, ...(custom ? { custom } : {}), output: files, warnings };
}

/** Stores the record of a run; failures to write are ignored (the cache only ever saves time). */
export function writeRun(dir: string, key: string, record: RunRecord): void {
  writeJsonEntry(join(dir, `${key}.json`), { version: VERSION, key, ...record } satisfies Entry, {
    keep: KEEP,
    maxAgeMs: MAX_AGE_MS,
  });
}

/** Keeps the newest `keep` entries used within 14 days; drops temporary files a killed run left. */
export function prune(dir: string, keep = KEEP): void {
  pruneJsonEntries(dir, { keep, maxAgeMs: MAX_AGE_MS });
}

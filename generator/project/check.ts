import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOnDisk } from '../emit/package/on-disk.js';
import type { GeneratedFile } from '../emit/types.js';
import { compareStrings } from '../util/sort.js';

/** How a package on disk differs from the one generated in memory (paths inside the package). */
export interface CheckResult {
  /** Generated, but not on disk. */
  added: string[];
  /** On disk, but no longer generated. */
  removed: string[];
  /** On both, with different bytes. */
  changed: string[];
}

/**
 * Compares generated files with the package in `dir`, reading only. `skipDist`: the generation
 * left the build out (sources only), so whatever `dist/` holds is not compared.
 */
export function comparePackage(dir: string, files: GeneratedFile[], skipDist = false): CheckResult {
  const generated = new Map(files.map((f) => [f.path, f.contents]));
  const disk = new Set(filesOnDisk(dir, skipDist));
  const result: CheckResult = { added: [], removed: [], changed: [] };
  for (const [path, contents] of generated) {
    if (!disk.has(path)) result.added.push(path);
    else if (!readFileSync(join(dir, path)).equals(Buffer.from(contents))) result.changed.push(path);
  }
  for (const path of disk) if (!generated.has(path)) result.removed.push(path);
  for (const list of Object.values(result)) list.sort(compareStrings);
  return result;
}

/** True when nothing differs. */
export const isClean = (r: CheckResult): boolean =>
  r.added.length + r.removed.length + r.changed.length === 0;

/** `+ path`, `- path`, `~ path` lines, sorted by path. */
export function formatCheck(r: CheckResult): string[] {
  const lines = [
    ...r.added.map((p) => [p, `  + ${p} (added)`]),
    ...r.removed.map((p) => [p, `  - ${p} (removed)`]),
    ...r.changed.map((p) => [p, `  ~ ${p} (changed)`]),
  ] as [string, string][];
  return lines.sort((a, b) => compareStrings(a[0], b[0])).map(([, l]) => l);
}

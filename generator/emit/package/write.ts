import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SdkgenError } from '../../errors.js';
import type { GeneratedFile } from '../types.js';
import { filesOnDisk, KEPT_FOLDERS } from './on-disk.js';

/** The folder holds exactly these files with these contents (and nothing else but `KEPT_FOLDERS`). */
function holdsExactly(dir: string, files: GeneratedFile[]): boolean {
  const onDisk = filesOnDisk(dir, false);
  if (onDisk.length !== files.length) return false;
  const wanted = new Set(files.map((f) => f.path));
  if (!onDisk.every((p) => wanted.has(p))) return false;
  for (const file of files) {
    if (readFileSync(join(dir, file.path), 'utf8') !== file.contents) return false;
  }
  return true;
}

/**
 * Writes a whole package atomically (as far as the file system allows): everything goes to a
 * temporary folder next to `outDir`, which then replaces `outDir` by rename. On failure the
 * temporary folder is removed and the previous package is left as it was. `KEPT_FOLDERS` of the
 * previous package (its `node_modules`, `.git`) move into the new one. A package already on
 * disk byte for byte (a regeneration of an unchanged spec) is left alone: reading it costs a
 * fraction of writing it again and removing the old copy.
 */
export async function writePackage(outDir: string, files: GeneratedFile[]): Promise<void> {
  const target = resolve(outDir);
  if (holdsExactly(target, files)) return;
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  try {
    const dirs = new Set<string>();
    for (const file of files) {
      if (file.path.split('/').some((s) => s === '..' || s === '') || file.path.startsWith('/')) {
        throw new SdkgenError({
          level: 'error',
          stage: 'emit',
          message: `refusing to write outside the package: "${file.path}"`,
          expected: 'a relative path inside the package',
        });
      }
      dirs.add(dirname(join(temp, file.path)));
    }
    // Each folder once (not once per file); synchronous calls: ~1 ms less CPU per file than
    // promise-based ones, and a CLI run has nothing else to do meanwhile.
    for (const dir of [...dirs].sort()) mkdirSync(dir, { recursive: true });
    for (const file of files) writeFileSync(join(temp, file.path), file.contents);
    mkdirSync(dirname(target), { recursive: true });
    const hadOld = existsSync(target);
    // The install and version control of the previous package move into the new one.
    const kept = hadOld ? [...KEPT_FOLDERS].filter((name) => existsSync(join(target, name))) : [];
    try {
      for (const name of kept) renameSync(join(target, name), join(temp, name));
      if (hadOld) renameSync(target, old);
      renameSync(temp, target);
    } catch (error) {
      // Everything back where it was: the previous package with its kept folders.
      if (hadOld && !existsSync(target)) renameSync(old, target);
      for (const name of kept)
        if (existsSync(join(temp, name))) renameSync(join(temp, name), join(target, name));
      throw error;
    }
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

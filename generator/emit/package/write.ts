import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { SdkgenError } from '../../errors.js';
import type { GeneratedFile } from '../types.js';

/** Files written concurrently. */
const WRITE_BATCH = 32;

/**
 * Writes a whole package atomically (as far as the file system allows): everything goes to a
 * temporary folder next to `outDir`, which then replaces `outDir` by rename. On failure the
 * temporary folder is removed and the previous package is left as it was.
 */
export async function writePackage(outDir: string, files: GeneratedFile[]): Promise<void> {
  const target = resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  try {
    const dirs = new Set<string>();
    for (const file of files) {
      if (file.path.split('/').some((s) => s === '..' || s === '') || file.path.startsWith('/')) {
        throw new SdkgenError({ level: 'error', stage: 'emit', message: `refusing to write outside the package: "${file.path}"`, expected: 'a relative path inside the package' });
      }
      dirs.add(dirname(join(temp, file.path)));
    }
    // Each folder once (not once per file), then the files a batch at a time.
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
    for (let i = 0; i < files.length; i += WRITE_BATCH) {
      await Promise.all(files.slice(i, i + WRITE_BATCH).map((file) => writeFile(join(temp, file.path), file.contents)));
    }
    await mkdir(dirname(target), { recursive: true });
    const hadOld = existsSync(target);
    if (hadOld) await rename(target, old);
    try {
      await rename(temp, target);
    } catch (error) {
      if (hadOld) await rename(old, target);
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

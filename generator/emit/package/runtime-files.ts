import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_DIR } from '../../paths.js';
import { compareStrings } from '../../util/sort.js';
import type { GeneratedFile } from '../types.js';

export { RUNTIME_DIR };

/**
 * The hand-written runtime, copied verbatim into `src/<folder>/`. Only the folders listed
 * are copied: `core` has no dependencies; `realtime` needs `ws` and is left out until the
 * package may declare it as an optional peer.
 */
export function runtimeFiles(folders: readonly string[] = ['core']): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const folder of folders) {
    const dir = join(RUNTIME_DIR, folder);
    for (const name of readdirSync(dir).sort(compareStrings)) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      files.push({ path: `src/${folder}/${name}`, contents: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return files;
}

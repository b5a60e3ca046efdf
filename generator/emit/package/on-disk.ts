import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Top-level folders of a package folder that are never generated and survive a regeneration: an
 * install (`npm i` inside the package) and version control. Neither written nor compared.
 */
export const KEPT_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * The files of a package folder (`/`-separated paths inside it), `KEPT_FOLDERS` left out.
 * `skipDist`: leave `dist/` out. `everything`: every regular file, `KEPT_FOLDERS` included.
 */
export function filesOnDisk(dir: string, skipDist: boolean, everything = false): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!everything && folder === dir && KEPT_FOLDERS.has(entry.name)) continue;
        if (skipDist && folder === dir && entry.name === 'dist') continue;
        walk(full);
      } else if (!everything || entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheKey } from '../emit/cache.js';
import { GENERATOR_DIR, PACKAGE_ROOT, TEMPLATES_DIR } from '../paths.js';

/**
 * What identifies "this generator" for the whole-run cache (`run-cache.ts`): the path, size and
 * mtime of every file under the running modules' folder (`generator/` through tsx, or the
 * compiled `dist/`) and `templates/` (runtime included), sdkgen's `package.json` bytes (its
 * version and dependency ranges), the installed version of each dependency, and Node's version.
 *
 * Size + mtime rather than content: stat-ing the ~500 files costs a few milliseconds where
 * reading and hashing them costs tens, and any edit, `git checkout` or rebuild moves an mtime
 * (a false miss at worst, never a false hit in practice). npm gives installed files one fixed
 * mtime, so an installed sdkgen is told apart by the version in `package.json`, which is hashed.
 * Computed once per process: the modules running do not change while it runs.
 */
let memo: string | undefined;

/** The fingerprint of the running sdkgen (memoized). */
export function generatorFingerprint(): string {
  return (memo ??= fingerprintOf([GENERATOR_DIR, TEMPLATES_DIR], PACKAGE_ROOT));
}

/** The fingerprint of the files under `roots` and of the package at `packageRoot` (not memoized). */
export function fingerprintOf(roots: string[], packageRoot: string): string {
  const parts = [`node ${process.version}`];
  for (const root of roots) {
    parts.push(`root ${root}`);
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(file);
      parts.push(`${file} ${size} ${mtimeMs}`);
    }
  }
  const manifest = join(packageRoot, 'package.json');
  const bytes = existsSync(manifest) ? readFileSync(manifest, 'utf8') : '';
  parts.push(bytes);
  let dependencies: Record<string, string> = {};
  try {
    dependencies = (JSON.parse(bytes) as { dependencies?: Record<string, string> }).dependencies ?? {};
  } catch {
    // No readable manifest: the files above still identify the generator.
  }
  for (const name of Object.keys(dependencies).sort())
    parts.push(`${name}@${installedVersion(name, packageRoot)}`);
  return cacheKey(parts.sort());
}

/** The version of dependency `name` as Node would find it from `from` (nearest `node_modules`). */
function installedVersion(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?';
      } catch {
        return '?';
      }
    }
    if (dirname(dir) === dir) return 'missing';
  }
}

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageCacheDir } from '../paths.js';

const CACHE_ROOT = packageCacheDir('emit');
/** Entries kept per cache folder; the least recently written beyond this are pruned. */
const MAX_ENTRIES = 20_000;

/** The folder of one kind of cached step, e.g. `.cache/emit/format`. */
export function emitCacheDir(kind: string): string {
  return join(CACHE_ROOT, kind);
}

/** sha256 over the parts (NUL-separated): the step name, tool versions and options, the input. */
export function cacheKey(parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * A content-addressed cache for pure text → text steps (the whole build): a hit is exactly
 * what the step would have produced, so it only makes regeneration after a small spec change
 * cheap. `SDKGEN_NO_CACHE=1` bypasses it (cold runs, benchmarks).
 */
export class TextCache {
  private writes = 0;

  /** Read at each use, so `--no-cache` (which sets `SDKGEN_NO_CACHE`) works after this module loaded. */
  private get disabled(): boolean {
    return process.env.SDKGEN_NO_CACHE === '1';
  }

  /** Whether the cache is in use: callers skip computing a key (hashing megabytes) when it is not. */
  get enabled(): boolean {
    return !this.disabled;
  }

  /** `maxEntries`: entries kept (default `MAX_ENTRIES`); a cache of large entries keeps few. */
  constructor(
    private readonly dir: string,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  get(key: string): string | undefined {
    if (this.disabled) return undefined;
    try {
      return readFileSync(join(this.dir, key), 'utf8');
    } catch {
      return undefined;
    }
  }

  set(key: string, value: string): void {
    if (this.disabled) return;
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, key);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, value);
    renameSync(temp, file);
    this.writes++;
  }

  /** Drops the oldest entries when the folder holds more than `MAX_ENTRIES` (checked now and then). */
  prune(): void {
    if (this.disabled || this.writes < Math.min(500, Math.ceil(this.maxEntries / 10))) return;
    this.writes = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => !n.endsWith('.tmp'));
    } catch {
      return;
    }
    if (names.length <= this.maxEntries) return;
    const byAge = names.map((n) => ({ n, t: statSync(join(this.dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
    for (const { n } of byAge.slice(0, names.length - this.maxEntries)) rmSync(join(this.dir, n), { force: true });
  }
}

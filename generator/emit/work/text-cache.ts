import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Content-hash cache of formatted sources: one file per entry under
 * `node_modules/.cache/sdkgen/<kind>/`, named by the sha256 of everything the output depends on
 * (tool version, options, input text), so an unchanged input is never processed twice. Entries
 * are written to a temporary file and renamed, so a reader never sees half an entry; an
 * unreadable entry is a miss. `SDKGEN_NO_CACHE=1` turns it off, `SDKGEN_CACHE_DIR` moves it.
 * Deleting the folder is always safe.
 */
const MAX_ENTRIES = 20_000;

export function workCacheDir(kind: string): string | undefined {
  if (process.env.SDKGEN_NO_CACHE === '1') return undefined;
  const base = process.env.SDKGEN_CACHE_DIR
    ? resolve(process.env.SDKGEN_CACHE_DIR)
    : join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'sdkgen');
  return join(base, kind);
}

/** sha256 over the parts, each followed by a NUL (so `['ab','c']` and `['a','bc']` differ). */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
}

export class HashCache {
  private written = 0;
  constructor(private readonly dir: string | undefined) {}

  get(key: string): string | undefined {
    if (!this.dir) return undefined;
    try {
      return readFileSync(join(this.dir, key), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Stores an entry; failures are ignored (the cache only ever saves time). */
  set(key: string, text: string): void {
    if (!this.dir) return;
    const target = join(this.dir, key);
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (this.written++ === 0) mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, text);
      renameSync(temporary, target);
    } catch {
      rmSync(temporary, { force: true });
    }
  }

  /** After a run that wrote entries: keeps the newest `MAX_ENTRIES` (by mtime). */
  prune(): void {
    if (!this.dir || this.written === 0) return;
    try {
      const names = readdirSync(this.dir);
      if (names.length <= MAX_ENTRIES) return;
      const entries = names.map((name) => ({ name, time: statSync(join(this.dir!, name)).mtimeMs })).sort((a, b) => b.time - a.time);
      for (const { name } of entries.slice(MAX_ENTRIES)) rmSync(join(this.dir, name), { force: true });
    } catch {
      // Another process pruned meanwhile.
    }
  }
}

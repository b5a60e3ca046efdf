import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How many `.json` entries a cache folder keeps, and for how long an unused one stays. */
export interface Retention {
  keep: number;
  maxAgeMs: number;
}

/**
 * Writes `value` as JSON to `target` through a temporary file and a rename (a reader never sees
 * half an entry), then prunes its folder. Failures are ignored: a cache only ever saves time.
 */
export function writeJsonEntry(target: string, value: unknown, retention: Retention): void {
  const dir = dirname(target);
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, target);
    pruneJsonEntries(dir, retention);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/**
 * Keeps the newest `keep` `.json` entries used within `maxAgeMs` (readers touch what they use);
 * drops temporary files a killed run left (older than an hour).
 */
export function pruneJsonEntries(dir: string, { keep, maxAgeMs }: Retention): void {
  const now = Date.now();
  const files = readdirSync(dir).map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }));
  for (const { name, time } of files)
    if (name.endsWith('.tmp') && time < now - 3600_000) rmSync(join(dir, name), { force: true });
  files
    .filter(({ name }) => name.endsWith('.json'))
    .sort((a, b) => b.time - a.time)
    .forEach(({ name, time }, i) => {
      if (i >= keep || time < now - maxAgeMs) rmSync(join(dir, name), { force: true });
    });
}

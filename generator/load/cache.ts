import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { isObject, type JsonObject } from '../util/json.js';
import { writeJsonEntry } from '../util/json-store.js';
import { sha256 } from './read.js';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * Content-hash cache of loaded documents. The key is the entry file's sha256 and the cache
 * version; the entry records the sha256 of every other file the document was merged from
 * (paths relative to the entry's folder), and each of them is re-hashed before the entry is
 * used, so an edit anywhere is a miss. The key also covers the loader's own source and the
 * `yaml` version, so a change to how documents are loaded is a miss too. Entries are written to a temporary file and renamed,
 * so a reader never sees half an entry; any unreadable entry is a miss. Deleting the folder is
 * always safe.
 */
const CACHE_VERSION = 1;

/** After each write, entries beyond the newest `KEEP` or unused for `MAX_AGE_MS` are removed. */
const KEEP = 64;
const MAX_AGE_MS = 14 * 24 * 3600 * 1000;

export interface CachedLoad {
  document: JsonObject;
  /** `[pointer in document, file (absolute), pointer in file]`. */
  sources: [string, string, string][];
  /** Every file read (the entry first), absolute, with its sha256: filled in by `readCache`. */
  files?: { path: string; sha256: string }[];
}

interface CacheFile {
  version: number;
  entrySha: string;
  deps: [string, string][];
  document: JsonObject;
  sources: [string, string, string][];
}

/** The cache folder in use, or undefined when caching is off (`cache: false`, `SDKGEN_NO_CACHE=1`). */
export function cacheDir(option: string | false | undefined): string | undefined {
  if (option === false || process.env.SDKGEN_NO_CACHE === '1') return undefined;
  if (option) return resolve(option);
  if (process.env.SDKGEN_CACHE_DIR) return resolve(process.env.SDKGEN_CACHE_DIR);
  return join(PACKAGE_ROOT, 'node_modules', '.cache', 'sdkgen');
}

let loader: string | undefined;

/** sha256 of the cache version, the `yaml` version and the source of `load/` and `util/`. */
function loaderVersion(): string {
  if (loader) return loader;
  const hash = createHash('sha256').update(`sdkgen-load-v${CACHE_VERSION}\0`);
  const yaml = createRequire(import.meta.url)('yaml/package.json') as { version: string };
  hash.update(`yaml@${yaml.version}\0`);
  for (const dir of [import.meta.dirname, join(import.meta.dirname, '..', 'util')]) {
    for (const name of readdirSync(dir).sort()) {
      if (/\.[cm]?[jt]s$/.test(name)) hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
    }
  }
  return (loader = hash.digest('hex'));
}

function entryFile(dir: string, entrySha: string): string {
  return join(dir, `${sha256(`${loaderVersion()}\0${entrySha}`)}.json`);
}

/** The cached load of `entryPath` (whose bytes hash to `entrySha`), if still valid. */
export function readCache(dir: string, entryPath: string, entrySha: string): CachedLoad | undefined {
  let cached: CacheFile;
  try {
    cached = JSON.parse(readFileSync(entryFile(dir, entrySha), 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (!isObject(cached) || cached.version !== CACHE_VERSION || cached.entrySha !== entrySha) return undefined;
  if (!Array.isArray(cached.deps) || !Array.isArray(cached.sources) || !isObject(cached.document))
    return undefined;
  const base = dirname(entryPath);
  const files = [{ path: entryPath, sha256: entrySha }];
  for (const [file, sha] of cached.deps) {
    files.push({ path: resolve(base, file), sha256: sha });
    try {
      if (sha256(readFileSync(resolve(base, file))) !== sha) return undefined;
    } catch {
      return undefined;
    }
  }
  const sources = cached.sources.map(([at, file, pointer]): [string, string, string] => [
    at,
    file === '' ? entryPath : resolve(base, file),
    pointer,
  ]);
  try {
    const now = new Date();
    utimesSync(entryFile(dir, entrySha), now, now); // marks it used, for `prune`
  } catch {
    // Another process pruned it meanwhile: the loaded content is still valid.
  }
  return { document: cached.document, sources, files };
}

/** Stores a load; failures to write are ignored (the cache only ever saves time). */
export function writeCache(
  dir: string,
  entry: { path: string; sha256: string },
  deps: { path: string; sha256: string }[],
  load: CachedLoad,
): void {
  const base = dirname(entry.path);
  const rel = (file: string): string => (file === entry.path ? '' : relative(base, file));
  const content: CacheFile = {
    version: CACHE_VERSION,
    entrySha: entry.sha256,
    deps: deps.filter((d) => d.path !== entry.path).map((d) => [rel(d.path), d.sha256]),
    document: load.document,
    sources: load.sources.map(([at, file, pointer]) => [at, rel(file), pointer]),
  };
  writeJsonEntry(entryFile(dir, entry.sha256), content, { keep: KEEP, maxAgeMs: MAX_AGE_MS });
}

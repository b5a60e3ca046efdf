import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SdkgenError } from '../errors.js';
import { bundle } from './bundle.js';
import { cacheDir, readCache, writeCache } from './cache.js';
import { makeLocator } from './locate.js';
import { parseText, sha256 } from './read.js';
import type { LoadedSpec, LoadOptions } from './types.js';
import { validate } from './validate.js';

export type { LoadedSpec, LoadOptions } from './types.js';

/**
 * Loads a spec file (YAML or JSON): merges external `$ref`s in (see `bundle.ts`), checks the
 * document's structure and that every local `$ref` resolves (see `validate.ts`), and caches the
 * result by content hash (see `cache.ts`), so a warm load is one `JSON.parse`.
 * Throws `SdkgenError` (file, line, JSON pointer, expected) on bad input.
 */
export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const path = resolve(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SdkgenError({
      level: 'error',
      stage: 'load',
      file: path,
      message: `cannot read spec file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      expected: 'an existing, readable YAML or JSON file',
    });
  }
  const hash = sha256(bytes);
  const dir = cacheDir(options.cache);
  const cached = dir ? readCache(dir, path, hash) : undefined;
  if (cached)
    return { document: cached.document, file: path, sha256: hash, locate: makeLocator(cached.sources), files: cached.files };

  const text = bytes.toString('utf8');
  const merged = bundle({ path, sha256: hash, text, value: parseText(path, text) });
  const locate = makeLocator(merged.sources);
  const warnings = validate(merged.document, merged.localRefs, locate, { strict: options.strict });
  // A repaired document is not cached: its warnings must be reported on every run.
  if (dir && warnings.length === 0)
    writeCache(dir, { path, sha256: hash }, merged.files, {
      document: merged.document,
      sources: merged.sources,
    });
  const files = merged.files.map((f) => ({ path: f.path, sha256: f.sha256 }));
  return { document: merged.document, file: path, sha256: hash, locate, files, ...(warnings.length ? { warnings } : {}) };
}

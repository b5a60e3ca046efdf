import { resolve } from 'node:path';
import { cacheKey, emitCacheDir, TextCache } from '../cache.js';
import type { GeneratedFile } from '../types.js';
import { buildFiles } from './build-files.js';
import { nativeVersions } from './native.js';

/** Whole builds are large (~5 MB for OpenAI): a few are kept. */
const buildCache = new TextCache(emitCacheDir('build'), 8);

/**
 * ESM under `dist/esm`, CommonJS under `dist/cjs`, each with `.d.ts` beside the `.js`
 * (`build-files.ts`). A build of exactly the same sources for the same folder is taken whole
 * from the cache (`SDKGEN_NO_CACHE=1`: never); any change builds everything again (natively,
 * ~0.3 s CPU for the OpenAI package: per-file caches would cost about as much as they save).
 */
export async function buildPackage(sources: GeneratedFile[], pkgDir: string): Promise<GeneratedFile[]> {
  const key = buildCache.enabled ? buildKey(sources, pkgDir) : undefined;
  const hit = key === undefined ? undefined : buildCache.get(key);
  if (hit !== undefined) {
    try {
      return JSON.parse(hit) as GeneratedFile[];
    } catch {
      // An unreadable entry is a miss.
    }
  }
  const out = await buildFiles(sources, pkgDir);
  if (key !== undefined) {
    buildCache.set(key, JSON.stringify(out.map((f) => ({ path: f.path, contents: f.contents }))));
    buildCache.prune();
  }
  return out;
}

function buildKey(sources: GeneratedFile[], pkgDir: string): string {
  const parts = ['build-v2', nativeVersions(), resolve(pkgDir)];
  for (const f of sources) {
    if (f.path.startsWith('src/') && f.path.endsWith('.ts')) {
      parts.push(f.path, `${f.typesOnly ? 't' : ''}${f.isolatedDeclarations ? 'i' : ''}`, f.contents);
    }
  }
  return cacheKey(parts);
}

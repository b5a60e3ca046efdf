import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cacheKey, emitCacheDir, TextCache } from '../cache.js';
import type { GeneratedFile } from '../types.js';

/** Whole builds are large (~5 MB for OpenAI): a few are kept. */
const buildCache = new TextCache(emitCacheDir('build'), 8);

let tsVersion: string | undefined;
const typescriptVersion = (): string =>
  (tsVersion ??= (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version);

/**
 * ESM under `dist/esm`, CommonJS under `dist/cjs`, each with `.d.ts` beside the `.js`
 * (`build-files.ts`). A build of exactly the same sources for the same folder is taken whole
 * from the cache, without loading TypeScript at all (loading it costs more CPU than the rest of
 * a warm regeneration); any change builds per file, where each file's outputs are cached again.
 */
export async function buildPackage(sources: GeneratedFile[], pkgDir: string): Promise<GeneratedFile[]> {
  const parts = ['build-v1', typescriptVersion(), resolve(pkgDir)];
  for (const f of sources) {
    if (f.path.startsWith('src/') && f.path.endsWith('.ts')) {
      parts.push(f.path, `${f.typesOnly ? 't' : ''}${f.isolatedDeclarations ? 'i' : ''}`, f.contents);
    }
  }
  const key = cacheKey(parts);
  const hit = buildCache.get(key);
  if (hit !== undefined) {
    try {
      return JSON.parse(hit) as GeneratedFile[];
    } catch {
      // An unreadable entry is a miss.
    }
  }
  const { buildFiles } = await import('./build-files.js');
  const out = await buildFiles(sources, pkgDir);
  buildCache.set(key, JSON.stringify(out.map((f) => ({ path: f.path, contents: f.contents }))));
  buildCache.prune();
  return out;
}

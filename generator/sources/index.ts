import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SdkgenError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { cachedSpecFile, resolveInput } from '../project/input.js';
import { readSources, SOURCES_FILE, unknownSpecId, type SpecSource } from './config.js';

export type { SpecSource } from './config.js';
export { unknownSpecId } from './config.js';

export interface ResolveSpecOptions {
  /** The `id` of an entry of the root `sdkgen.config.yaml`, e.g. `openai`. */
  specId?: string;
  /** An explicit spec file (relative to the working directory); wins over the id. */
  specPath?: string;
  /** Folder of that `sdkgen.config.yaml` and of the download cache `.cache/specs/` (default: sdkgen's root). */
  root?: string;
}

export interface ResolvedSpec {
  /** Absolute path of the spec file to load. */
  path: string;
  /** sha256 of its bytes (checked against the entry's when there is one to check). */
  sha256: string;
  /** How it was found. */
  from: 'explicit' | 'configured' | 'cache';
  /** The entry used, when the spec came from (or is the configured file of) one. */
  source?: SpecSource;
}

function fail(message: string, expected: string, file?: string): never {
  throw new SdkgenError({ level: 'error', stage: 'source', ...(file ? { file } : {}), message, expected });
}

/** The download cache file of a source: `<root>/.cache/specs/<sha256>.<ext>`. */
export function cachedSpecPath(root: string, source: Pick<SpecSource, 'sha256' | 'url' | 'path'>): string {
  return cachedSpecFile(source.sha256 ?? 'unknown', source.url ?? source.path ?? '', root);
}

/**
 * Finds a spec of this repository's config by id (the same resolution `sdkgen generate` does for
 * a config entry: the path, then the download cache, the sha256 checked), or an explicit path
 * (checked only when it is the configured file of an entry).
 */
export async function resolveSpec(options: ResolveSpecOptions): Promise<ResolvedSpec> {
  const root = resolve(options.root ?? PACKAGE_ROOT);
  const file = join(root, SOURCES_FILE);
  const sources =
    options.specId !== undefined || existsSync(file) ? readSources(file) : new Map<string, SpecSource>();
  const ids = [...sources.keys()];
  const unknown = (id: string): never => {
    const { message, expected } = unknownSpecId(id, ids);
    return fail(message, expected, file);
  };
  const byId = (id: string): SpecSource => sources.get(id) ?? unknown(id);
  const found = async (s: SpecSource, explicit: boolean): Promise<ResolvedSpec> => {
    const r = await resolveInput(s.project, root);
    return {
      path: r.path,
      sha256: r.sha256,
      from: explicit ? 'explicit' : r.from === 'cache' ? 'cache' : 'configured',
      source: s,
    };
  };
  if (options.specPath !== undefined) {
    const path = resolve(options.specPath);
    if (!existsSync(path))
      fail(`spec file not found: ${path}`, 'a path to an existing OpenAPI YAML or JSON file', path);
    const candidates = options.specId !== undefined ? [byId(options.specId)] : [...sources.values()];
    const match = candidates.find((s) => s.path === path);
    if (match) return found(match, true);
    return { path, sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), from: 'explicit' };
  }
  if (options.specId === undefined)
    fail('no spec given', `a spec file (--spec FILE) or a spec id (--spec-id ${ids.join(' | ') || 'ID'})`);
  return found(byId(options.specId), false);
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { SdkgenError } from '../errors.js';
import { readSources, type SpecSource } from './config.js';

export type { SpecSource } from './config.js';

export interface ResolveSpecOptions {
  /** An id of `spec/sources.yaml`, e.g. `openai`. */
  specId?: string;
  /** An explicit spec file (relative to the working directory); wins over the id. */
  specPath?: string;
  /** Repository root that `spec/sources.yaml`, its paths and `.cache/specs/` are relative to. */
  root?: string;
}

export interface ResolvedSpec {
  /** Absolute path of the spec file to load. */
  path: string;
  /** sha256 of its bytes (checked against the sources entry when there is one to check). */
  sha256: string;
  /** How it was found. */
  from: 'explicit' | 'configured' | 'cache';
  /** The sources entry used, when the spec came from (or matches) one. */
  source?: SpecSource;
}

const defaultRoot = join(import.meta.dirname, '..', '..');

function fail(message: string, expected: string, file?: string, pointer?: string): never {
  throw new SdkgenError({
    level: 'error',
    stage: 'source',
    ...(file ? { file } : {}),
    ...(pointer ? { pointer } : {}),
    message,
    expected,
  });
}

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The download cache file for a source: `.cache/specs/<sha256>.<ext>`. */
export function cachedSpecPath(root: string, source: SpecSource): string {
  const from = source.url ? new URL(source.url).pathname : (source.path ?? '');
  return join(root, '.cache', 'specs', `${source.sha256}${extname(from) || '.yaml'}`);
}

function checked(path: string, source: SpecSource, from: ResolvedSpec['from'], root: string): ResolvedSpec {
  const actual = hashOf(path);
  if (actual !== source.sha256) {
    const fetch = source.url ? ` or fetch ${source.url} into ${cachedSpecPath(root, source)}` : '';
    fail(
      `spec "${source.id}" at ${path} has sha256 ${actual}, but spec/sources.yaml expects ${source.sha256}. ` +
        `Restore the original file${fetch}; if the change is intended, update sha256 in spec/sources.yaml`,
      `sha256 ${source.sha256}`,
      path,
    );
  }
  return { path, sha256: actual, from, source };
}

/**
 * Finds the spec to build: an explicit path wins (its hash is checked only when it is the
 * configured path of a source), then the source's configured `path`, then the download cache
 * `.cache/specs/<sha256>.<ext>`. A missing spec or a wrong hash fails saying what to do.
 */
export async function resolveSpec(options: ResolveSpecOptions): Promise<ResolvedSpec> {
  const root = resolve(options.root ?? defaultRoot);
  const sourcesFile = join(root, 'spec', 'sources.yaml');
  const sources =
    options.specId !== undefined || existsSync(sourcesFile)
      ? readSources(sourcesFile)
      : new Map<string, SpecSource>();
  const byId = (id: string): SpecSource =>
    sources.get(id) ??
    fail(
      `unknown spec id "${id}"`,
      `one of: ${[...sources.keys()].join(', ') || '(none configured)'}`,
      sourcesFile,
    );
  const configuredPath = (s: SpecSource): string | undefined => (s.path ? resolve(root, s.path) : undefined);

  if (options.specPath !== undefined) {
    const path = resolve(options.specPath);
    if (!existsSync(path))
      fail(`spec file not found: ${path}`, 'a path to an existing OpenAPI YAML or JSON file', path);
    const candidates = options.specId !== undefined ? [byId(options.specId)] : [...sources.values()];
    const match = candidates.find((s) => configuredPath(s) === path);
    return match ? checked(path, match, 'explicit', root) : { path, sha256: hashOf(path), from: 'explicit' };
  }
  if (options.specId === undefined) {
    fail(
      'no spec given',
      `a spec file (--spec FILE) or a spec id (--spec-id ${[...sources.keys()].join(' | ') || 'ID'})`,
    );
  }
  const source = byId(options.specId);
  const local = configuredPath(source);
  if (local && existsSync(local)) return checked(local, source, 'configured', root);
  const cached = cachedSpecPath(root, source);
  if (existsSync(cached)) return checked(cached, source, 'cache', root);
  const looked = [local, cached]
    .filter(Boolean)
    .map((p) => relative(process.cwd(), p!) || p)
    .join(' and ');
  const todo = source.url
    ? `Fetch it: curl -fL ${source.url} -o ${cached}`
    : `Put the file at ${local ?? cached}`;
  return fail(
    `spec "${source.id}" not found (looked at ${looked}). ${todo}`,
    `a file with sha256 ${source.sha256}`,
    sourcesFile,
    `#/${source.id}`,
  );
}

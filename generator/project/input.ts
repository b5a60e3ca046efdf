import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { SdkgenError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { isUrl } from './schema.js';
import type { ResolvedProject } from './types.js';

/** The spec file to load for a project entry, and the sha256 of its bytes. */
export interface ResolvedInput {
  path: string;
  sha256: string;
  /** `path`, `url` (fetched) or `cache` (the download cache, for a missing local path). */
  from: 'path' | 'url' | 'cache';
}

/** A path as the user would type it: relative to the working folder when inside it. */
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** Where fetched specs are kept: `.cache/specs/` of sdkgen (`SDKGEN_CACHE_DIR/specs` when set). */
export function specCacheDir(root?: string): string {
  if (root) return join(root, '.cache', 'specs');
  return process.env.SDKGEN_CACHE_DIR
    ? join(process.env.SDKGEN_CACHE_DIR, 'specs')
    : join(PACKAGE_ROOT, '.cache', 'specs');
}

/** The cache file of a spec with a known hash: `<cache>/<sha256>.<ext of the url or path>`. */
export function cachedSpecFile(sha: string, from: string, root?: string): string {
  const name = /^https?:/i.test(from) ? new URL(from).pathname : from;
  return join(specCacheDir(root), `${sha}${extname(name) || '.yaml'}`);
}

function fail(p: ResolvedProject, message: string, expected: string, file?: string): never {
  const at = file ?? p.configFile;
  throw new SdkgenError({
    level: 'error',
    stage: 'source',
    ...(at ? { file: at } : {}),
    ...(file ? {} : { pointer: `${p.pointer === '#' ? '#' : p.pointer}/input` }),
    message,
    expected,
  });
}

function checkHash(
  p: ResolvedProject,
  file: string,
  bytes: Buffer,
  from: ResolvedInput['from'],
  root?: string,
): ResolvedInput {
  const actual = sha256(bytes);
  if (p.sha256 && actual !== p.sha256) {
    const where = p.configFile ? shown(p.configFile) : 'the options';
    const fetch = p.url ? ` or fetch ${p.url} into ${cachedSpecFile(p.sha256, p.url, root)}` : '';
    fail(
      p,
      `the spec at ${file} has sha256 ${actual}, but ${where} expects ${p.sha256}. ` +
        `Restore the original file${fetch}; if the change is intended, update sha256 in ${where}`,
      `sha256 ${p.sha256}`,
      file,
    );
  }
  return { path: file, sha256: actual, from };
}

async function download(p: ResolvedProject, url: string, root?: string): Promise<ResolvedInput> {
  if (p.sha256) {
    const cached = cachedSpecFile(p.sha256, url, root);
    if (existsSync(cached)) return checkHash(p, cached, readFileSync(cached), 'cache', root);
  }
  let bytes: Buffer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    fail(
      p,
      `cannot fetch ${url}: ${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))}`,
      'a reachable http(s) URL of an OpenAPI document',
    );
  }
  const file = cachedSpecFile(sha256(bytes), url, root);
  checkHash(p, url, bytes, 'url', root);
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
  return { path: file, sha256: sha256(bytes), from: 'url' };
}

/**
 * Finds the bytes of a project's spec: an http(s) `input` is fetched (and kept in the cache by
 * hash); a local path is read, else (with `sha256`) the download cache. A configured sha256 is
 * checked whichever way the bytes came; a missing or changed spec fails saying what to do.
 * `root`: the folder whose `.cache/specs/` is the download cache (default: sdkgen's own).
 */
export async function resolveInput(p: ResolvedProject, root?: string): Promise<ResolvedInput> {
  if (isUrl(p.input)) return download(p, p.input, root);
  if (existsSync(p.input)) return checkHash(p, p.input, readFileSync(p.input), 'path', root);
  const cached = p.sha256 ? cachedSpecFile(p.sha256, p.url ?? p.input, root) : undefined;
  if (cached && existsSync(cached)) return checkHash(p, cached, readFileSync(cached), 'cache', root);
  const todo =
    p.url && cached
      ? `Fetch it: curl -fL ${p.url} -o ${cached}`
      : `Put the spec at ${p.input}, or fix "input"`;
  return fail(
    p,
    `spec not found: ${shown(p.input)}${cached ? ` (nor ${cached})` : ''}. ${todo}`,
    'an existing OpenAPI YAML or JSON file',
  );
}

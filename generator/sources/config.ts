import { loadDataConfig } from '../project/load.js';
import { isUrl } from '../project/schema.js';
import type { ResolvedProject } from '../project/types.js';

/** The config file of this repository's own SDKs, at the repository root. */
export const SOURCES_FILE = 'sdkgen.config.yaml';

/**
 * An entry with an `id` of a project config (`sdkgen.config.yaml`): where a spec's bytes are and
 * what they must hash to, as the `--spec-id` lookups and the tests use it. Paths are absolute.
 */
export interface SpecSource {
  id: string;
  /** Local spec file. */
  path?: string;
  /** Where a user with internet access fetches the same bytes. */
  url?: string;
  /** sha256 (hex, lower case) of the spec's bytes. */
  sha256?: string;
  /** Output folder. */
  out?: string;
  /** The config entry itself. */
  project: ResolvedProject;
}

/** The entry as a source: an http(s) `input` is its `url`, a path its `path`. */
export function sourceOf(p: ResolvedProject & { id: string }): SpecSource {
  const remote = isUrl(p.input);
  const s: SpecSource = { id: p.id, out: p.output, project: p };
  if (remote) s.url = p.input;
  else s.path = p.input;
  if (p.url) s.url = p.url;
  if (p.sha256) s.sha256 = p.sha256;
  return s;
}

/** The problem of a `--spec-id` no entry has: the id asked for, and the ids there are. */
export function unknownSpecId(id: string, ids: readonly string[]): { message: string; expected: string } {
  return { message: `unknown spec id "${id}"`, expected: `one of: ${ids.join(', ') || '(no entry of the config has an id)'}` };
}

/** Reads and checks a config file; the entries with an id, by id. Problems name file, line and key. */
export function readSources(file: string): Map<string, SpecSource> {
  const out = new Map<string, SpecSource>();
  for (const p of loadDataConfig(file))
    if (p.id) out.set(p.id, sourceOf(p as ResolvedProject & { id: string }));
  return out;
}

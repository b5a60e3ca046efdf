import { readFileSync } from 'node:fs';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { SdkgenError } from '../errors.js';
import type { Diagnostic } from '../ir/types.js';
import { isObject } from '../util/json.js';
import { escapeToken } from '../util/pointer.js';

/** One entry of `spec/sources.yaml`: where a spec's bytes are and what they must hash to. */
export interface SpecSource {
  id: string;
  /** Local path, relative to the repository root. */
  path?: string;
  /** Where a user with internet access fetches the same bytes. */
  url?: string;
  /** sha256 (hex, lower case) of the spec's bytes. */
  sha256: string;
  /** SDK config file, relative to the repository root. */
  config?: string;
  /** Output folder, relative to the repository root. */
  out?: string;
}

const optionalStrings = ['path', 'url', 'config', 'out'] as const;

/** Reads and checks a sources file; every problem names the file, line and pointer. */
export function readSources(file: string): Map<string, SpecSource> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new SdkgenError({
      level: 'error',
      stage: 'config',
      file,
      message: `cannot read spec sources (${code})`,
      expected: 'a YAML file mapping spec ids to {path, url, sha256}',
    });
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const problem = (id: string | undefined, message: string, expected: string): Diagnostic => {
    let offset: number | undefined;
    if (isMap(doc.contents) && id !== undefined) {
      const pair = doc.contents.items.find((p) => String((p.key as { value?: unknown }).value) === id);
      offset = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
    }
    const first = doc.errors[0]?.linePos?.[0]?.line;
    const line = offset !== undefined ? counter.linePos(offset).line : first;
    return {
      level: 'error',
      stage: 'config',
      file,
      ...(line ? { line } : {}),
      ...(id ? { pointer: `#/${escapeToken(id)}` } : {}),
      message,
      expected,
    };
  };
  if (doc.errors.length > 0)
    throw new SdkgenError(
      problem(undefined, `malformed YAML: ${doc.errors[0]!.message.split('\n')[0]}`, 'valid YAML'),
    );
  const data: unknown = doc.toJS();
  if (!isObject(data))
    throw new SdkgenError(
      problem(undefined, 'spec sources are not a mapping', 'a mapping of spec ids to {path, url, sha256}'),
    );
  const sources = new Map<string, SpecSource>();
  const problems: Diagnostic[] = [];
  for (const [id, entry] of Object.entries(data)) {
    if (!isObject(entry)) {
      problems.push(problem(id, `spec "${id}" is not a mapping`, 'a mapping with path, url and sha256'));
      continue;
    }
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) {
      problems.push(problem(id, `spec "${id}" has no valid sha256`, '64 lower-case hex digits'));
      continue;
    }
    const bad = optionalStrings.find((key) => entry[key] !== undefined && typeof entry[key] !== 'string');
    if (bad) problems.push(problem(id, `spec "${id}" field "${bad}" is not a string`, 'a string'));
    else if (entry.path === undefined && entry.url === undefined)
      problems.push(problem(id, `spec "${id}" has neither path nor url`, 'a path, a url, or both'));
    else if (typeof entry.url === 'string' && !URL.canParse(entry.url))
      problems.push(
        problem(id, `spec "${id}" has an invalid url "${entry.url}"`, 'an absolute https:// URL'),
      );
    else sources.set(id, { id, ...(entry as Omit<SpecSource, 'id'>) });
  }
  if (problems.length > 0) throw new SdkgenError(problems);
  return sources;
}

import * as prettier from 'prettier';
import { cacheKey, emitCacheDir, TextCache } from '../cache.js';
import { sharedPool } from './shared.js';

/** Sources larger than this are formatted in chunks of about this size, in parallel. */
const CHUNK = 48 * 1024;

let cache: TextCache | undefined;
/** Texts this process formatted, by their own key: also without the disk cache (`SDKGEN_NO_CACHE`). */
const formattedHere = new Map<string, string>();
const formatCache = (): TextCache => (cache ??= new TextCache(emitCacheDir('format')));

/** Prettier 3's defaults: an option set to its default does not change the key. */
const DEFAULTS: Record<string, unknown> = {
  arrowParens: 'always',
  bracketSpacing: true,
  printWidth: 80,
  semi: true,
  singleQuote: false,
  tabWidth: 2,
  trailingComma: 'all',
  useTabs: false,
};

/** Options in a canonical form: sorted, defaults left out (`{ semi: true }` keys as `{}`). */
const canonical = (options: prettier.Options): string =>
  JSON.stringify(
    Object.entries(options)
      .filter(([k, v]) => v !== undefined && DEFAULTS[k] !== v)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

const keyOf = (source: string, options: prettier.Options): string =>
  cacheKey(['format-v2', prettier.version, canonical(options), source]);

/**
 * Splits a module at top-level statements: before a line that starts a declaration (`export`,
 * a doc comment) at column 0, after a blank line, where the line before the blank ends a
 * statement at column 0. Prettier formats each top-level statement on its own and keeps one
 * blank line where the source had one, so formatting the chunks and joining them with a blank
 * line gives the bytes of formatting the whole module. A split that lands inside a comment or
 * string leaves a chunk that does not parse, and the caller falls back to the whole module.
 */
export function splitTopLevel(source: string, size = CHUNK): string[] {
  if (source.length <= size * 1.5) return [source];
  const lines = source.split('\n');
  const chunks: string[] = [];
  let start = 0;
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    length += lines[i]!.length + 1;
    if (length < size || i + 1 >= lines.length - 1) continue;
    const next = lines[i + 2];
    const end = lines[i]!;
    if (lines[i + 1] !== '' || next === undefined) continue;
    if (!/^(export |\/\*\*)/.test(next)) continue;
    if (!/^(\}|\)|export |import |const |type |interface )/.test(end) || !/[;}]$/.test(end)) continue;
    chunks.push(lines.slice(start, i + 1).join('\n') + '\n');
    start = i + 2;
    length = 0;
  }
  chunks.push(lines.slice(start).join('\n'));
  return chunks;
}

/**
 * Formats TypeScript with prettier: through the content-hash cache (an unchanged text is never
 * formatted twice, a large module's unchanged chunks neither), and on the worker pool. The
 * result is also stored as its own formatted form, so formatting prettier's output again (an
 * emitter that formats its own files, then the pipeline) is a cache hit.
 */
export async function formatCached(source: string, options: prettier.Options): Promise<string> {
  const c = formatCache();
  const key = keyOf(source, options);
  const hit = formattedHere.get(key) ?? c.get(key);
  if (hit !== undefined) return hit;
  const pool = sharedPool();
  const chunks = splitTopLevel(source);
  let text: string;
  if (chunks.length === 1) {
    text = await pool.run({ kind: 'format', source, options });
  } else {
    try {
      const parts = await Promise.all(
        chunks.map(async (chunk) => {
          const k = keyOf(chunk, options);
          const hit = c.get(k);
          if (hit !== undefined) return hit;
          const part = await pool.run({ kind: 'format', source: chunk, options });
          c.set(k, part);
          return part;
        }),
      );
      text = parts.join('\n');
    } catch {
      text = await pool.run({ kind: 'format', source, options });
    }
  }
  remember(key, text, options);
  return text;
}

/** Stores a result under its source's key and as its own fixpoint. */
function remember(key: string, text: string, options: prettier.Options): void {
  const c = formatCache();
  c.set(key, text);
  const fixpoint = keyOf(text, options);
  c.set(fixpoint, text);
  if (formattedHere.size >= 1000) formattedHere.clear();
  formattedHere.set(fixpoint, text);
  c.prune();
}

/** Line between modules formatted together; a module containing it is formatted alone. */
const BOUNDARY = '// @@sdkgen-module-boundary@@';
/** Modules up to this size are formatted together, in batches of about `CHUNK`. */
const SMALL = 16 * 1024;

/**
 * Formats many modules, like `formatCached` on each, but small ones together: prettier's fixed
 * cost per call (options, plugins, printer set-up) is about as large as the work on a small
 * module. Modules are joined with a boundary comment between blank lines; prettier formats
 * top-level statements independently and keeps the comment and the blank lines, so splitting the
 * output at the boundary gives each module's own formatting (tests/perf checks this on OpenAI).
 * A batch that does not split back into as many modules is formatted one by one.
 */
export async function formatAll(sources: string[], options: prettier.Options): Promise<string[]> {
  const c = formatCache();
  const out: (string | Promise<string>)[] = [];
  let batch: { index: number; key: string; source: string }[] = [];
  let size = 0;
  const flush = (): void => {
    const group = batch;
    batch = [];
    size = 0;
    if (group.length === 0) return;
    const joined = sharedPool()
      .run({ kind: 'format', source: group.map((g) => g.source).join(`\n\n${BOUNDARY}\n\n`), options })
      .then((text) => text.split(`\n${BOUNDARY}\n\n`))
      .catch(() => []);
    for (const [i, g] of group.entries()) {
      out[g.index] = joined.then((parts) => {
        if (parts.length !== group.length) return formatCached(g.source, options);
        remember(g.key, parts[i]!, options);
        return parts[i]!;
      });
    }
  };
  for (const [index, source] of sources.entries()) {
    const key = keyOf(source, options);
    const hit = formattedHere.get(key) ?? c.get(key);
    if (hit !== undefined) out[index] = hit;
    else if (source.length > SMALL || source.includes(BOUNDARY)) out[index] = formatCached(source, options);
    else {
      batch.push({ index, key, source });
      size += source.length;
      if (size >= CHUNK) flush();
    }
  }
  flush();
  return Promise.all(out);
}

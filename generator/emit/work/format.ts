import { availableParallelism } from 'node:os';
import { format, type FormatConfig } from 'oxfmt';
import type * as prettier from 'prettier';
import { prettierUnions } from './prettier-unions.js';

/** Prettier 3's defaults, for the options a caller leaves out. */
const DEFAULTS = {
  arrowParens: 'always',
  bracketSpacing: true,
  printWidth: 80,
  semi: true,
  singleQuote: false,
  tabWidth: 2,
  trailingComma: 'all',
  useTabs: false,
} as const;

/** Prettier's options as oxfmt takes them (the same names and values; the rest left at prettier's defaults). */
function oxfmtOptions(options: prettier.Options): FormatConfig {
  const o = { ...DEFAULTS, ...options };
  return {
    arrowParens: o.arrowParens,
    bracketSpacing: o.bracketSpacing,
    printWidth: o.printWidth,
    semi: o.semi,
    singleQuote: o.singleQuote,
    tabWidth: o.tabWidth,
    trailingComma: o.trailingComma,
    useTabs: o.useTabs,
  } as FormatConfig;
}

/**
 * Formats one TypeScript module as prettier does, with oxfmt (Rust, ~40× less CPU than prettier on
 * our code) and the one layout where the two differ on it put back (`prettier-unions.ts`).
 * `tests/perf/format-equality.test.ts` holds the output equal to prettier's on the OpenAI package
 * and the fixture specs. A module that does not parse rejects with the parser's message and line.
 */
export async function formatModule(source: string, options: prettier.Options): Promise<string> {
  const config = oxfmtOptions(options);
  const key = JSON.stringify(config);
  if (formattedHere.get(key)?.has(source)) return source;
  const result = await format('module.ts', source, config);
  const error = result.errors[0];
  if (error) {
    const at = error.labels[0]?.start;
    const line = at === undefined ? '' : ` (line ${source.slice(0, at).split('\n').length})`;
    throw new Error(`${error.message}${line}`);
  }
  const text = prettierUnions(result.code, config.printWidth ?? DEFAULTS.printWidth);
  remember(key, text);
  return text;
}

/**
 * Texts this run formatted, per option set: formatting one again (an emitter that formats its own
 * files, then the pipeline) returns it as it is. In memory only, so a cold run stays cold.
 */
const formattedHere = new Map<string, Set<string>>();

function remember(key: string, text: string): void {
  let set = formattedHere.get(key);
  if (!set) formattedHere.set(key, (set = new Set()));
  if (set.size >= 1000) set.clear();
  set.add(text);
}

/** Kept for the emitters that format their own files (zod): the same as `formatModule`, no cache needed. */
export const formatCached = formatModule;

/**
 * Modules formatted at the same time: oxfmt runs each on a thread of its own and keeps that
 * thread's memory, so formatting thousands at once costs memory, not time (GitHub's ~7,000
 * modules: peak RSS ~800 MB all at once).
 */
const CONCURRENCY = Math.max(2, availableParallelism());

/** Formats many modules, a few at a time in parallel; rejects when one does not parse. */
export async function formatAll(sources: string[], options: prettier.Options): Promise<string[]> {
  const out: string[] = new Array<string>(sources.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      out[i] = await formatModule(sources[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, sources.length) }, lane));
  return out;
}

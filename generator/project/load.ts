import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { SdkgenError } from '../errors.js';
import { toDiagnostics } from '../config/validate.js';
import { splitPointer } from '../util/pointer.js';
import { checkProjectConfig, resolveEntries } from './schema.js';
import type { ResolvedProject } from './types.js';

/** The names looked for in the working folder, in this order. */
export const CONFIG_NAMES = ['ts', 'mts', 'js', 'mjs', 'json', 'yaml', 'yml'].map(
  (e) => `sdkgen.config.${e}`,
);

function fail(message: string, expected: string, file?: string): never {
  throw new SdkgenError({ level: 'error', stage: 'config', ...(file ? { file } : {}), message, expected });
}

/** The config file of `dir` (one of `CONFIG_NAMES`), or undefined; two of them is an error. */
export function findConfigFile(dir: string): string | undefined {
  const found = CONFIG_NAMES.map((n) => join(dir, n)).filter((f) => existsSync(f));
  if (found.length > 1)
    fail(
      `more than one config file: ${found.map((f) => basename(f)).join(', ')}`,
      'exactly one sdkgen.config.* file',
      dir,
    );
  return found[0];
}

/** Reads a YAML or JSON config; returns the value and a pointer → line lookup. */
function readData(
  file: string,
  text: string,
): { value: unknown; line: (pointer: string) => number | undefined } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (extname(file) === '.json' && doc.errors.length === 0) {
    try {
      JSON.parse(text); // YAML accepts more than JSON (trailing commas, comments): hold .json to JSON
    } catch (error) {
      const at = /position (\d+)/.exec(String(error))?.[1];
      throw new SdkgenError({
        level: 'error',
        stage: 'config',
        file,
        ...(at ? { line: counter.linePos(Number(at)).line } : {}),
        message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
        expected: 'a JSON object {"input", "output", ...} or an array of them',
      });
    }
  }
  const first = doc.errors[0];
  if (first) {
    throw new SdkgenError({
      level: 'error',
      stage: 'config',
      file,
      line: counter.linePos(first.pos[0]).line,
      message: `invalid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${first.message.split('\n')[0]}`,
      expected: 'a mapping {input, output, ...} or a list of them',
    });
  }
  const line = (pointer: string): number | undefined => {
    const tokens = (splitPointer(pointer) ?? []).map((t) => (/^\d+$/.test(t) ? Number(t) : t));
    for (let n = tokens.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(tokens.slice(0, n), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { value: doc.toJS(), line };
}

/**
 * Imports a JavaScript or TypeScript config. A `.ts`/`.mts` file is transpiled with TypeScript's
 * `transpileModule` (already a dependency: no tsx, no type-check) into a temporary `.mjs` beside
 * it, so its relative and package imports resolve as written, and removed right after.
 */
async function importConfig(file: string): Promise<unknown> {
  const stamp = `${statSync(file).mtimeMs}-${process.pid}`;
  let target = file;
  if (/\.m?ts$/.test(file)) {
    const ts = (await import('typescript')).default;
    const out = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      reportDiagnostics: true,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false,
      },
    });
    const syntax = out.diagnostics?.[0];
    if (syntax) {
      const line =
        syntax.file && syntax.start !== undefined
          ? syntax.file.getLineAndCharacterOfPosition(syntax.start).line + 1
          : undefined;
      throw new SdkgenError({
        level: 'error',
        stage: 'config',
        file,
        ...(line ? { line } : {}),
        message: `invalid TypeScript: ${ts.flattenDiagnosticMessageText(syntax.messageText, ' ')}`,
        expected: 'a module whose default export is the config',
      });
    }
    const js = out.outputText;
    target = join(dirname(file), `.${basename(file)}.${stamp}.mjs`);
    writeFileSync(target, js);
  }
  try {
    const mod = (await import(`${pathToFileURL(target).href}?t=${stamp}`)) as { default?: unknown };
    const value = await (mod.default ?? mod);
    return typeof value === 'function' ? await (value as () => unknown)() : value;
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`cannot import the config: ${why}`, 'a module whose default export is the config', file);
  } finally {
    if (target !== file) rmSync(target, { force: true });
  }
}

/** Line lookups of inline SDK options, by the options object: for problems annotate finds later. */
const inlineLines = new WeakMap<object, (pointer: string) => number | undefined>();

/** Where a pointer into inline SDK options (`#/types/X`) is in its YAML/JSON config file, if known. */
export function inlineSdkLocator(sdk: object): ((pointer: string) => number | undefined) | undefined {
  return inlineLines.get(sdk);
}

function withLines(
  projects: ResolvedProject[],
  line: (pointer: string) => number | undefined,
): ResolvedProject[] {
  for (const p of projects)
    if (p.sdk && typeof p.sdk === 'object')
      inlineLines.set(p.sdk, (ptr) => line(`${p.pointer}/sdk${ptr.slice(1)}`));
  return projects;
}

/** Reads, checks and resolves a YAML or JSON config file (synchronously: no module to import). */
export function loadDataConfig(file: string): ResolvedProject[] {
  if (!existsSync(file)) fail('config file not found', `one of ${CONFIG_NAMES.join(', ')}`, file);
  const { value, line } = readData(file, readFileSync(file, 'utf8'));
  const problems = checkProjectConfig(value);
  if (problems.length > 0) throw new SdkgenError(toDiagnostics(problems, file, line));
  return withLines(resolveEntries(value, file), line);
}

/** Reads, checks and resolves a config file: every problem names file, line (YAML/JSON), key and what is allowed. */
export async function loadProjectConfig(configFile: string): Promise<ResolvedProject[]> {
  const file = resolve(configFile);
  if (!existsSync(file)) fail('config file not found', `one of ${CONFIG_NAMES.join(', ')}`, file);
  const ext = extname(file);
  let value: unknown;
  let line: (pointer: string) => number | undefined = () => undefined;
  if (ext === '.json' || ext === '.yaml' || ext === '.yml')
    ({ value, line } = readData(file, readFileSync(file, 'utf8')));
  else if (['.ts', '.mts', '.js', '.mjs'].includes(ext)) value = await importConfig(file);
  else fail(`unknown config file type "${ext}"`, '.ts, .mts, .js, .mjs, .json, .yaml or .yml', file);
  const problems = checkProjectConfig(value);
  if (problems.length > 0) throw new SdkgenError(toDiagnostics(problems, file, line));
  return withLines(resolveEntries(value, file), line);
}

import { relative, resolve } from 'node:path';
import type { Command } from '../cli.js';
import { SdkgenError, formatDiagnostic } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { findConfigFile, loadProjectConfig } from '../project/load.js';
import type { ResolvedProject } from '../project/types.js';
import { unknownSpecId } from '../sources/config.js';

const USAGE =
  'sdkgen generate [--config-file FILE] [--spec FILE] [--out DIR] [--config SDK.yaml] [--name PKG] [--spec-id ID] ' +
  '[--check] [--watch] [--strict] [--no-cache] [--sources-only] [--quiet]';

/** What `sdkgen generate --help` prints (the one place the options are described). */
export const HELP = `${USAGE}

Generates the SDKs of sdkgen.config.* in the working folder (ts, mts, js, mjs, json, yaml, yml),
or of one spec given by flags. Each package is written to a temporary folder and swapped in only
when everything worked; a run whose inputs and output are as the last run left them does nothing.

  --config-file FILE   the project config to read instead of ./sdkgen.config.*
  --spec FILE          the OpenAPI 3.0/3.1 spec (YAML or JSON); without a config file: one SDK
  --out DIR            where the package goes (default with --spec: generated/sdk)
  --config SDK.yaml    the SDK config (names, pagination, wire format, custom code)
  --name PKG           the package name
  --spec-id ID         the one SDK of a config with several
  --check              write nothing; exit 1 when the package on disk differs from what would
                       be generated (for CI)
  --watch              regenerate on every change of an input (spec files, configs, custom code)
  --strict             spec defects that have a safe reading fail the run instead of warning
  --no-cache           turn every cache off (as SDKGEN_NO_CACHE=1): a cold run
  --sources-only       TypeScript sources, no dist/ build (for your own build tools)
  --quiet              print nothing but errors

Exit status:
  0  generated, or up to date
  1  --check found a package that differs
  2  bad input: unreadable or invalid spec or config, custom code that does not type-check
     (the message names file, line, JSON pointer and what was expected)
  70 internal error (DEBUG=sdkgen prints the stack trace)`;
/** Warnings printed after a run (all of them fail it with --strict). */
const WARNINGS_SHOWN = 10;
const VALUED = ['--spec', '--config', '--out', '--spec-id', '--config-file', '--name'] as const;
const FLAGS = ['--quiet', '--check', '--watch', '--strict', '--no-cache', '--sources-only'] as const;
/** Every option `generate` accepts (its help describes each). */
export const GENERATE_OPTIONS: readonly string[] = [...VALUED, ...FLAGS];
type Valued = (typeof VALUED)[number];
type Flag = (typeof FLAGS)[number];

/** The parsed flags: `--x value` pairs and on/off switches (absent: false). */
export type GenerateArgs = Partial<Record<Valued, string>> & Record<Flag, boolean>;

function usageError(message: string, expected = USAGE): never {
  throw new SdkgenError({ level: 'error', stage: 'config', message, expected });
}

/** Parses the flags (`--x value` or `--x=value`); with no spec flag the config file is used. */
export function parseGenerateArgs(args: string[]): GenerateArgs {
  const out = Object.fromEntries(FLAGS.map((f) => [f, false])) as unknown as GenerateArgs;
  for (let i = 0; i < args.length; i++) {
    const [arg, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if ((FLAGS as readonly string[]).includes(arg) && inline === undefined) out[arg as Flag] = true;
    else if ((VALUED as readonly string[]).includes(arg)) {
      const value = inline ?? args[++i];
      if (!value || value.startsWith('--')) usageError(`${arg} needs a value`);
      out[arg as Valued] = value;
    } else usageError(`unknown argument "${args[i]}"`);
  }
  if (out['--check'] && out['--watch']) usageError('--check and --watch cannot be combined');
  return out;
}

/** The config file: `--config-file`, else `sdkgen.config.*` in the working folder (for `--spec-id`, else sdkgen's own). */
function configFileFor(a: GenerateArgs): string | undefined {
  if (a['--config-file']) return resolve(a['--config-file']);
  return findConfigFile(process.cwd()) ?? (a['--spec-id'] ? findConfigFile(PACKAGE_ROOT) : undefined);
}

/** The SDKs to generate: from the config file, from `--spec`, or both (flags win). */
export async function projectsFor(a: GenerateArgs): Promise<ResolvedProject[]> {
  const file = configFileFor(a);
  const spec = a['--spec'] ? resolve(a['--spec']) : undefined;
  if (!file && !spec)
    usageError(
      `no spec given, and no sdkgen.config.* in ${process.cwd()}`,
      'a config file (`sdkgen init SPEC` writes one), --config-file FILE, or --spec FILE',
    );
  let projects: ResolvedProject[] =
    file && (!spec || a['--spec-id'])
      ? await loadProjectConfig(file)
      : [{ input: spec!, output: resolve('generated/sdk'), strict: false, sourcesOnly: false, pointer: '#' }];
  const id = a['--spec-id'];
  if (id) {
    const chosen = projects.find((p) => p.id === id);
    if (!chosen) {
      const { message, expected } = unknownSpecId(id, projects.flatMap((p) => (p.id ? [p.id] : [])));
      usageError(message, expected);
    }
    projects = [chosen];
  }
  if (projects.length > 1 && (a['--out'] || spec || a['--name']))
    usageError(
      '--spec, --out and --name name one SDK, and the config has several',
      'also --spec-id ID to choose one',
    );
  return projects.map((p) => {
    const q = { ...p };
    if (spec && spec !== p.input) {
      q.input = spec;
      delete q.sha256; // another file than the configured one: nothing to check it against
    }
    if (a['--out']) q.output = resolve(a['--out']);
    if (a['--config']) q.sdk = resolve(a['--config']);
    if (a['--name']) q.name = a['--name'];
    return q;
  });
}

/**
 * `sdkgen generate`: the config's SDKs (or `--spec`) → packages. One line per stage with its
 * time (a live line with counts on a terminal; nothing with `--quiet`); each package is written
 * to a temporary folder and swapped in only when everything worked. `--check` writes nothing and
 * exits 1 when the disk differs; `--watch` regenerates on every change of an input. A run whose
 * inputs and output are as the last run left them does nothing (`project/run-cache.ts`);
 * `--no-cache` (`SDKGEN_NO_CACHE=1`) turns that and every other cache off.
 */
export const generate: Command = async (args) => {
  const a = parseGenerateArgs(args);
  if (a['--no-cache']) process.env.SDKGEN_NO_CACHE = '1'; // before the pipeline's caches load
  const projects = await projectsFor(a);
  if (a['--watch']) return (await import('../project/watch.js')).watch(projects, a, configFileFor(a));
  const { runProject } = await import('../project/run.js');
  const { progressTo, silent } = await import('../project/progress.js');
  const { formatCheck, isClean } = await import('../project/check.js');
  const progress = a['--quiet'] ? silent : progressTo();
  let stale = 0;
  for (const p of projects) {
    const started = performance.now();
    const options = {
      check: a['--check'],
      progress,
      ...(a['--strict'] ? { strict: true } : {}),
      ...(a['--sources-only'] ? { sourcesOnly: true } : {}),
    };
    const result = await runProject(p, options);
    const where = relative(process.cwd(), p.output) || '.';
    if (result.check) {
      const clean = isClean(result.check);
      if (!clean) stale++;
      const { added, removed, changed } = result.check;
      console.log(
        clean
          ? `up to date: ${where} (${result.files.length} files)`
          : `out of date: ${where} (${added.length} added, ${removed.length} removed, ${changed.length} changed; run sdkgen generate)`,
      );
      for (const line of formatCheck(result.check)) console.log(line);
    } else if (!a['--quiet']) {
      const n = result.warnings.length;
      const warned = n ? `, ${n} warning${n === 1 ? '' : 's'}: see stderr; --strict fails on warnings` : '';
      for (const d of result.warnings.slice(0, WARNINGS_SHOWN)) console.error(formatDiagnostic(d));
      if (n > WARNINGS_SHOWN) console.error(`... and ${n - WARNINGS_SHOWN} more warnings`);
      const ms = (performance.now() - started).toFixed(0);
      console.log(
        result.upToDate
          ? `up to date: ${where} (${result.files.length} files; inputs and output unchanged, nothing regenerated; ${ms} ms${warned})`
          : `generated ${result.files.length} files in ${where} (${ms} ms${warned})`,
      );
    }
  }
  return stale > 0 ? 1 : 0;
};

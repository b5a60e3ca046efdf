import type { Command } from '../cli.js';
import { loadSdkConfig } from '../config/load.js';
import { SdkgenError } from '../errors.js';
import { FORMATS, formatReport, type Format } from '../diff/format.js';
import { diffFiles } from '../diff/pipeline.js';
import { LEVELS, type DiffReport } from '../diff/types.js';

const USAGE =
  'sdkgen diff OLD NEW [--format text|json|markdown] [--fail-on breaking|warning|none] [--config FILE] [--sdk]';
const FAIL_ON = ['breaking', 'warning', 'none'] as const;

/** `sdkgen diff --help`. */
export const HELP = `${USAGE}

Compares two versions of an OpenAPI 3.0/3.1 spec (in any mix) and reports what changed for the
people who call the API, each change breaking, warning or info (rules: docs/diff-rules.md).

  --format text|json|markdown   text (default); json: { summary, changes }; markdown: a
                                pull-request comment (summary line, breaking first, info folded)
  --fail-on breaking|warning|none
                                the level that makes the exit status 1 (default: breaking)
  --sdk                         also judge the generated SDK's surface (exported types, method
                                and type names) and print the semver verdict
  --config FILE                 the SDK config both versions are generated with (naming)

Exit status:
  0  no change at or above --fail-on (always 0 with --fail-on none)
  1  a change at or above --fail-on was found
  2  bad input: unreadable or invalid spec, unknown option (the message names file, line, pointer)
  70 internal error (DEBUG=sdkgen prints the stack trace)`;
type FailOn = (typeof FAIL_ON)[number];

interface DiffArgs {
  oldFile: string;
  newFile: string;
  format: Format;
  failOn: FailOn;
  config?: string;
  sdk: boolean;
}

function bad(message: string, expected = USAGE): never {
  throw new SdkgenError({ level: 'error', stage: 'diff', message, expected });
}

/** Parses `OLD NEW [--format F] [--fail-on L] [--config FILE] [--sdk]` (also `--opt=value`). */
export function parseDiffArgs(args: string[]): DiffArgs {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  let sdk = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--sdk') sdk = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!['format', 'fail-on', 'config'].includes(name)) bad(`unknown option --${name}`);
      const value = inline ?? args[++i];
      if (value === undefined) bad(`option --${name} needs a value`);
      opts[name] = value;
    } else files.push(arg);
  }
  if (files.length !== 2)
    bad(
      files.length < 2
        ? 'diff needs two spec files, OLD and NEW'
        : `diff takes two spec files, got ${files.length}`,
    );
  const format = (opts.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    bad(`unknown --format ${JSON.stringify(opts.format)}`, `one of ${FORMATS.join(', ')}`);
  const failOn = (opts['fail-on'] ?? 'breaking') as FailOn;
  if (!FAIL_ON.includes(failOn))
    bad(`unknown --fail-on ${JSON.stringify(opts['fail-on'])}`, `one of ${FAIL_ON.join(', ')}`);
  const out: DiffArgs = { oldFile: files[0]!, newFile: files[1]!, format, failOn, sdk };
  if (opts.config !== undefined) out.config = opts.config;
  return out;
}

/** 1 when the report holds a change at or above `failOn`, else 0. */
export function exitStatus(report: DiffReport, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  const worst = LEVELS.indexOf(failOn);
  return report.changes.some((c) => LEVELS.indexOf(c.level) <= worst) ? 1 : 0;
}

/** `sdkgen diff OLD NEW`: what changed between two versions of a spec, for SDK users. */
export const diff: Command = async (args) => {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const a = parseDiffArgs(args);
  const config = a.config === undefined ? undefined : await loadSdkConfig(a.config);
  let report: DiffReport = await diffFiles(a.oldFile, a.newFile, config, { sdk: a.sdk });
  if (a.sdk) {
    const { diffSdkSurface } = await import('../diff/sdk/index.js');
    report = await diffSdkSurface(a.oldFile, a.newFile, report, a.config);
  }
  console.log(formatReport(report, a.format));
  return exitStatus(report, a.failOn);
};

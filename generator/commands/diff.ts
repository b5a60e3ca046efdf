import type { Command } from '../cli.js';
import { loadSdkConfig } from '../config/load.js';
import { SdkgenError } from '../errors.js';
import { FORMATS, formatReport, type Format } from '../diff/format.js';
import { diffFiles } from '../diff/pipeline.js';
import { LEVELS, type DiffReport } from '../diff/types.js';

const USAGE =
  'sdkgen diff OLD NEW [--format text|json|markdown] [--fail-on breaking|warning|none] [--config FILE] [--sdk]';
const FAIL_ON = ['breaking', 'warning', 'none'] as const;
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

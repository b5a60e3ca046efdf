import { join, relative, resolve } from 'node:path';
import type { Command } from '../cli.js';
import { annotate } from '../annotate/index.js';
import { loadSdkConfig } from '../config/load.js';
import type { SdkConfig } from '../config/types.js';
import { extraEmitters } from '../emit/extra-emitters.js';
import { writePackage } from '../emit/package/write.js';
import { emitPackage, type StageTimer } from '../emit/pipeline.js';
import { settingsFrom } from '../emit/settings.js';
import { SdkgenError } from '../errors.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';
import { readSources } from '../sources/config.js';
import { resolveSpec } from '../sources/index.js';

const USAGE = 'sdkgen generate [--spec FILE] [--config FILE] [--out DIR] [--spec-id ID] [--quiet]';
const ROOT = join(import.meta.dirname, '..', '..');
const VALUED = ['--spec', '--config', '--out', '--spec-id'] as const;

function usageError(message: string): never {
  throw new SdkgenError({ level: 'error', stage: 'config', message, expected: USAGE });
}

/** Parses the flags; every flag but `--quiet` takes a value. */
export function parseGenerateArgs(args: string[]): Partial<Record<(typeof VALUED)[number], string>> & { quiet: boolean } {
  const out: Partial<Record<(typeof VALUED)[number], string>> & { quiet: boolean } = { quiet: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--quiet') out.quiet = true;
    else if ((VALUED as readonly string[]).includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) usageError(`${arg} needs a value`);
      out[arg as (typeof VALUED)[number]] = value;
    } else usageError(`unknown argument "${arg}"`);
  }
  if (!out['--spec'] && !out['--spec-id']) usageError('no spec given');
  return out;
}

/**
 * `sdkgen generate`: spec → package. One line per stage with its time (unless `--quiet`);
 * the package is written to a temporary folder and swapped in only when everything worked.
 */
export const generate: Command = async (args) => {
  const opts = parseGenerateArgs(args);
  const started = performance.now();
  const time: StageTimer = async (stage, run) => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const result = await run();
    const used = process.cpuUsage(cpu);
    const cpuMs = ((used.user + used.system) / 1000).toFixed(0);
    if (!opts.quiet) console.log(`${stage.padEnd(9)} ${(performance.now() - t).toFixed(0).padStart(6)} ms  (cpu ${cpuMs.padStart(6)} ms)`);
    return result;
  };
  const specId = opts['--spec-id'];
  const source = specId ? readSources(join(ROOT, 'spec', 'sources.yaml')).get(specId) : undefined;
  const resolved = await time('source', () => resolveSpec({ specId, specPath: opts['--spec'] }));
  const configFile = opts['--config'] ?? (source?.config ? join(ROOT, source.config) : undefined);
  const outDir = resolve(opts['--out'] ?? (source?.out ? join(ROOT, source.out) : 'generated/sdk'));

  const loaded = await time('load', () => loadSpec(resolved.path));
  const parsed = await time('parse', () => parseSpec(loaded));
  const config: SdkConfig | undefined = configFile ? await time('config', () => loadSdkConfig(configFile)) : undefined;
  const ir = await time('annotate', () => annotate(parsed, config));
  const files = await emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), time, outDir });
  await time('write', () => writePackage(outDir, files));
  if (!opts.quiet) {
    const total = (performance.now() - started).toFixed(0);
    console.log(`generated ${files.length} files in ${relative(process.cwd(), outDir) || '.'} (${total} ms)`);
  }
  return 0;
};

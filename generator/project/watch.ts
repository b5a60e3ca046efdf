import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import type { GenerateArgs } from '../commands/generate.js';
import { SdkgenError, formatDiagnostic } from '../errors.js';
import { progressTo, silent } from './progress.js';
import { runProject } from './run.js';
import { isUrl } from './schema.js';
import type { ResolvedProject } from './types.js';

/** Files whose change means "generate again": the config, and each local spec and SDK config. */
function watchedFiles(projects: ResolvedProject[], configFile: string | undefined): string[] {
  const files = new Set<string>();
  if (configFile) files.add(configFile);
  for (const p of projects) {
    if (!isUrl(p.input)) files.add(p.input);
    if (typeof p.sdk === 'string') files.add(p.sdk);
  }
  return [...files].sort();
}

function report(error: unknown): void {
  if (error instanceof SdkgenError) for (const d of error.diagnostics) console.error(formatDiagnostic(d));
  else console.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * `sdkgen generate --watch`: generates, then again whenever a watched file changes (editors that
 * save by rename are covered: the folders are watched, filtered by name). A run that fails says
 * why and leaves the last good package in place; Ctrl-C (SIGINT) or SIGTERM stops cleanly, exit 0.
 */
export async function watch(
  initial: ResolvedProject[],
  args: GenerateArgs,
  configFile: string | undefined,
): Promise<number> {
  let projects = initial;
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const progress = args['--quiet'] ? silent : progressTo();

  const generateAll = async (): Promise<void> => {
    for (const p of projects) {
      const where = relative(process.cwd(), p.output) || '.';
      try {
        const r = await runProject(p, {
          progress,
          ...(args['--strict'] ? { strict: true } : {}),
          ...(args['--sources-only'] ? { sourcesOnly: true } : {}),
        });
        console.log(`generated ${r.files.length} files in ${where}`);
      } catch (error) {
        report(error);
        console.error(`generation failed: keeping the last good output in ${where}`);
      }
    }
    console.log('watching for changes (Ctrl-C to stop)');
  };

  const rewatch = (): void => {
    for (const w of watchers) w.close();
    const files = watchedFiles(projects, configFile);
    const dirs = new Map<string, Set<string>>();
    for (const f of files) dirs.set(dirname(f), (dirs.get(dirname(f)) ?? new Set()).add(basename(f)));
    watchers = [...dirs].map(([dir, names]) =>
      fsWatch(dir, (_event, name) => {
        if (name && names.has(basename(name.toString())))
          schedule(dir === dirname(configFile ?? '') && name.toString() === basename(configFile ?? ''));
      }),
    );
  };

  let reloadConfig = false;
  const schedule = (configChanged: boolean): void => {
    reloadConfig ||= configChanged;
    clearTimeout(timer);
    timer = setTimeout(() => void cycle(), 150);
  };

  const cycle = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      if (reloadConfig) {
        reloadConfig = false;
        try {
          projects = await (await import('../commands/generate.js')).projectsFor(args);
          rewatch();
        } catch (error) {
          report(error);
          console.error('the config has errors: keeping the previous one');
        }
      }
      await generateAll();
    })();
    await running;
    running = undefined;
    if (again) {
      again = false;
      await cycle();
    }
  };

  await generateAll();
  rewatch();
  return new Promise<number>((done) => {
    const stop = (): void => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void Promise.resolve(running).then(() => {
        console.log('stopped watching');
        done(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

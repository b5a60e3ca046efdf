import { existsSync, watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, dirname, isAbsolute, relative } from 'node:path';
import type { GenerateArgs } from '../commands/generate.js';
import { SdkgenError, formatDiagnostic } from '../errors.js';
import { progressTo, silent } from './progress.js';
import { runProject } from './run.js';
import { isUrl } from './schema.js';
import type { ResolvedProject } from './types.js';

/**
 * What the last good run of each package was made from (`RunResult.inputs`), by output folder;
 * after a failed run also the files its problems are in, and files it needed and could not read
 * (`Diagnostic.awaits`: a `$ref` to a file not written yet), so fixing or creating them reruns.
 */
type Learned = Map<string, { inputs: string[]; inputFolders: string[]; failed?: string[] }>;

/** The files a failed run's problems name: where they are, and what the run waited for. */
function filesOf(error: unknown): string[] {
  if (!(error instanceof SdkgenError)) return [];
  return error.diagnostics.flatMap((d) => [
    ...(d.file && isAbsolute(d.file) ? [d.file] : []),
    ...(d.awaits ? [d.awaits] : []),
  ]);
}

/** `file` as a (folder, name) to watch: its own folder, or for a folder not there yet, the first missing one in the nearest that is. */
function watchPoint(file: string): [string, string] {
  let name = basename(file);
  let dir = dirname(file);
  while (!existsSync(dir) && dirname(dir) !== dir) {
    name = basename(dir);
    dir = dirname(dir);
  }
  return [dir, name];
}

/**
 * Folder → names whose change means "generate again" (`'*'`: any name): the config, each local
 * spec and SDK config, and every input the last good runs read (external `$ref` files, custom code).
 */
function watchedNames(
  projects: ResolvedProject[],
  configFile: string | undefined,
  learned: Learned,
): Map<string, Set<string> | '*'> {
  const files = new Set<string>();
  const folders = new Set<string>();
  if (configFile) files.add(configFile);
  for (const p of projects) {
    if (!isUrl(p.input)) files.add(p.input);
    if (typeof p.sdk === 'string') files.add(p.sdk);
    for (const f of learned.get(p.output)?.inputs ?? []) files.add(f);
    for (const f of learned.get(p.output)?.failed ?? []) files.add(f);
    for (const f of learned.get(p.output)?.inputFolders ?? []) folders.add(f);
  }
  const names = new Map<string, Set<string> | '*'>([...folders].sort().map((d) => [d, '*']));
  for (const f of [...files].sort()) {
    const [dir, name] = watchPoint(f);
    const at = names.get(dir) ?? new Set<string>();
    if (at !== '*') names.set(dir, at.add(name));
  }
  return names;
}

function report(error: unknown): void {
  if (error instanceof SdkgenError) for (const d of error.diagnostics) console.error(formatDiagnostic(d));
  else console.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * `sdkgen generate --watch`: generates, then again whenever an input changes: the config, the
 * spec, every file it reaches through external `$ref`s, the SDK config and the custom code, as
 * the last good run read them, and after a failed run the files its problems name and any file it
 * could not read (a `$ref` to a file not written yet) (editors that save by rename are covered: the folders are watched,
 * filtered by name). A run that fails says why and leaves the last good package in place; Ctrl-C
 * (SIGINT) or SIGTERM stops cleanly, exit 0.
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
  let watched = '';
  const learned: Learned = new Map();
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
        learned.set(p.output, { inputs: r.inputs, inputFolders: r.inputFolders });
        console.log(
          r.upToDate
            ? `up to date: ${where} (${r.files.length} files)`
            : `generated ${r.files.length} files in ${where}`,
        );
      } catch (error) {
        report(error);
        const last = learned.get(p.output) ?? { inputs: [], inputFolders: [] };
        learned.set(p.output, { ...last, failed: filesOf(error) });
        console.error(`generation failed: keeping the last good output in ${where}`);
      }
    }
    console.log('watching for changes (Ctrl-C to stop)');
  };

  /** Watches what `watchedNames` lists now; does nothing when that has not changed. */
  const rewatch = (): void => {
    const dirs = watchedNames(projects, configFile, learned);
    const listed = JSON.stringify([...dirs].map(([d, n]) => [d, n === '*' ? n : [...n]]));
    if (listed === watched) return;
    watched = listed;
    for (const w of watchers) w.close();
    watchers = [...dirs].flatMap(([dir, names]) => {
      try {
        return [
          fsWatch(dir, (_event, name) => {
            if (name && (names === '*' || names.has(basename(name.toString()))))
              schedule(dir === dirname(configFile ?? '') && name.toString() === basename(configFile ?? ''));
          }),
        ];
      } catch {
        return []; // a folder gone since the run: its files are watched again after the next good run
      }
    });
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
      rewatch();
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

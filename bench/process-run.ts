import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured process run. */
export interface Run {
  /** Wall milliseconds. */
  wall: number;
  /** User + system CPU milliseconds: the process, its threads, and the children it waited for. */
  cpu: number;
  /** Peak resident set size, MB (of the largest process of the tree). */
  rss: number;
}

export const ROOT = join(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node <script> ...args` and measures it. With GNU time (Linux), CPU counts the children the
 * process waited for too (sdkgen's esbuild service, tsc's none), so a native helper's work is not
 * left out; otherwise a preload writes the process's own `resourceUsage()` at exit. On a shared,
 * loaded machine CPU time compares fairer than wall time; both are reported.
 */
export function run(dir: string, script: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const report = join(dir, 'rusage.out');
  rmSync(report, { force: true });
  const gnu = existsSync(GNU_TIME);
  const preload = join(dir, 'rusage.cjs');
  if (!gnu) {
    writeFileSync(
      preload,
      `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(report)}, [u.userCPUTime / 1e6, u.systemCPUTime / 1e6, u.maxRSS].join(' ')); });\n`,
    );
  }
  const node = [process.execPath, ...(gnu ? [] : ['--require', preload]), script, ...args];
  const [command, ...argv] = gnu ? [GNU_TIME, '-f', '%U %S %M', '-o', report, ...node] : node;
  const start = performance.now();
  const r = spawnSync(command!, argv, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${r.status}):\n${(r.stdout + r.stderr).slice(0, 2000)}`);
  const [user, sys, rssKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall, cpu: (user! + sys!) * 1000, rss: rssKb! / 1024 };
}

/**
 * Builds sdkgen's compiled `dist/` (`scripts/build.mjs`, what `npm install` runs) and returns the
 * environment that makes `bin/sdkgen.mjs` run it, so the bench measures sdkgen as users install it
 * rather than through the tsx loader of this repository; `{}` (tsx) when there is no build script.
 */
export function installedSdkgen(): Record<string, string> {
  const script = join(ROOT, 'scripts', 'build.mjs');
  if (!existsSync(script)) return {};
  const r = spawnSync(process.execPath, [script, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/build.mjs failed (${r.status}):\n${(r.stdout + r.stderr).slice(0, 2000)}`);
  return { SDKGEN_DIST: '1' };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median of `n` runs, each measure on its own. */
export function times(n: number, f: () => Run): Run {
  const runs = Array.from({ length: n }, f);
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)) };
}

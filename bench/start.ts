import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';

/**
 * Start time of the installed CLI (issue #12): `sdkgen --version` and `sdkgen --help` run from the
 * compiled dist/ (as `npx sdkgen` runs it in a user's project), side by side with a bare
 * `node -e 0`, interleaved in one run. CPU time of the children (user+system, from
 * /proc/self/stat's cutime/cstime, summed over the runs) is the measure; median wall time where
 * /proc is not there. The TypeScript-sources entry (tsx, used inside this repo) is shown for scale.
 */
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'sdkgen.mjs');
const RUNS = 15;

/** Children's CPU time so far in ms, or undefined without /proc. */
function childrenCpu(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // after "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

interface Measure {
  cpu: number;
  wall: number[];
}

export async function benchStart(): Promise<{ name: string; rows: BenchRow[] }> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-dts', '--quiet'], {
    stdio: 'inherit',
  });
  const commands: Record<string, { args: string[]; env?: NodeJS.ProcessEnv }> = {
    node: { args: ['-e', '0'] },
    version: { args: [BIN, '--version'], env: { SDKGEN_DIST: '1' } },
    help: { args: [BIN, '--help'], env: { SDKGEN_DIST: '1' } },
    sources: { args: [BIN, '--version'] },
  };
  const m: Record<string, Measure> = Object.fromEntries(
    Object.keys(commands).map((k) => [k, { cpu: 0, wall: [] }]),
  );
  for (let i = 0; i < RUNS; i++) {
    for (const [name, c] of Object.entries(commands)) {
      const cpu = childrenCpu();
      const t = performance.now();
      const r = spawnSync(process.execPath, c.args, {
        env: { ...process.env, ...c.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      m[name]!.wall.push(performance.now() - t);
      if (r.status !== 0) throw new Error(`${c.args.join(' ')} exited ${r.status}: ${r.stderr}`);
      const after = childrenCpu();
      if (cpu !== undefined && after !== undefined) m[name]!.cpu += after - cpu;
    }
  }
  const haveCpu = childrenCpu() !== undefined;
  const value = (k: string): number => {
    if (haveCpu) return m[k]!.cpu / RUNS;
    const w = m[k]!.wall.sort((a, b) => a - b);
    return w[Math.floor(w.length / 2)]!;
  };
  const what = haveCpu ? 'cpu' : 'wall';
  const peer = { peer: value('node'), peerName: 'node -e 0', unit: 'ms', better: 'lower' as const };
  return {
    name: 'start',
    rows: [
      { name: `sdkgen --version (dist, ${what})`, ours: value('version'), ...peer, goal: '≤ 2×' },
      { name: `sdkgen --help (dist, ${what})`, ours: value('help'), ...peer, goal: '≤ 2×' },
      {
        name: `sdkgen --version (TS sources via tsx, ${what})`,
        ours: value('sources'),
        ...peer,
        goal: 'for scale only',
      },
    ],
  };
}

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';
import { diffDocuments } from '../generator/diff/index.js';
import { loadIR } from '../generator/diff/pipeline.js';
import { medianTime } from './timing.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'sdkgen.mjs');
const openai = join(ROOT, '..', 'shared', 'specs', 'openai');
/** Two 3 MB OpenAI versions (August 2026 and the current spec). */
export const DIFF_PAIR = [join(openai, 'history', '13c6a94.yaml'), join(openai, 'openapi.yaml')] as const;
const RUNS = 3;

/** Prints the process's peak RSS (all threads, KB) to stderr at exit. */
const PEAK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`\\npeak-rss-kb ${process.resourceUsage().maxRSS}\\n`))';

/** Children's CPU time so far in ms (cutime + cstime of /proc/self/stat), or undefined without /proc. */
function childrenCpu(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

interface Measure {
  wall: number[];
  cpu: number;
  rss: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `sdkgen diff OLD NEW` on two 3 MB OpenAI versions as a user runs it: a fresh CLI process, cold
 * (`SDKGEN_NO_CACHE=1`, so every cache is off), start included; from the compiled dist/ (as
 * installed) as it decides (a worker thread loads the old version when a core is free), with the
 * worker forced on and off, and from the
 * TypeScript sources through tsx (as inside this repository). Side by side, interleaved in one
 * run: `sdkgen inspect NEW`, which loads one spec the same way (load, parse, annotate). Wall is
 * the median of the runs (noisy on a shared machine), CPU the mean of the children's CPU time,
 * memory each process's peak RSS (all threads). Then the comparison alone, in process, warm.
 * The peer for scale is Optic, about 22 minutes and 2 GB on such a pair (measured once here).
 */
export async function benchDiff(): Promise<{ name: string; rows: BenchRow[] }> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-dts', '--quiet'], {
    stdio: 'inherit',
  });
  const [oldFile, newFile] = DIFF_PAIR;
  const dist = { SDKGEN_DIST: '1' };
  const commands: Record<string, { args: string[]; env: NodeJS.ProcessEnv; status: number }> = {
    diff: { args: ['diff', oldFile, newFile], env: dist, status: 1 },
    worker: { args: ['diff', oldFile, newFile], env: { ...dist, SDKGEN_DIFF_WORKERS: '1' }, status: 1 },
    inOrder: { args: ['diff', oldFile, newFile], env: { ...dist, SDKGEN_DIFF_WORKERS: '0' }, status: 1 },
    sources: { args: ['diff', oldFile, newFile], env: {}, status: 1 },
    inspect: { args: ['inspect', newFile], env: dist, status: 0 },
  };
  const m: Record<string, Measure> = Object.fromEntries(
    Object.keys(commands).map((k) => [k, { wall: [], cpu: 0, rss: 0 }]),
  );
  for (let i = 0; i < RUNS; i++) {
    for (const [name, c] of Object.entries(commands)) {
      const cpu = childrenCpu();
      const started = performance.now();
      const r = spawnSync(process.execPath, ['--import', PEAK, BIN, ...c.args], {
        env: { ...process.env, SDKGEN_NO_CACHE: '1', ...c.env },
        encoding: 'utf8',
      });
      m[name]!.wall.push(performance.now() - started);
      if (r.status !== c.status)
        throw new Error(`sdkgen ${c.args.join(' ')} exited ${r.status}: ${r.stderr}`);
      const after = childrenCpu();
      if (cpu !== undefined && after !== undefined) m[name]!.cpu += (after - cpu) / RUNS;
      const rss = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
      m[name]!.rss = Math.max(m[name]!.rss, rss);
    }
  }
  const [a, b] = [await loadIR(oldFile), await loadIR(newFile)];
  let changes = 0;
  diffDocuments(a, b);
  const diffOnly = await medianTime(5, () => {
    changes = diffDocuments(a, b).changes.length;
  });
  const load = { peer: median(m.inspect!.wall), peerName: 'inspect (load one spec)', unit: 'ms' };
  const cpuPeer = { peer: m.inspect!.cpu, peerName: 'inspect (load one spec)', unit: 'ms' };
  const row = (name: string, ours: number, extra: Partial<BenchRow>): BenchRow => ({
    name,
    ours,
    unit: 'ms',
    better: 'lower',
    ...extra,
  });
  return {
    name: 'diff',
    rows: [
      row('diff 13c6a94 → current, CLI cold, dist (wall)', median(m.diff!.wall), {
        ...load,
        goal: '< 2000 ms',
      }),
      row('  same, CPU', m.diff!.cpu, cpuPeer),
      row('  same, worker thread forced (wall)', median(m.worker!.wall), load),
      row('  same, worker thread forced, CPU (both threads)', m.worker!.cpu, cpuPeer),
      row('  same, no worker thread (wall)', median(m.inOrder!.wall), load),
      row('  same, no worker thread, CPU', m.inOrder!.cpu, cpuPeer),
      row('  same, TS sources via tsx (wall)', median(m.sources!.wall), load),
      row('  same, TS sources via tsx, CPU', m.sources!.cpu, cpuPeer),
      row(`diff comparison only (in process, warm, ${changes} changes)`, diffOnly, {
        peer: 22 * 60_000,
        peerName: 'Optic (once, not re-run)',
      }),
      {
        name: 'peak RSS, diff CLI (dist, worker thread forced)',
        ours: m.worker!.rss,
        peer: m.inspect!.rss,
        peerName: 'inspect (load one spec)',
        unit: 'MB',
        better: 'lower',
        goal: '< 3×',
      },
      {
        name: 'peak RSS, diff CLI (dist, no worker)',
        ours: m.inOrder!.rss,
        peer: m.inspect!.rss,
        peerName: 'inspect (load one spec)',
        unit: 'MB',
        better: 'lower',
        goal: '< 3×',
      },
    ],
  };
}

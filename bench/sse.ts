/**
 * SSE throughput: 20,000 realistic chat-completion chunks from a local HTTP server, read
 * through our runtime `Stream` and through the official `openai` package, alternately and warm,
 * in one run. Reports events/s, in-process peak memory growth (heap + array buffers over a
 * post-GC baseline) and, from one fresh child process per reader, the peak RSS.
 *
 * Run: `npx tsx bench/sse.ts` or `npm run bench -- --only sse`.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchRow } from '../generator/commands/bench.js';
import { EVENTS, consume, startWorkload } from './sse-workload.js';

const ROUNDS = 5;

interface Run {
  eventsPerSecond: number;
  peakMB: number;
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function measure(gc: () => void, open: () => Promise<AsyncIterable<unknown>>): Promise<Run> {
  gc();
  const base = memory();
  let peak = base;
  const start = performance.now();
  await consume(await open(), () => (peak = Math.max(peak, memory())));
  const seconds = (performance.now() - start) / 1000;
  return { eventsPerSecond: EVENTS / seconds, peakMB: (Math.max(peak, memory()) - base) / 1e6 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Peak RSS of a fresh process that reads the workload through `which` only. */
async function childPeakRss(which: 'ours' | 'official'): Promise<number> {
  const script = join(import.meta.dirname, 'sse-rss.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, which], {
    cwd: join(import.meta.dirname, '..'),
    timeout: 120_000,
  });
  return (JSON.parse(stdout.trim().split('\n').pop()!) as { peakRssMB: number }).peakRssMB;
}

export async function benchSSE(): Promise<BenchRow[]> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const workload = await startWorkload();
  const runs: { ours: Run[]; official: Run[] } = { ours: [], official: [] };
  try {
    for (let round = -2; round < ROUNDS; round++) {
      const ours = await measure(gc, workload.readers.ours);
      const official = await measure(gc, workload.readers.official);
      if (round >= 0) runs.ours.push(ours), runs.official.push(official);
    }
  } finally {
    await workload.close();
  }
  const rss = { ours: await childPeakRss('ours'), official: await childPeakRss('official') };
  const peer = { peerName: 'openai 7.5.0' };
  return [
    {
      name: `SSE ${EVENTS} chat chunks, ${(workload.bytes / 1e6).toFixed(1)} MB (median of ${ROUNDS}, warm)`,
      ours: median(runs.ours.map((r) => r.eventsPerSecond)),
      peer: median(runs.official.map((r) => r.eventsPerSecond)),
      ...peer,
      unit: 'events/s',
      better: 'higher',
      goal: '≥ 1.5×',
    },
    {
      name: 'SSE in-process peak growth, heap+buffers (median)',
      ours: median(runs.ours.map((r) => r.peakMB)),
      peer: median(runs.official.map((r) => r.peakMB)),
      ...peer,
      unit: 'MB',
      better: 'lower',
      goal: '≤ 1.0×',
    },
    { name: 'SSE peak RSS, fresh process per reader', ours: rss.ours, peer: rss.official, ...peer, unit: 'MB', better: 'lower', goal: '≤ 1.0×' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatRows } = await import('../generator/commands/bench.js');
  console.log(formatRows('sse', await benchSSE()));
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from '../cli.js';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * `npm run bench`: runs every benchmark in `bench/` in one process run, side by side with the
 * peers, and prints ratios. Each bench module exports one `bench*` function returning rows.
 * Timings are printed, never asserted.
 */
const suites = ['start', 'load', 'generate', 'corpus', 'sse', 'stream-helpers', 'zod', 'diff', 'bundle'] as const;

export interface BenchRow {
  /** What was measured, e.g. `load+parse+annotate (warm)`. */
  name: string;
  /** Our number. */
  ours: number;
  /** The peer's number on the same input, when there is a peer. */
  peer?: number;
  /** Who the peer is, e.g. `openapi-typescript`. */
  peerName?: string;
  /** Unit of `ours`/`peer`: `ms`, `MB`, `events/s`, ... */
  unit: string;
  /** `lower` when smaller is better (time, memory), `higher` for throughput. */
  better?: 'lower' | 'higher';
  /** The goal as a ratio ours/peer, e.g. 1.0 or 0.8; or a note. */
  goal?: string;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

export function formatRows(suite: string, rows: BenchRow[]): string {
  const lines = [`## ${suite}`];
  for (const r of rows) {
    let line = `  ${r.name.padEnd(48)} ${fmt(r.ours).padStart(10)} ${r.unit}`;
    if (r.peer !== undefined) {
      line += `   ${r.peerName ?? 'peer'}: ${fmt(r.peer)} ${r.unit}   ratio ours/peer: ${(r.ours / r.peer).toFixed(2)}×`;
    }
    if (r.goal) line += `   (goal ${r.goal})`;
    lines.push(line);
  }
  return lines.join('\n');
}

export const bench: Command = async (args) => {
  const only = args[args.indexOf('--only') + 1];
  const root = PACKAGE_ROOT;
  let failed = 0;
  for (const suite of suites) {
    if (args.includes('--only') && suite !== only) continue;
    const file = join(root, 'bench', `${suite}.ts`);
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const fn = Object.entries(mod).find(([k, v]) => k.startsWith('bench') && typeof v === 'function')?.[1] as
      | (() => Promise<unknown>)
      | undefined;
    if (!fn) continue;
    try {
      const result = await fn();
      const rows = Array.isArray(result) ? result : (result as { rows?: unknown })?.rows;
      console.log(
        Array.isArray(rows) && rows.every((r) => typeof r?.ours === 'number')
          ? formatRows(suite, rows as BenchRow[])
          : `## ${suite}\n${JSON.stringify(result, null, 2)}`,
      );
    } catch (error) {
      failed++;
      console.log(`## ${suite}\n  failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed ? 1 : 0;
};

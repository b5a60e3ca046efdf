import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';
import { ROOT, run, times, type Run } from './process-run.js';
import { writeSyntheticSpec } from './synthetic-spec.js';

const SDKGEN = join(ROOT, 'bin', 'sdkgen.mjs');
const OPENAPI_TS = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const OPENAI = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
/** GitHub's REST description: ~1,000 operations, 13 MB of JSON (read from node_modules, never copied). */
const GITHUB = join(ROOT, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
/** A 10-operation spec (ReadMe's extensions example). */
const SMALL = join(ROOT, 'node_modules', '@readme', 'oas-examples', '3.1', 'json', 'readme-extensions.json');
const OTS = 'openapi-typescript (types only)';

/** `sdkgen generate` of a spec with no SDK config (names from paths and tags), cold, into `dir`. */
const generate = (dir: string, spec: string, name: string, env: Record<string, string>): Run =>
  run(dir, SDKGEN, ['generate', '--spec', spec, '--out', join(dir, name), '--quiet'], { env: { ...env, SDKGEN_NO_CACHE: '1' } });
const peer = (dir: string, spec: string, name: string): Run => run(dir, OPENAPI_TS, [spec, '-o', join(dir, `${name}.d.ts`)]);

function versus(label: string, ours: Run, theirs: Run, goals: { cpu?: string; wall?: string; rss?: string } = {}): BenchRow[] {
  const row = (what: keyof Run, unit: string, goal?: string): BenchRow => ({
    name: `${label} (${what === 'rss' ? 'peak RSS' : what === 'cpu' ? 'CPU' : 'wall'})`,
    ours: ours[what],
    peer: theirs[what],
    peerName: OTS,
    unit,
    better: 'lower',
    ...(goal ? { goal } : {}),
  });
  return [row('cpu', 'ms', goals.cpu), row('wall', 'ms', goals.wall), row('rss', 'MB', goals.rss)];
}

/**
 * Specs of other sizes, cold: GitHub's ~1,000 operations and a 10-operation spec against
 * openapi-typescript on the same file, and a synthetic series (1×, 2×, 4×, 8× the OpenAI
 * operations and schemas, renamed copies made under `dir`) with CPU time and peak memory per
 * operation at each size: flat per-operation numbers mean cost grows linearly with the spec.
 */
export function benchScale(dir: string, runs: number, env: Record<string, string>): BenchRow[] {
  const rows: BenchRow[] = [];
  rows.push(
    ...versus('generate GitHub REST (~1,000 ops), cold', times(runs, () => generate(dir, GITHUB, 'github', env)), times(runs, () => peer(dir, GITHUB, 'github')), {
      cpu: '≤ 2.0×',
      rss: '≤ 1.5×',
    }),
  );
  rows.push(
    ...versus('generate a 10-operation spec, cold', times(runs, () => generate(dir, SMALL, 'small', env)), times(runs, () => peer(dir, SMALL, 'small')), {
      cpu: '≤ 3.0×',
      wall: '≤ 3.0× and ≤ 1,000 ms',
    }),
  );
  for (const copies of [1, 2, 4, 8]) {
    const spec = join(dir, `openai-x${copies}.json`);
    const ops = writeSyntheticSpec(OPENAI, copies, spec);
    const r = generate(dir, spec, `openai-x${copies}`, env);
    rows.push(
      { name: `synthetic ${copies}× OpenAI (${ops} ops), cold, CPU per op`, ours: r.cpu / ops, unit: 'ms/op', better: 'lower' },
      { name: `synthetic ${copies}× OpenAI (${ops} ops), cold, peak RSS per op`, ours: r.rss / ops, unit: 'MB/op', better: 'lower' },
    );
  }
  return rows;
}

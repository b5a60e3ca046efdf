import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';

const ROOT = join(import.meta.dirname, '..');
const SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const CONSUMER = join(ROOT, 'bench', 'fixtures', 'consumer.ts');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const OPENAPI_TS = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const OFFICIAL = join(ROOT, 'node_modules', 'openai');
/** Runs of each measurement (median reported); `SDKGEN_BENCH_RUNS` overrides. */
const RUNS = Math.max(1, Number(process.env.SDKGEN_BENCH_RUNS) || 3);

interface Run {
  /** Wall milliseconds. */
  wall: number;
  /** User + system CPU milliseconds of the whole process, worker threads included. */
  cpu: number;
  /** Peak resident set size, MB. */
  rss: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Runs `node <script> ...args` with a preload that writes the process's own resource usage at
 * exit: CPU time and peak RSS of that one process, not of the shell around it. On a shared,
 * loaded machine CPU time compares fairer than wall time; both are reported.
 */
function run(
  dir: string,
  script: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Run {
  const preload = join(dir, 'rusage.cjs');
  const report = join(dir, 'rusage.json');
  writeFileSync(
    preload,
    `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(u)); });\n`,
  );
  rmSync(report, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, script, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = performance.now() - start;
  if (r.status !== 0)
    throw new Error(
      `${script} ${args.join(' ')} failed (${r.status}):\n${(r.stdout + r.stderr).slice(0, 2000)}`,
    );
  const u = JSON.parse(readFileSync(report, 'utf8')) as {
    userCPUTime: number;
    systemCPUTime: number;
    maxRSS: number;
  };
  return { wall, cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024 };
}

function medianOf(runs: Run[]): Run {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rss: median(runs.map((r) => r.rss)),
  };
}

const times = (n: number, f: () => Run): Run => medianOf(Array.from({ length: n }, f));

/** A consumer project with `bench/fixtures/consumer.ts` and `node_modules/openai` → `pkg`. */
function consumerProject(dir: string, pkg: string): string {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(pkg, join(dir, 'node_modules', 'openai'), 'dir');
  copyFileSync(CONSUMER, join(dir, 'consumer.ts'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
  return dir;
}

/**
 * `sdkgen generate` of the OpenAI spec (the whole package: types, resources, zod, docs, tests,
 * ESM + CJS + declarations) into a temporary folder, cold (`SDKGEN_NO_CACHE=1`: no load, format
 * or build cache) and warm (caches primed by a previous run of the same spec), vs
 * openapi-typescript's types-only run on the same spec; peak RSS of each; and `tsc --noEmit` on
 * one consumer file against our package vs against the official `openai` package. Medians of
 * `RUNS` runs each.
 */
export async function benchGenerate(): Promise<{ name: string; rows: BenchRow[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-bench-generate-'));
  try {
    const out = join(dir, 'openai');
    const sdkgen = join(ROOT, 'bin', 'sdkgen.mjs');
    const generate = ['generate', '--spec-id', 'openai', '--out', out, '--quiet'];
    const cold = times(RUNS, () => run(dir, sdkgen, generate, { env: { SDKGEN_NO_CACHE: '1' } }));
    run(dir, sdkgen, generate); // primes the caches
    const warm = times(RUNS, () => run(dir, sdkgen, generate));
    const peer = times(RUNS, () => run(dir, OPENAPI_TS, [SPEC, '-o', join(dir, 'openapi-typescript.d.ts')]));

    const ours = consumerProject(join(dir, 'consumer-ours'), out);
    const official = consumerProject(join(dir, 'consumer-official'), OFFICIAL);
    const tsc = (cwd: string): Run => run(dir, TSC, ['-p', '.'], { cwd });
    const tscOurs = times(RUNS, () => tsc(ours));
    const tscOfficial = times(RUNS, () => tsc(official));

    const otsName = 'openapi-typescript (types only)';
    const gen = (label: string, r: Run): BenchRow[] => [
      {
        name: `generate OpenAI package, ${label} (CPU)`,
        ours: r.cpu,
        peer: peer.cpu,
        peerName: otsName,
        unit: 'ms',
        better: 'lower',
        goal: '≤ 1.0×',
      },
      {
        name: `generate OpenAI package, ${label} (wall)`,
        ours: r.wall,
        peer: peer.wall,
        peerName: otsName,
        unit: 'ms',
        better: 'lower',
        goal: '≤ 1.0×',
      },
      {
        name: `generate OpenAI package, ${label} (peak RSS)`,
        ours: r.rss,
        peer: peer.rss,
        peerName: otsName,
        unit: 'MB',
        better: 'lower',
      },
    ];
    const off = 'official openai';
    return {
      name: 'generate',
      rows: [
        ...gen('cold', cold),
        ...gen('warm', warm),
        {
          name: 'tsc --noEmit consumer file (CPU)',
          ours: tscOurs.cpu,
          peer: tscOfficial.cpu,
          peerName: off,
          unit: 'ms',
          better: 'lower',
          goal: '≤ 0.8×',
        },
        {
          name: 'tsc --noEmit consumer file (wall)',
          ours: tscOurs.wall,
          peer: tscOfficial.wall,
          peerName: off,
          unit: 'ms',
          better: 'lower',
          goal: '≤ 0.8×',
        },
        {
          name: 'tsc --noEmit consumer file (peak RSS)',
          ours: tscOurs.rss,
          peer: tscOfficial.rss,
          peerName: off,
          unit: 'MB',
          better: 'lower',
        },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

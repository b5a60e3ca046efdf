import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';
import { benchScale } from './generate-scale.js';
import { installedSdkgen, ROOT, run, times, type Run } from './process-run.js';

const SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const CONFIG = join(ROOT, 'spec', 'openai.sdk.yaml');
const CONSUMER = join(ROOT, 'bench', 'fixtures', 'consumer.ts');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** TypeScript 7 (the native compiler, npm alias `typescript-7`): its consumer rows are information, not a goal. */
const TSC7 = join(ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc');
const OPENAPI_TS = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const OFFICIAL = join(ROOT, 'node_modules', 'openai');
/** Runs of each measurement (median reported); `SDKGEN_BENCH_RUNS` overrides. */
const RUNS = Math.max(1, Number(process.env.SDKGEN_BENCH_RUNS) || 3);

/** A consumer project with `bench/fixtures/consumer.ts` and `node_modules/openai` → `pkg`. */
function consumerProject(dir: string, pkg: string, extra: Record<string, unknown> = {}): string {
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
    ...extra,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
  return dir;
}

/** A package named `openai` whose exports are typed `any`: what a consumer costs with no package types at all. */
function stubPackage(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'openai', type: 'module', exports: { '.': { types: './index.d.ts', default: './index.js' } } }));
  writeFileSync(join(dir, 'index.d.ts'), 'declare const OpenAI: any;\ntype OpenAI = any;\nexport default OpenAI;\nexport declare const toFile: any;\n');
  return dir;
}

/**
 * `sdkgen generate` of the OpenAI spec (the whole package: types, resources, zod, docs, tests,
 * ESM + CJS + declarations) into a temporary folder, cold (`SDKGEN_NO_CACHE=1`: no load or build
 * cache) and warm (caches primed by a previous run of the same spec), vs openapi-typescript's
 * types-only run on the same spec; peak RSS of each; `tsc --noEmit` on one consumer file against
 * our package vs against the official `openai` package (TypeScript 5.9, and TypeScript 7 as
 * information when `typescript-7` is installed); and other spec sizes (`generate-scale.ts`).
 * Medians of `RUNS` runs each (`SDKGEN_BENCH_RUNS`; the synthetic series runs once per size).
 */
export async function benchGenerate(): Promise<{ name: string; rows: BenchRow[] }> {
  // Under the repository, so the package resolves `zod` (its custom code is type-checked) as users' would.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'bench-generate-'));
  try {
    const out = join(dir, 'openai');
    const sdkgen = join(ROOT, 'bin', 'sdkgen.mjs');
    const generate = ['generate', '--spec', SPEC, '--config', CONFIG, '--out', out, '--quiet'];
    const env = installedSdkgen();
    const cold = times(RUNS, () => run(dir, sdkgen, generate, { env: { ...env, SDKGEN_NO_CACHE: '1' } }));
    run(dir, sdkgen, generate, { env }); // primes the caches
    const warm = times(RUNS, () => run(dir, sdkgen, generate, { env }));
    const peer = times(RUNS, () => run(dir, OPENAPI_TS, [SPEC, '-o', join(dir, 'openapi-typescript.d.ts')]));

    const ours = consumerProject(join(dir, 'consumer-ours'), out);
    const official = consumerProject(join(dir, 'consumer-official'), OFFICIAL);
    const tsc = (cwd: string, bin = TSC): Run => run(dir, bin, ['-p', '.'], { cwd });
    const tscOurs = times(RUNS, () => tsc(ours));
    const tscOfficial = times(RUNS, () => tsc(official));
    // The floor no package can go below: the same consumer against an `openai` typed `any`
    // (Node and tsc starting, the ES2022 + DOM libs, the consumer file itself).
    // (`noImplicitAny` off: callbacks over `any` values would be errors, not more work.)
    const stub = consumerProject(join(dir, 'consumer-stub'), stubPackage(join(dir, 'stub-openai')), { noImplicitAny: false });
    const tscStub = times(RUNS, () => tsc(stub));
    const tsc7 = existsSync(TSC7) ? { ours: times(RUNS, () => tsc(ours, TSC7)), official: times(RUNS, () => tsc(official, TSC7)) } : undefined;

    const otsName = 'openapi-typescript (types only)';
    const gen = (label: string, r: Run): BenchRow[] => [
      {
        name: `generate OpenAI package, ${label} (CPU)`,
        ours: r.cpu,
        peer: peer.cpu,
        peerName: otsName,
        unit: 'ms',
        better: 'lower',
        goal: label === 'cold' ? '≤ 1.5×, aim ≤ 1.0×' : '≤ 0.3×',
      },
      {
        name: `generate OpenAI package, ${label} (wall)`,
        ours: r.wall,
        peer: peer.wall,
        peerName: otsName,
        unit: 'ms',
        better: 'lower',
        goal: label === 'cold' ? '≤ 1.5×, aim ≤ 1.0×' : '≤ 0.3×',
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
        {
          name: 'tsc --noEmit consumer file, above a typed-any stub (CPU)',
          ours: tscOurs.cpu - tscStub.cpu,
          peer: tscOfficial.cpu - tscStub.cpu,
          peerName: off,
          unit: 'ms',
          better: 'lower',
          goal: `information: the packages' own cost (stub: ${tscStub.cpu.toFixed(0)} ms)`,
        },
        ...(tsc7
          ? [
              {
                name: 'tsc 7 --noEmit consumer file (CPU)',
                ours: tsc7.ours.cpu,
                peer: tsc7.official.cpu,
                peerName: off,
                unit: 'ms',
                better: 'lower' as const,
                goal: 'information',
              },
            ]
          : []),
        ...benchScale(dir, RUNS, env),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

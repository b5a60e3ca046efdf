import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';

const ROOT = join(import.meta.dirname, '..');
const SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const CONSUMER = join(ROOT, 'tests', 'e2e', 'consumer', 'openai-consumer.ts');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Runs a command through bash and reads the children's CPU time from `times`: on a shared,
 * loaded machine CPU seconds compare fairer than wall time, so both are reported.
 */
function measure(argv: string[], env: Record<string, string> = {}): { wall: number; cpu: number } {
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const start = performance.now();
  const out = execFileSync('bash', ['-c', `${quoted} >/dev/null 2>&1 || exit 1; times`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const wall = performance.now() - start;
  const children = out.trim().split('\n').at(-1)!.split(/\s+/);
  const secs = (t: string) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  return { wall, cpu: (secs(children[0]!) + secs(children[1]!)) * 1000 };
}

function best(runs: number, argv: string[]): { wall: number; cpu: number } {
  const all = Array.from({ length: runs }, () => measure(argv));
  return { wall: Math.min(...all.map((r) => r.wall)), cpu: Math.min(...all.map((r) => r.cpu)) };
}

/**
 * `sdkgen generate` on the OpenAI spec (the whole package: types, resources, zod, docs, tests,
 * ESM + CJS builds) vs openapi-typescript's types-only run on the same spec; and `tsc` on a
 * consumer file against our package vs against the official `openai` package.
 */
export async function benchGenerate(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-bench-'));
  try {
    const out = join(dir, 'openai');
    const gen = [process.execPath, join(ROOT, 'bin', 'sdkgen.mjs'), 'generate', '--spec-id', 'openai', '--out', out, '--quiet'];
    // Cold: no cache at all (SDKGEN_NO_CACHE=1). Warm: the same spec again, caches primed.
    const cold = measure(gen, { SDKGEN_NO_CACHE: '1' });
    measure(gen);
    const warm = best(2, gen);
    const peerArgv = [process.execPath, join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), SPEC, '-o', join(dir, 'schema.d.ts')];
    const peer = best(2, peerArgv);

    const base = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], strict: true, noEmit: true, skipLibCheck: true };
    const ours = join(dir, 'tsconfig.ours.json');
    const official = join(dir, 'tsconfig.official.json');
    writeFileSync(ours, JSON.stringify({ compilerOptions: { ...base, paths: { openai: [join(out, 'dist', 'esm', 'index.d.ts')] } }, files: [CONSUMER] }));
    writeFileSync(official, JSON.stringify({ compilerOptions: base, files: [CONSUMER] }));
    const tscOurs = best(3, [process.execPath, TSC, '-p', ours]);
    const tscOfficial = best(3, [process.execPath, TSC, '-p', official]);

    const peerName = 'openapi-typescript (types only)';
    return [
      { name: 'generate OpenAI package, cold cache (wall)', ours: cold.wall, peer: peer.wall, peerName, unit: 'ms', better: 'lower', goal: '≤ 1.0×' },
      { name: 'generate OpenAI package, cold cache (CPU)', ours: cold.cpu, peer: peer.cpu, peerName, unit: 'ms', better: 'lower', goal: '≤ 1.0×' },
      { name: 'generate OpenAI package, warm (wall)', ours: warm.wall, peer: peer.wall, peerName, unit: 'ms', better: 'lower', goal: '≤ 1.0×' },
      { name: 'generate OpenAI package, warm (CPU)', ours: warm.cpu, peer: peer.cpu, peerName, unit: 'ms', better: 'lower', goal: '≤ 1.0×' },
      { name: 'tsc consumer file (wall)', ours: tscOurs.wall, peer: tscOfficial.wall, peerName: 'official openai', unit: 'ms', better: 'lower', goal: '≤ 0.8×' },
      { name: 'tsc consumer file (CPU)', ours: tscOurs.cpu, peer: tscOfficial.cpu, peerName: 'official openai', unit: 'ms', better: 'lower', goal: '≤ 0.8×' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

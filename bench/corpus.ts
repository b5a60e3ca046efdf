import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from '../generator/commands/bench.js';
import { installedSdkgen, ROOT, run, times, type Run } from './process-run.js';

const EXAMPLES = join(ROOT, 'node_modules', '@readme', 'oas-examples');
const OPENAPI_TS = join(ROOT, 'node_modules', 'openapi-typescript', 'dist', 'index.mjs');
/** Runs of each measurement (median reported); `SDKGEN_BENCH_RUNS` overrides. */
const RUNS = Math.max(1, Number(process.env.SDKGEN_BENCH_RUNS) || 3);

/** Every JSON spec of the `@readme/oas-examples` corpus (3.0 and 3.1). */
function corpus(): string[] {
  return ['3.0', '3.1'].flatMap((v) =>
    readdirSync(join(EXAMPLES, v, 'json'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(EXAMPLES, v, 'json', f)),
  );
}

/**
 * The peer's run: one process that turns each spec into a `.d.ts` with openapi-typescript's API
 * (what its CLI does per file), so neither side pays a process start per spec.
 */
function peerScript(dir: string): string {
  const file = join(dir, 'openapi-typescript-corpus.mjs');
  writeFileSync(
    file,
    `import { readFileSync, writeFileSync } from 'node:fs';
const { default: openapiTS, astToString } = await import(${JSON.stringify(pathToFileURL(OPENAPI_TS).href)});
const [out, ...specs] = process.argv.slice(2);
const ok = [];
let i = 0;
for (const spec of specs) {
  try {
    writeFileSync(out + '/' + i++ + '.d.ts', astToString(await openapiTS(JSON.parse(readFileSync(spec, 'utf8')))));
    ok.push(spec);
  } catch {}
}
if (process.env.LIST_OK) writeFileSync(process.env.LIST_OK, JSON.stringify(ok));
`,
  );
  return file;
}

/** Ours: `sdkgen generate --config-file` with one entry per spec, sources only (no `dist/` build). */
function projectConfig(dir: string, specs: string[]): string {
  const file = join(dir, 'sdkgen.config.json');
  const entries = specs.map((input, i) => ({ input, output: join(dir, 'ours', String(i)), sourcesOnly: true }));
  writeFileSync(file, JSON.stringify(entries, null, 1));
  return file;
}

function rows(label: string, ours: Run, peer: Run): BenchRow[] {
  const peerName = 'openapi-typescript (types only)';
  return [
    { name: `${label} (CPU)`, ours: ours.cpu, peer: peer.cpu, peerName, unit: 'ms', better: 'lower' },
    { name: `${label} (peak RSS)`, ours: ours.rss, peer: peer.rss, peerName, unit: 'MB', better: 'lower' },
  ];
}

/**
 * Generates every corpus spec openapi-typescript can read with no config, cold (`SDKGEN_NO_CACHE=1`), in one sdkgen process
 * (a project config listing them all; package sources, no build), vs openapi-typescript turning
 * the same specs into types in one process; then the corpus's largest spec alone, the same way.
 * The OpenAI spec (the largest we test with) is the `generate` suite's. Medians of `RUNS` runs.
 */
export async function benchCorpus(): Promise<{ name: string; rows: BenchRow[] }> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'bench-corpus-'));
  try {
    // The specs openapi-typescript can read (it rejects a few, e.g. unresolvable discriminator
    // mappings): both sides are measured on exactly these.
    const all = corpus();
    const listed = join(dir, 'peer-ok.json');
    mkdirSync(join(dir, 'probe'), { recursive: true });
    run(dir, peerScript(dir), [join(dir, 'probe'), ...all], { env: { LIST_OK: listed } });
    const specs = JSON.parse(readFileSync(listed, 'utf8')) as string[];
    const largest = [...specs].sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const env = { ...installedSdkgen(), SDKGEN_NO_CACHE: '1' };
    const sdkgen = join(ROOT, 'bin', 'sdkgen.mjs');
    const peer = peerScript(dir);
    mkdirSync(join(dir, 'peer'), { recursive: true });
    const measure = (list: string[], name: string): [Run, Run] => {
      const config = projectConfig(join(dir, name), list);
      const ours = times(RUNS, () => run(dir, sdkgen, ['generate', '--config-file', config, '--quiet'], { env }));
      const theirs = times(RUNS, () => run(dir, peer, [join(dir, 'peer'), ...list]));
      return [ours, theirs];
    };
    mkdirSync(join(dir, 'all'), { recursive: true });
    mkdirSync(join(dir, 'largest'), { recursive: true });
    const [allOurs, allPeer] = measure(specs, 'all');
    const [bigOurs, bigPeer] = measure([largest], 'largest');
    const big = largest.slice(EXAMPLES.length + 1);
    return {
      name: 'corpus',
      rows: [
        ...rows(`generate ${specs.length} of ${all.length} oas-examples specs, cold`, allOurs, allPeer),
        ...rows(`generate ${big} (${(statSync(largest).size / 1024).toFixed(0)} KB), cold`, bigOurs, bigPeer),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

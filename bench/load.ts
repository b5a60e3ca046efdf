import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BenchRow } from '../generator/commands/bench.js';
import { annotate } from '../generator/annotate/index.js';
import { loadSdkConfig } from '../generator/config/load.js';
import { loadSpec } from '../generator/load/index.js';
import { parseSpec } from '../generator/parse/index.js';
import { medianTime } from './timing.js';

const specs = join(import.meta.dirname, '..', '..', 'shared', 'specs');
const openai = join(specs, 'openai', 'openapi.yaml');
const digitalocean = join(specs, 'digitalocean', 'DigitalOcean-public.v2.yaml');

/**
 * `load` on the OpenAI spec (one 3 MB file) and the DigitalOcean spec (~2,000 files): cold (no
 * cache: parse, merge, validate) next to a bare `yaml.parse` of the same file, and warm (a
 * content-hash cache hit). Peak RSS is the whole process's, read after the runs.
 * `SDKGEN_NO_CACHE=1` makes the warm rows cold.
 */
export async function benchLoad(): Promise<{ name: string; rows: BenchRow[] }> {
  const cache = mkdtempSync(join(tmpdir(), 'sdkgen-bench-load-'));
  try {
    const text = readFileSync(openai, 'utf8');
    const yamlOnly = await medianTime(3, () => parse(text));
    const cold = await medianTime(3, () => loadSpec(openai, { cache: false }));
    await loadSpec(openai, { cache });
    const warm = await medianTime(5, () => loadSpec(openai, { cache }));
    const config = await loadSdkConfig(join(import.meta.dirname, '..', 'spec', 'openai.sdk.yaml'));
    const pipeline = async () => annotate(parseSpec(await loadSpec(openai, { cache })), config);
    await pipeline();
    const front = await medianTime(5, pipeline);
    const doCold = await medianTime(1, () => loadSpec(digitalocean, { cache: false }));
    await loadSpec(digitalocean, { cache });
    const doWarm = await medianTime(5, () => loadSpec(digitalocean, { cache }));
    const peak = process.resourceUsage().maxRSS / 1024;
    const rows: BenchRow[] = [
      {
        name: 'load openai cold (parse+merge+validate)',
        ours: cold,
        peer: yamlOnly,
        peerName: 'yaml.parse alone',
        unit: 'ms',
        better: 'lower',
        goal: 'near 1.0',
      },
      { name: 'load openai warm (cache hit)', ours: warm, unit: 'ms', better: 'lower', goal: '< 300 ms' },
      {
        name: 'load+parse+annotate openai warm',
        ours: front,
        unit: 'ms',
        better: 'lower',
        goal: '< 1000 ms',
      },
      { name: 'load digitalocean cold (~2,000 files)', ours: doCold, unit: 'ms', better: 'lower' },
      {
        name: 'load digitalocean warm (cache hit)',
        ours: doWarm,
        unit: 'ms',
        better: 'lower',
        goal: '< 300 ms',
      },
      { name: 'peak RSS (process, after load runs)', ours: peak, unit: 'MB', better: 'lower' },
    ];
    return { name: 'load', rows };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

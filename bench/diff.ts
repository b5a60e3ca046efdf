import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';
import { diffDocuments } from '../generator/diff/index.js';
import { loadIR } from '../generator/diff/pipeline.js';
import { medianTime } from './timing.js';

const openai = join(import.meta.dirname, '..', '..', 'shared', 'specs', 'openai');
/** Two 3 MB OpenAI versions (August 2026 and the current spec). */
export const DIFF_PAIR = [join(openai, 'history', '13c6a94.yaml'), join(openai, 'openapi.yaml')] as const;

/**
 * `sdkgen diff` on two 3 MB OpenAI versions: end to end (load, parse, annotate both, diff) and
 * the comparison alone, warm (after one run in the same process). Memory: the process's peak RSS
 * read after the runs (both documents, their IR and the report live at once). The peer is Optic, which took
 * about 22 minutes and 2 GB on such a pair here (measured once, not re-run by this bench).
 */
export async function benchDiff(): Promise<{ name: string; rows: BenchRow[] }> {
  const [oldFile, newFile] = DIFF_PAIR;
  const run = async () => diffDocuments(await loadIR(oldFile), await loadIR(newFile));
  await run();
  const endToEnd = await medianTime(3, run);
  const [a, b] = [await loadIR(oldFile), await loadIR(newFile)];
  diffDocuments(a, b);
  let changes = 0;
  const diffOnly = await medianTime(5, () => {
    changes = diffDocuments(a, b).changes.length;
  });
  const peak = process.resourceUsage().maxRSS / 1024;
  return {
    name: 'diff',
    rows: [
      {
        name: 'diff 13c6a94 → current, end to end (warm)',
        ours: endToEnd,
        peer: 22 * 60_000,
        peerName: 'Optic (once, not re-run)',
        unit: 'ms',
        better: 'lower',
        goal: '< 2000 ms',
      },
      {
        name: `diff comparison only (warm, ${changes} changes)`,
        ours: diffOnly,
        unit: 'ms',
        better: 'lower',
      },
      {
        name: 'peak RSS (whole process)',
        ours: peak,
        peer: 2048,
        peerName: 'Optic (once, not re-run)',
        unit: 'MB',
        better: 'lower',
      },
    ],
  };
}

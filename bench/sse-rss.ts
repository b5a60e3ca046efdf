/**
 * Child process of `bench/sse.ts`: reads the SSE workload through one reader only (`ours` or
 * `official`, argv[2]) — 2 warm-up runs, then 5 — and prints the process's peak RSS as JSON.
 * A fresh process per reader makes the kernel's high-water mark (`maxRSS`) comparable.
 */
import { consume, startWorkload } from './sse-workload.js';

const which = process.argv[2];
if (which !== 'ours' && which !== 'official') throw new Error('usage: sse-rss.ts ours|official');
const workload = await startWorkload();
try {
  for (let i = 0; i < 7; i++) await consume(await workload.readers[which]());
} finally {
  await workload.close();
}
console.log(JSON.stringify({ which, peakRssMB: process.resourceUsage().maxRSS / 1024 }));

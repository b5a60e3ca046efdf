/**
 * SSE throughput: 20,000 realistic chat-completion chunks served by a local HTTP server, read
 * through our runtime `Stream` and through the official `openai` package, alternately, warm.
 * Reports events/s and peak memory growth (heap + array buffers over a post-GC baseline).
 *
 * Run: `npx tsx bench/sse.ts` or `npm run bench -- --only sse`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import OpenAI from 'openai';
import { Stream } from '../templates/runtime/core/streaming.js';
import type { BenchRow } from '../generator/commands/bench.js';

const EVENTS = 20_000;
const ROUNDS = 5;
const WORDS = [' the', ' model', ' streams', ' tokens', ' quickly', ',', ' naïve', ' café', ' 😀', '.'];

function payload(): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const chunk = {
      id: 'chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG',
      object: 'chat.completion.chunk',
      created: 1741570283,
      model: 'gpt-4o-2024-08-06',
      service_tier: 'default',
      system_fingerprint: 'fp_eb9dce56a8',
      choices: [{ index: 0, delta: { content: WORDS[i % WORDS.length] }, logprobs: null, finish_reason: null }],
      usage: null,
    };
    parts.push(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  parts.push('data: [DONE]\n\n');
  return Buffer.from(parts.join(''));
}

function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

interface Run {
  eventsPerSecond: number;
  peakMB: number;
}

/** Iterates `events`, checking each chunk and sampling memory every 500 events. */
async function measure(gc: () => void, open: () => Promise<AsyncIterable<unknown>>): Promise<Run> {
  gc();
  const base = memory();
  let peak = base;
  const start = performance.now();
  let count = 0;
  let chars = 0;
  for await (const chunk of await open()) {
    const content = (chunk as { choices: { delta: { content?: string } }[] }).choices[0]?.delta.content;
    chars += content?.length ?? 0;
    if (++count % 500 === 0) peak = Math.max(peak, memory());
  }
  const seconds = (performance.now() - start) / 1000;
  peak = Math.max(peak, memory());
  if (count !== EVENTS || chars === 0) throw new Error(`expected ${EVENTS} chunks, got ${count}`);
  return { eventsPerSecond: count / seconds, peakMB: (peak - base) / 1e6 };
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchSSE(): Promise<BenchRow[]> {
  const body = payload();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_bench' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const gc = gcFunction();
  const client = new OpenAI({ apiKey: 'sk-bench', baseURL, maxRetries: 0 });
  const ours = async () => {
    const controller = new AbortController();
    const response = await fetch(`${baseURL}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], stream: true }),
      headers: { 'content-type': 'application/json' },
      signal: controller.signal,
    });
    return Stream.fromSSEResponse<unknown>(response, controller);
  };
  const official = () =>
    client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], stream: true });
  const runs: { ours: Run[]; official: Run[] } = { ours: [], official: [] };
  try {
    for (let round = -2; round < ROUNDS; round++) {
      const a = await measure(gc, ours);
      const b = await measure(gc, official);
      if (round >= 0) runs.ours.push(a), runs.official.push(b);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  const mb = (body.length / 1e6).toFixed(1);
  return [
    {
      name: `SSE chat chunks, ${EVENTS} events / ${mb} MB (median of ${ROUNDS}, warm)`,
      ours: median(runs.ours.map((r) => r.eventsPerSecond)),
      peer: median(runs.official.map((r) => r.eventsPerSecond)),
      peerName: 'openai 7.5.0',
      unit: 'events/s',
      better: 'higher',
      goal: '≥ 1.5×',
    },
    {
      name: 'SSE peak memory growth, heap + buffers (median)',
      ours: median(runs.ours.map((r) => r.peakMB)),
      peer: median(runs.official.map((r) => r.peakMB)),
      peerName: 'openai 7.5.0',
      unit: 'MB',
      better: 'lower',
      goal: '≤ 1.0×',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatRows } = await import('../generator/commands/bench.js');
  console.log(formatRows('sse', await benchSSE()));
}

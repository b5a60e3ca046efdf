/**
 * Stream helpers: events per CPU second through `chat.completions.stream()` and
 * `responses.stream()` of the generated OpenAI package (its helper layer, `spec/openai/lib/`)
 * and of the official `openai` package, on the same transcript (20,000 text deltas) served by
 * a mocked `fetch` in 64 KB pieces, so only the client's work is measured. Each run listens to
 * the text-delta event and awaits the final result; runs alternate, 2 warm-up rounds, median of 5.
 * A third row puts our chat helper beside our own raw `create({ stream: true })` iteration: what
 * the helper layer (snapshot, events, final parse) costs.
 *
 * Run: `npx tsx bench/stream-helpers.ts` or `npm run bench -- --only stream-helpers`.
 * The package is `generated/openai` (`npm run generate`), or `OPENAI_HELPERS_PACKAGE`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import OpenAI from 'openai';
import type { BenchRow } from '../generator/commands/bench.js';
import { PACKAGE_DIR } from '../tests/openai-helpers/package.js';

const EVENTS = 20_000;
const ROUNDS = 5;
const WORDS = [' the', ' model', ' streams', ' tokens', ' quickly', ',', ' naïve', ' café', ' 😀', '.'];

const sse = (data: unknown, event?: string) => `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

function chatTranscript(): string {
  const base = { id: 'chatcmpl-B9MH', object: 'chat.completion.chunk', created: 1741570283, model: 'gpt-4o-2024-08-06', system_fingerprint: 'fp_eb9dce56a8' };
  const parts = [sse({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] })];
  for (let i = 0; i < EVENTS; i++) {
    parts.push(sse({ ...base, choices: [{ index: 0, delta: { content: WORDS[i % WORDS.length] }, logprobs: null, finish_reason: null }] }));
  }
  parts.push(sse({ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }] }), 'data: [DONE]\n\n');
  return parts.join('');
}

function responsesTranscript(): string {
  const item = { id: 'msg_1', type: 'message', status: 'in_progress', role: 'assistant', content: [] as unknown[] };
  const response = { id: 'resp_1', object: 'response', created_at: 1741476542, status: 'in_progress', model: 'gpt-4.1', output: [] as unknown[], error: null, incomplete_details: null, instructions: null, parallel_tool_calls: true, tools: [], tool_choice: 'auto', temperature: 1, top_p: 1, metadata: {} };
  let seq = 0;
  const ev = (type: string, fields: object) => sse({ type, sequence_number: seq++, ...fields }, type);
  const loc = { item_id: 'msg_1', output_index: 0, content_index: 0 };
  const parts = [
    ev('response.created', { response }),
    ev('response.output_item.added', { output_index: 0, item }),
    ev('response.content_part.added', { ...loc, part: { type: 'output_text', text: '', annotations: [], logprobs: [] } }),
  ];
  let text = '';
  for (let i = 0; i < EVENTS; i++) {
    const delta = WORDS[i % WORDS.length]!;
    text += delta;
    parts.push(ev('response.output_text.delta', { ...loc, delta, logprobs: [] }));
  }
  const part = { type: 'output_text', text, annotations: [], logprobs: [] };
  const done = { ...item, status: 'completed', content: [part] };
  parts.push(
    ev('response.output_text.done', { ...loc, text, logprobs: [] }),
    ev('response.output_item.done', { output_index: 0, item: done }),
    ev('response.completed', { response: { ...response, status: 'completed', output: [done] } }),
  );
  return parts.join('');
}

/** A `fetch` that answers every request with `body` as an event stream, in 64 KB pieces. */
function mockFetch(body: Uint8Array): typeof fetch {
  return async () => {
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= body.length) return controller.close();
        controller.enqueue(body.subarray(at, (at += 65_536)));
      },
    });
    return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'x-request-id': 'req_bench' } });
  };
}

type Runner = () => Promise<number>;

/** CPU seconds (user + system) of one run; the run returns the text length it saw. */
async function cpuSeconds(run: Runner): Promise<number> {
  const start = process.cpuUsage();
  const chars = await run();
  const used = process.cpuUsage(start);
  if (chars === 0) throw new Error('the stream produced no text');
  return (used.user + used.system) / 1e6;
}

async function compare(ours: Runner, official: Runner): Promise<{ ours: number; peer: number }> {
  const times: { ours: number[]; peer: number[] } = { ours: [], peer: [] };
  for (let round = -2; round < ROUNDS; round++) {
    const a = await cpuSeconds(ours);
    const b = await cpuSeconds(official);
    if (round >= 0) times.ours.push(a), times.peer.push(b);
  }
  const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
  return { ours: EVENTS / median(times.ours), peer: EVENTS / median(times.peer) };
}

async function loadOurs(): Promise<new (options: Record<string, unknown>) => any> {
  // the built package when it has the helper layer, else its sources (through tsx)
  const built = join(PACKAGE_DIR, 'dist', 'esm', 'index.js');
  const entry = existsSync(join(PACKAGE_DIR, 'dist', 'esm', 'lib', 'index.js')) ? built : join(PACKAGE_DIR, 'src', 'index.ts');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run generate\` first.`);
  return ((await import(pathToFileURL(entry).href)) as { default: new (o: Record<string, unknown>) => any }).default;
}

export async function benchStreamHelpers(): Promise<BenchRow[]> {
  const Ours = await loadOurs();
  const encoder = new TextEncoder();
  const chat = encoder.encode(chatTranscript());
  const responses = encoder.encode(responsesTranscript());
  const options = (body: Uint8Array) => ({ apiKey: 'sk-bench', baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0, fetch: mockFetch(body) });
  const chatParams = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
  const chatRun = (client: any): Runner => async () => {
    let chars = 0;
    const stream = client.chat.completions.stream(chatParams).on('content.delta', (e: { delta: string }) => (chars += e.delta.length));
    const final = await stream.finalChatCompletion();
    return final.choices[0].message.content.length === chars ? chars : 0;
  };
  const responsesRun = (client: any): Runner => async () => {
    let chars = 0;
    const stream = client.responses
      .stream({ model: 'gpt-4.1', input: 'hi' })
      .on('response.output_text.delta', (e: { delta: string }) => (chars += e.delta.length));
    const final = await stream.finalResponse();
    return final.output_text.length === chars ? chars : 0;
  };
  const rawRun = (client: any): Runner => async () => {
    let chars = 0;
    for await (const chunk of await client.chat.completions.create({ ...chatParams, stream: true })) {
      chars += chunk.choices[0]?.delta.content?.length ?? 0;
    }
    return chars;
  };
  const chatResult = await compare(chatRun(new Ours(options(chat))), chatRun(new OpenAI(options(chat))));
  const overhead = await compare(chatRun(new Ours(options(chat))), rawRun(new Ours(options(chat))));
  const responsesResult = await compare(responsesRun(new Ours(options(responses))), responsesRun(new OpenAI(options(responses))));
  const peer = { peerName: 'openai 7.5.0', unit: 'events/CPU s', better: 'higher' as const, goal: '≥ 1.0×' };
  return [
    { name: `chat.completions.stream() ${EVENTS} content deltas`, ours: chatResult.ours, peer: chatResult.peer, ...peer },
    { name: `responses.stream() ${EVENTS} output_text deltas`, ours: responsesResult.ours, peer: responsesResult.peer, ...peer },
    {
      name: `chat helper vs our raw create({ stream: true })`,
      ours: overhead.ours,
      peer: overhead.peer,
      ...peer,
      peerName: 'raw Stream',
      goal: 'cost of the helper layer, no goal',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatRows } = await import('../generator/commands/bench.js');
  console.log(formatRows('stream-helpers', await benchStreamHelpers()));
}

/**
 * The SSE bench workload, shared by `bench/sse.ts` and its peak-RSS child (`bench/sse-rss.ts`):
 * 20,000 realistic chat-completion chunks served by a local HTTP server, and the two readers
 * under test — our runtime `Stream` and the official `openai` package's stream.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { Stream } from '../templates/runtime/core/streaming.js';

export const EVENTS = 20_000;
const WORDS = [' the', ' model', ' streams', ' tokens', ' quickly', ',', ' naïve', ' café', ' 😀', '.'];

export function payload(): Buffer {
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

export interface Workload {
  bytes: number;
  /** Opens one streamed chat completion through each reader. */
  readers: Record<'ours' | 'official', () => Promise<AsyncIterable<unknown>>>;
  close(): Promise<void>;
}

export async function startWorkload(): Promise<Workload> {
  const body = payload();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_bench' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const request = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }], stream: true as const };
  const client = new OpenAI({ apiKey: 'sk-bench', baseURL, maxRetries: 0 });
  return {
    bytes: body.length,
    readers: {
      ours: async () => {
        const controller = new AbortController();
        const response = await fetch(`${baseURL}/chat/completions`, {
          method: 'POST',
          body: JSON.stringify(request),
          headers: { 'content-type': 'application/json' },
          signal: controller.signal,
        });
        return Stream.fromSSEResponse<unknown>(response, controller);
      },
      official: () => client.chat.completions.create(request),
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads every chunk, touching its content like a caller would; calls `tick` every 500. */
export async function consume(stream: AsyncIterable<unknown>, tick: () => void = () => undefined): Promise<void> {
  let count = 0;
  let chars = 0;
  for await (const chunk of stream) {
    chars += (chunk as { choices: { delta: { content?: string } }[] }).choices[0]?.delta.content?.length ?? 0;
    if (++count % 500 === 0) tick();
  }
  if (count !== EVENTS || chars === 0) throw new Error(`expected ${EVENTS} chunks with content, got ${count}`);
}

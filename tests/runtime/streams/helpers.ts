/** Test helpers: a local HTTP server on 127.0.0.1 and byte-stream builders. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Starts a server on a free port; every open connection is destroyed on close. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A body that delivers exactly these chunks, one per read. */
export function chunked(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

/** `bytes` cut at `at`, as two chunks. */
export function splitAt(bytes: Uint8Array, at: number): Uint8Array[] {
  return [bytes.slice(0, at), bytes.slice(at)];
}

/** An SSE response built from exact chunks. */
export function sseResponse(chunks: Uint8Array[], headers: Record<string, string> = {}): Response {
  return new Response(chunked(chunks), { headers: { 'content-type': 'text/event-stream', ...headers } });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects everything an async iterable yields. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

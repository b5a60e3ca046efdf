import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the test server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Answers one request; may write nothing and leave the socket hanging (for timeouts). */
export type Handler = (req: SeenRequest, res: http.ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 that records requests and answers from `handler`. */
export interface TestServer {
  url: string;
  seen: SeenRequest[];
  handler: Handler;
  close(): Promise<void>;
}

export async function startServer(handler: Handler = json(200, {})): Promise<TestServer> {
  const state = { seen: [] as SeenRequest[], handler };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      state.seen.push(seen);
      state.handler(seen, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get seen() {
      return state.seen;
    },
    set seen(v) {
      state.seen = v;
    },
    get handler() {
      return state.handler;
    },
    set handler(h) {
      state.handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering `status` with `body` as JSON and extra headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

/** Answers with each handler in turn, the last one repeating. */
export function sequence(...handlers: Handler[]): Handler {
  let i = 0;
  return (req, res) => handlers[Math.min(i++, handlers.length - 1)]!(req, res);
}

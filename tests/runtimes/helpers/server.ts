import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The local API every runtime test talks to, on 127.0.0.1 and a free port: just enough of the
 * OpenAI API (under `/v1`) and of the petstore (under `/petstore`) for the runtime scenario, plus
 * `/` and `/bundle.js` for the browser page. Responses echo what the client sent (the runtime it
 * reports, the file it uploaded), so a test checks the request as well as the parsing.
 */
export interface ApiServer {
  url: string;
  /** The script `/bundle.js` serves (set by the browser test). */
  bundle: string;
  close(): Promise<void>;
}

const FILES = ['file-1', 'file-2', 'file-3', 'file-4', 'file-5'];
const CHUNKS = ['Hel', 'lo', ' from', ' the', ' stream'];

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** The multipart form's `file` part: its name, size and text. */
async function uploaded(
  req: IncomingMessage,
): Promise<{ filename: string; bytes: number; text: string; fields: Record<string, string> }> {
  const form = await new Response(new Uint8Array(await readBody(req)), {
    headers: { 'content-type': req.headers['content-type'] ?? '' },
  }).formData();
  const file = form.get('file');
  const fields: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string') fields[k] = v;
  if (!file || typeof file === 'string') return { filename: '', bytes: 0, text: '', fields };
  return { filename: file.name, bytes: file.size, text: await file.text(), fields };
}

async function stream(res: ServerResponse): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const [i, content] of CHUNKS.entries()) {
    const chunk = {
      id: 'c1',
      object: 'chat.completion.chunk',
      created: 0,
      model: 'm',
      choices: [{ index: 0, delta: { content }, finish_reason: null }],
    };
    res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    if (i % 2 === 1) await new Promise((r) => setTimeout(r, 5));
  }
  res.end('data: [DONE]\n\n');
}

async function route(req: IncomingMessage, res: ServerResponse, server: ApiServer): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  const runtime = String(req.headers['x-sdk-runtime'] ?? '');
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>sdkgen runtimes</title><script type="module" src="/bundle.js"></script>');
  } else if (path === '/bundle.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(server.bundle);
  } else if (path === '/v1/models' && req.method === 'GET') {
    json(res, 200, {
      object: 'list',
      data: [{ id: 'model-a', object: 'model', created: 1, owned_by: runtime }],
    });
  } else if (path === '/v1/models/slow') {
    const timer = setTimeout(
      () => json(res, 200, { id: 'slow', object: 'model', created: 0, owned_by: 'late' }),
      20_000,
    );
    res.on('close', () => clearTimeout(timer));
  } else if (path === '/v1/models/limited') {
    json(
      res,
      429,
      { error: { message: 'Rate limit reached', type: 'requests' } },
      { 'retry-after-ms': '10' },
    );
  } else if (path === '/v1/files' && req.method === 'GET') {
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const after = url.searchParams.get('after');
    const start = after ? FILES.indexOf(after) + 1 : 0;
    const data = FILES.slice(start, start + limit).map((id) => ({
      id,
      object: 'file',
      bytes: 1,
      created_at: 0,
      filename: `${id}.txt`,
      purpose: 'assistants',
      status: 'processed',
    }));
    json(res, 200, {
      object: 'list',
      data,
      first_id: data[0]?.id,
      last_id: data.at(-1)?.id,
      has_more: start + limit < FILES.length,
    });
  } else if (path === '/v1/files' && req.method === 'POST') {
    const file = await uploaded(req);
    json(res, 200, {
      id: 'file-up',
      object: 'file',
      bytes: file.bytes,
      created_at: 0,
      filename: `${file.filename}|${file.text}|${file.fields['purpose']}`,
      purpose: 'assistants',
      status: 'processed',
    });
  } else if (path === '/v1/chat/completions' && req.method === 'POST') {
    await stream(res);
  } else if (/^\/petstore\/pet\/\d+$/.test(path)) {
    json(res, 200, {
      id: Number(path.split('/').at(-1)),
      name: 'Rex',
      photoUrls: [],
      status: 'available',
      tags: [{ id: 1, name: runtime }],
    });
  } else if (/^\/petstore\/pet\/\d+\/uploadImage$/.test(path)) {
    const file = await uploaded(req);
    json(res, 200, { code: 200, type: 'uploaded', message: `${file.filename}|${file.bytes}|${file.text}` });
  } else {
    json(res, 404, { error: { message: `no route ${req.method} ${path}` } });
  }
}

/** Starts the server; `close()` stops it (and drops open connections such as the slow one). */
export async function startApiServer(): Promise<ApiServer> {
  let http: Server | undefined;
  const api: ApiServer = {
    url: '',
    bundle: '',
    close: () =>
      new Promise<void>((done) => {
        http?.closeAllConnections();
        http?.close(() => done());
      }),
  };
  http = createServer((req, res) => {
    route(req, res, api).catch((error: unknown) => json(res, 500, { error: { message: String(error) } }));
  });
  await new Promise<void>((ready) => http!.listen(0, '127.0.0.1', ready));
  api.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return api;
}

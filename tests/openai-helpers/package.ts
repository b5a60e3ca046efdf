/**
 * Loads the generated OpenAI package with its helper layer (`src/lib/`, copied from
 * `spec/openai/lib/` by the custom-code mechanism) from its TypeScript sources, and serves
 * recorded SSE transcripts (`tests/fixtures/openai-helpers/*.sse`) from a local server.
 * The package is `generated/openai` (`npm run generate`), or `OPENAI_HELPERS_PACKAGE`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../patterns/helpers/server.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const PACKAGE_DIR = process.env.OPENAI_HELPERS_PACKAGE
  ? join(ROOT, process.env.OPENAI_HELPERS_PACKAGE)
  : join(ROOT, 'generated', 'openai');

/** Loosely typed: the README examples and the package build check the real types. */
export type Module = any;

/** A module of the package by its path under `src/` (no extension), e.g. `index`, `lib/helpers/zod`. */
export async function load(path: string): Promise<Module> {
  const file = join(PACKAGE_DIR, 'src', `${path}.ts`);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run generate\` (the helper layer comes from spec/openai/lib).`);
  }
  return import(pathToFileURL(file).href);
}

/** A client of the package pointed at `baseURL`, no retries. */
export async function client(baseURL: string, options: Record<string, unknown> = {}): Promise<Module> {
  const { default: OpenAI } = await load('index');
  return new OpenAI({ apiKey: 'test', baseURL, maxRetries: 0, timeout: 5_000, ...options });
}

/** A local server, a client of the package pointed at it, the package root and the zod helpers. */
export async function setup(): Promise<{ server: TestServer; openai: Module; runtime: Module; zod: Module }> {
  const server = await startServer();
  return { server, openai: await client(server.baseURL), runtime: await load('index'), zod: await load('lib/helpers/zod') };
}

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'tests', 'fixtures', 'openai-helpers', name), 'utf8');
}

/**
 * Writes `text` as an event stream in pieces of `pieceBytes` bytes (splitting events, lines
 * and UTF-8 characters), flushing each piece; `hold` keeps the connection open at the end.
 */
export async function sendSSE(res: ServerResponse, text: string, pieceBytes = 0, hold = false): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_sse' });
  const bytes = Buffer.from(text, 'utf8');
  const size = pieceBytes > 0 ? pieceBytes : bytes.length;
  for (let at = 0; at < bytes.length; at += size) {
    res.write(bytes.subarray(at, at + size));
    if (pieceBytes > 0) await new Promise((r) => setImmediate(r));
  }
  if (!hold) res.end();
}

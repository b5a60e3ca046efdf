/**
 * Loads the generated OpenAI package (`generated/openai/dist/esm/index.js`). The tests use it
 * the way a user would; when it is missing they fail saying how to build it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('../../../generated/openai/', import.meta.url));
export const ESM_ENTRY = new URL('../../../generated/openai/dist/esm/index.js', import.meta.url);

/** The package's exports, loosely typed: the type-level tests check the real types. */
export interface GeneratedPackage {
  default: new (options: Record<string, unknown>) => Client;
  toFile: (data: unknown, name?: string | null, options?: { type?: string }) => Promise<File>;
  Stream: { fromReadableStream(stream: ReadableStream<Uint8Array>, controller: AbortController): AsyncIterable<unknown> };
  APIError: new (...args: never[]) => Error;
  APIConnectionError: new (...args: never[]) => Error;
  APIConnectionTimeoutError: new (...args: never[]) => Error;
  InternalServerError: new (...args: never[]) => Error;
  SDKError: new (...args: never[]) => Error;
  PagePromise: new (...args: never[]) => unknown;
}

export type Client = any;

export async function loadPackage(): Promise<GeneratedPackage> {
  if (!existsSync(ESM_ENTRY)) {
    throw new Error(
      `The generated OpenAI package is missing (${fileURLToPath(ESM_ENTRY)}): run \`npm run generate\` before these tests.`,
    );
  }
  return (await import(ESM_ENTRY.href)) as GeneratedPackage;
}

/** A client pointed at a local test server, no retries unless asked. */
export function makeClient(pkg: GeneratedPackage, baseURL: string, options: Record<string, unknown> = {}): Client {
  return new pkg.default({ apiKey: 'test', adminAPIKey: 'test-admin', baseURL, maxRetries: 0, timeout: 5_000, ...options });
}

/** The bound method at `resource.method` on the client, e.g. `['beta', 'threads', 'runs']` + `create`. */
export function methodAt(client: Client, resource: string[], method: string): (...args: unknown[]) => unknown {
  let target = client;
  for (const name of resource) {
    target = target?.[name];
    if (!target) throw new Error(`client.${resource.join('.')} does not exist (stopped at ${name})`);
  }
  const fn = target[method];
  if (typeof fn !== 'function') throw new Error(`client.${[...resource, method].join('.')} is not a method`);
  return fn.bind(target);
}

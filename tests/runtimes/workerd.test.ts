import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser, nodeBuiltins } from './helpers/bundle.js';
import { expectedBasics } from './helpers/expected.js';
import { npmBinary, openaiPackage, ROOT, scratch, stop } from './helpers/runtimes.js';
import { startApiServer, type ApiServer } from './helpers/server.js';

/**
 * A Worker script that imports the generated OpenAI package, bundled as wrangler would (esbuild,
 * ESM, no Node built-ins, no nodejs_compat), served by `workerd` from npm with a capnp config
 * written here; a request to the Worker makes a JSON call and reads an SSE stream from the
 * local API server through workerd's network service.
 */
let api: ApiServer;
let workerd: ChildProcess | undefined;
let workerURL = '';
let stderr = '';
let builtins: string[] = [];

/** A free port on 127.0.0.1 (asked of the OS, then released for workerd). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function capnp(port: number): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);

const worker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = "2025-06-01",
  globalOutbound = "internet",
);
`;
}

/** Waits until the Worker answers (or workerd exits, or 30 s pass). */
async function ready(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (workerd?.exitCode !== null) throw new Error(`workerd exited with ${workerd?.exitCode}:\n${stderr}`);
    const ok = await fetch(url + '/ping').then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`workerd did not answer on ${url} within 30 s:\n${stderr}`);
}

beforeAll(async () => {
  const bin = npmBinary('workerd');
  api = await startApiServer();
  const dir = scratch('workerd');
  const pkg = join(openaiPackage(), 'dist', 'esm', 'index.js');
  const scenario = join(ROOT, 'tests', 'runtimes', 'helpers', 'scenario.ts');
  const worker = [
    `import * as openai from ${JSON.stringify(pkg)};`,
    `import { openaiBasics } from ${JSON.stringify(scenario)};`,
    `export default {`,
    `  async fetch(request: Request): Promise<Response> {`,
    `    const url = new URL(request.url);`,
    `    if (url.pathname === '/ping') return new Response('pong');`,
    `    return Response.json(await openaiBasics(openai, url.searchParams.get('base')!));`,
    `  },`,
    `};`,
  ].join('\n');
  const bundle = await bundleForBrowser(worker, ROOT, false);
  builtins = nodeBuiltins(bundle.metafile);
  writeFileSync(join(dir, 'worker.js'), bundle.code);
  const port = await freePort();
  writeFileSync(join(dir, 'config.capnp'), capnp(port));
  workerd = spawn(bin, ['serve', 'config.capnp', '--verbose'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  workerd.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  workerURL = `http://127.0.0.1:${port}`;
  await ready(workerURL);
}, 60_000);

afterAll(async () => {
  stop(workerd);
  await api?.close();
});

describe('workerd', () => {
  it('the Worker bundle holds no Node built-in', () => {
    expect(builtins).toEqual([]);
  });

  it('a Worker importing the package makes a JSON call and reads an SSE stream to the end', async () => {
    const res = await fetch(`${workerURL}/run?base=${encodeURIComponent(api.url + '/v1')}`);
    expect(res.status, stderr).toBe(200);
    expect(await res.json()).toEqual(expectedBasics('workerd'));
  });
});

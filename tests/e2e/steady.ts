import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const STEADY = join(ROOT, 'node_modules', '.bin', 'steady');

/** A free TCP port on 127.0.0.1 (bound, read, released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface SteadyServer {
  baseURL: string;
  process: ChildProcess;
  /** Everything Steady printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface SteadyOptions {
  /**
   * `brackets` (default): Steady expects the bracket forms of the OpenAI house style for query and
   * form arrays and objects (`--validator-*-format=brackets`); `spec`: it reads every parameter's
   * and field's style from the spec (no format flags), as for a package generated with no config.
   */
  formats?: 'brackets' | 'spec';
}

const BRACKET_FLAGS = [
  '--validator-query-array-format=brackets', '--validator-query-object-format=brackets',
  '--validator-form-array-format=brackets', '--validator-form-object-format=brackets',
];

/**
 * Starts Steady on 127.0.0.1 with a free port, rejecting requests that do not match the spec
 * (see `SteadyOptions` for the array/object formats it expects). Resolves once the server
 * answers HTTP; `stop()` kills it by pid.
 */
export async function startSteady(spec: string, options: SteadyOptions = {}): Promise<SteadyServer> {
  const port = await freePort();
  const args = [
    '--host', '127.0.0.1', '-p', String(port), '--reject-on-sdk-error', '--log-level', 'summary', '--no-color',
    ...(options.formats === 'spec' ? [] : BRACKET_FLAGS),
    spec,
  ];
  const child = spawn(STEADY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`steady exited (${child.exitCode}):\n${out}`);
    try {
      await fetch(baseURL, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error(`steady did not answer on ${baseURL} within 60 s:\n${out}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    baseURL,
    process: child,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.pid === undefined) return resolve();
        child.once('exit', () => resolve());
        process.kill(child.pid, 'SIGTERM');
      }),
  };
}

import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { SdkgenError } from '../../generator/errors.js';
import { loadProjectConfig } from '../../generator/project/load.js';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'bin', 'sdkgen.mjs');

/** A one-operation spec; `extra` adds a second path (a spec change). */
export function helloSpec(extra = false): string {
  const op = (id: string, path: string) => [
    `  ${path}:`,
    '    get:',
    `      operationId: ${id}`,
    '      parameters:',
    '        - { name: name, in: path, required: true, schema: { type: string } }',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    '              schema: { type: object, required: [message], properties: { message: { type: string } } }',
  ];
  return [
    'openapi: 3.1.0',
    'info: { title: Hello, version: 1.0.0 }',
    'servers: [{ url: https://hello.example.com }]',
    'paths:',
    ...op('getGreeting', '/greetings/{name}'),
    ...(extra ? op('getFarewell', '/farewells/{name}') : []),
    '',
  ].join('\n');
}

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
export function exec(
  file: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** sdkgen from this repository's sources. */
export const sdkgen = (args: string[], cwd: string) => exec(process.execPath, [CLI, ...args], cwd);

/** sha256 of every file under `dir` (path → hash): to show a folder was not touched. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

/** Per test file: a fresh folder under .tmp named `prefix…`, made before its tests and removed after them. */
export function tempFolder(prefix: string): () => string {
  let dir = '';
  beforeAll(() => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    dir = mkdtempSync(join(ROOT, '.tmp', prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/**
 * Per test file: `folder(files)` makes a fresh folder under .tmp holding the files (removed after
 * the file's tests); `problem(config)` loads a config that must fail and returns its first diagnostic.
 */
export function configFolders(): {
  folder: (files: Record<string, string>) => string;
  problem: (file: string) => Promise<SdkgenError['diagnostics'][number]>;
} {
  const dir = tempFolder('cli-config-');
  let n = 0;
  return {
    folder: (files) => {
      const d = join(dir(), String(n++));
      mkdirSync(d, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
      return d;
    },
    problem: async (file) => {
      const error = await loadProjectConfig(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SdkgenError);
      return (error as SdkgenError).diagnostics[0]!;
    },
  };
}

/** A running `sdkgen generate --watch --quiet` in `cwd`: its output so far, a wait, and a stop. */
export interface Watching {
  out: () => string;
  err: () => string;
  /** Resolves when `done()` holds; fails with the output when `timeoutMs` passes or the process exits first. */
  until: (done: () => boolean, what: string, timeoutMs?: number) => Promise<void>;
  /** Resolves when the watch has finished `count` runs (its "watching for changes" lines). */
  runs: (count: number, timeoutMs?: number) => Promise<void>;
  /** SIGINT, then the exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILL if still running (for `finally`). */
  kill: () => void;
}

export function startWatch(cwd: string, env: Record<string, string> = {}): Watching {
  const child = spawn(process.execPath, [CLI, 'generate', '--watch', '--quiet'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const until = async (done: () => boolean, what: string, timeoutMs = 90_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${what}:\n${out}\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return {
    out: () => out,
    err: () => err,
    until,
    runs: (count, timeoutMs) =>
      until(
        () => (out.match(/watching for changes/g) ?? []).length >= count,
        `watch did not run a ${count}th time`,
        timeoutMs,
      ),
    stop: () => (child.kill('SIGINT'), exited),
    kill: () => void (child.exitCode === null && child.kill('SIGKILL')),
  };
}

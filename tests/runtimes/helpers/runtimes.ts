import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Scratch folder of these tests (generated corpus packages, entry scripts, configs). */
export const WORK = join(ROOT, '.tmp', 'runtimes');
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The generated OpenAI package (`generated/openai`, written by `npm run generate` before `npm test`;
 * `SDKGEN_RUNTIMES_OPENAI` points elsewhere). Missing: an error saying how to make it.
 */
export function openaiPackage(): string {
  const dir = resolve(ROOT, process.env['SDKGEN_RUNTIMES_OPENAI'] ?? join('generated', 'openai'));
  if (!existsSync(join(dir, 'dist', 'esm', 'index.js'))) {
    throw new Error(
      `${dir}/dist/esm/index.js is missing: run \`npm run generate\` first (CI does it before \`npm test\`).`,
    );
  }
  // The runtime is copied verbatim: an older copy means the package predates this tree.
  for (const file of ['client.ts', 'platform.ts', 'validation.ts']) {
    const current = readFileSync(join(ROOT, 'templates', 'runtime', 'core', file), 'utf8');
    if (readFileSync(join(dir, 'src', 'core', file), 'utf8') !== current) {
      throw new Error(
        `${dir} was generated from an older runtime (src/core/${file} differs from templates/runtime/core/${file}): run \`npm run generate\`.`,
      );
    }
  }
  return dir;
}

/** A config-less corpus package, generated (and built) into `.tmp/runtimes/<name>` from `@readme/oas-examples`. */
export function corpusPackage(name: string): string {
  const spec = join(ROOT, 'node_modules', '@readme', 'oas-examples', '3.0', 'json', `${name}.json`);
  if (!existsSync(spec))
    throw new Error(`${spec} is missing: run \`npm install\` (@readme/oas-examples is a dev dependency).`);
  const out = join(WORK, name);
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'sdkgen.mjs'), 'generate', '--spec', spec, '--out', out, '--quiet'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`generating ${name} failed:\n${run.stderr}${run.stdout}`);
  return out;
}

/** The path of an npm-installed runtime's binary (`bun`, `deno`, `workerd`); missing: what to install. */
export function npmBinary(name: 'bun' | 'deno' | 'workerd'): string {
  const bin = join(ROOT, 'node_modules', '.bin', name);
  if (!existsSync(bin))
    throw new Error(
      `${name} is not installed: run \`npm install\` (${name} is a dev dependency of sdkgen; its binary comes in the npm package).`,
    );
  return bin;
}

/** Debian's Chromium; missing: what to run. */
export function chromiumBinary(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`node scripts/ensure-browser.mjs\` as root (apt-get install -y chromium).`,
    );
  }
  return CHROMIUM;
}

/** `<binary> --version`, first line. */
export function versionOf(binary: string, args = ['--version']): string {
  const out = spawnSync(binary, args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed: ${out.stderr}`);
  return out.stdout.trim().split('\n')[0]!;
}

/** A fresh scratch folder under `.tmp/runtimes/`. */
export function scratch(name: string): string {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Runs a command to its end (at most `timeoutMs`, then it is killed by pid) and returns its
 * stdout; a non-zero exit is an error carrying stderr.
 */
export function runToEnd(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => stop(child), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? signal}:\n${stderr}\n${stdout}`));
    });
  });
}

/** Stops a process this test started, by its pid. */
export function stop(child: ChildProcess | undefined): void {
  if (child?.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
}

/** The JSON object on the last line of a runtime's output. */
export function lastJson(stdout: string): Record<string, unknown> {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`expected a JSON line at the end of the output, got:\n${stdout.slice(-2000)}`);
  }
}

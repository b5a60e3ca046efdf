import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The generated OpenAI package as users receive it: packed with `npm pack`, linted by publint
 * and checked by @arethetypeswrong/cli (node16 ESM and CJS resolution, bundlers).
 */
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const pkg = join(root, 'generated', 'openai');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

let tarball: string;
let dir: string;

beforeAll(async () => {
  if (!existsSync(join(pkg, 'package.json'))) {
    throw new Error('generated/openai is missing: run `npm run generate` first');
  }
  dir = await mkdtemp(join(tmpdir(), 'sdkgen-pack-'));
  await run('npm', ['pack', '--pack-destination', dir], { cwd: pkg });
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.tgz'));
  tarball = join(dir, file!);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the packed OpenAI package', () => {
  it('passes publint with no errors or warnings', async () => {
    const { stdout } = await run(bin('publint'), [pkg, '--strict']);
    expect(stdout).toMatch(/All good!/);
  }, 120_000);

  it('resolves with types for import and require on every subpath (attw, node16 + bundler)', async () => {
    const { stdout } = await run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'json']).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as { analysis?: { problems?: unknown[]; entrypoints?: Record<string, unknown> } };
    expect(Object.keys(report.analysis?.entrypoints ?? {})).toEqual(
      expect.arrayContaining(['.', './zod', './realtime/ws', './realtime/websocket']),
    );
    const problems = (report.analysis?.problems ?? []).filter(
      (p) => (p as { resolutionKind?: string }).resolutionKind !== 'node10',
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('has no runtime dependencies; zod and ws are optional peers', async () => {
    const manifest = createRequire(import.meta.url)(join(pkg, 'package.json')) as {
      dependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependenciesMeta?.zod?.optional).toBe(true);
    expect(manifest.peerDependenciesMeta?.ws?.optional).toBe(true);
  });
});

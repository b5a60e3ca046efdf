import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../generator/commands/generate.js';
import { SdkgenError } from '../../generator/errors.js';
import { FIXTURES, ROOT, tsc } from './helpers.js';

const run = promisify(execFile);
const CLI = join(ROOT, 'bin', 'sdkgen.mjs');

async function sdkgen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [CLI, ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('sdkgen generate', () => {
  it.each([
    [['--spec'], '--spec needs a value'],
    [['--spec', 'a.yaml', '--bogus'], 'unknown argument "--bogus"'],
    [['--out='], '--out needs a value'],
    [['--check', '--watch'], '--check and --watch cannot be combined'],
    [['--quiet=yes'], 'unknown argument "--quiet=yes"'],
  ])('rejects %j with a usage error', (args, message) => {
    expect(() => parseGenerateArgs(args)).toThrow(SdkgenError);
    expect(() => parseGenerateArgs(args)).toThrow(message);
  });

  it('parses every flag', () => {
    const args = ['--spec', 's.yaml', '--config', 'c.yaml', '--out=o', '--spec-id', 'x', '--config-file', 'k.ts', '--name', '@a/b'];
    const flags = ['--quiet', '--check', '--strict', '--no-cache', '--sources-only'];
    expect(parseGenerateArgs([...args, ...flags])).toEqual({
      '--spec': 's.yaml', '--config': 'c.yaml', '--out': 'o', '--spec-id': 'x', '--config-file': 'k.ts', '--name': '@a/b',
      '--quiet': true, '--check': true, '--watch': false, '--strict': true, '--no-cache': true, '--sources-only': true,
    });
    expect(parseGenerateArgs(['--watch'])).toMatchObject({ '--watch': true, '--check': false, '--quiet': false });
  });

  it('builds a package from a spec with no config, printing one timed line per stage', async () => {
    // Inside the repository, so the package's optional peer (zod) resolves for tsc.
    await mkdir(join(ROOT, '.tmp'), { recursive: true });
    const out = join(await mkdtemp(join(ROOT, '.tmp', 'cli-')), 'pkg');
    const result = await sdkgen(['generate', '--spec', join(FIXTURES, 'pets.yaml'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const stages = result.stdout.split('\n').filter((l) => / ms {2}\(cpu +\d+ ms\)$/.test(l)).map((l) => l.split(/\s+/)[0]);
    // `cache`: the whole-run cache's up-to-date check (a miss here: the output folder is new).
    expect(stages).toEqual(['source', 'cache', 'load', 'parse', 'annotate', 'emit', 'format', 'build', 'write']);
    expect(await tsc(out)).toBe('');
  }, 300_000);

  it('prints nothing with --quiet, and keeps the old package when a run fails', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'sdkgen-cli-')), 'pkg');
    const ok = await sdkgen(['generate', '--spec', join(FIXTURES, 'pets.yaml'), '--out', out, '--quiet']);
    expect(ok).toMatchObject({ code: 0, stdout: '' });
    const before = await readFile(join(out, 'src', 'client.ts'), 'utf8');
    const broken = join(out, '..', 'broken.yaml');
    await writeFile(broken, 'openapi: 3.1.0\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    get:\n      responses: { "200": { $ref: "#/nope" } }\n');
    const bad = await sdkgen(['generate', '--spec', broken, '--out', out, '--quiet']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error \[(load|parse)\]/);
    expect(await readFile(join(out, 'src', 'client.ts'), 'utf8')).toBe(before);
    expect(existsSync(join(out, 'dist', 'esm', 'index.js'))).toBe(true);
  }, 300_000);
});

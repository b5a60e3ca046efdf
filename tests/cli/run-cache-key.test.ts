import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fingerprintOf } from '../../generator/project/fingerprint.js';
import { silent, type Progress } from '../../generator/project/progress.js';
import { runProject } from '../../generator/project/run.js';
import { runKey } from '../../generator/project/run-cache.js';
import type { ResolvedProject } from '../../generator/project/types.js';
import { CLI, exec, ROOT, tempFolder } from './helpers.js';
import { writeFixture } from './run-cache-fixture.js';

const root = tempFolder('cli-run-cache-key-');
const fresh = (): string => mkdtempSync(join(root(), 'case-'));
afterEach(() => vi.unstubAllEnvs());

describe('the generator fingerprint', () => {
  /** A stand-in generator: `src/` with two modules, `package.json` naming one dependency. */
  const tree = (): string => {
    const d = fresh();
    mkdirSync(join(d, 'src', 'emit'), { recursive: true });
    writeFileSync(join(d, 'src', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(d, 'src', 'emit', 'b.ts'), 'export const b = 2;\n');
    writeFileSync(join(d, 'package.json'), '{ "version": "1.0.0", "dependencies": { "left": "^1" } }');
    mkdirSync(join(d, 'node_modules', 'left'), { recursive: true });
    writeFileSync(join(d, 'node_modules', 'left', 'package.json'), '{ "version": "1.2.3" }');
    return d;
  };
  const later = new Date(Date.now() + 60_000);
  it.each([
    { name: 'nothing changed', change: () => {}, same: true },
    {
      name: 'a module edited',
      change: (d: string) => appendFileSync(join(d, 'src', 'a.ts'), '// x\n'),
      same: false,
    },
    {
      name: 'a module touched (same bytes, new mtime)',
      change: (d: string) => utimesSync(join(d, 'src', 'a.ts'), later, later),
      same: false,
    },
    {
      name: 'a module added',
      change: (d: string) => writeFileSync(join(d, 'src', 'emit', 'c.ts'), ''),
      same: false,
    },
    { name: 'a module deleted', change: (d: string) => rmSync(join(d, 'src', 'emit', 'b.ts')), same: false },
    {
      name: 'the package version',
      change: (d: string) =>
        writeFileSync(join(d, 'package.json'), '{ "version": "1.0.1", "dependencies": { "left": "^1" } }'),
      same: false,
    },
    {
      name: 'an installed dependency version',
      change: (d: string) =>
        writeFileSync(join(d, 'node_modules', 'left', 'package.json'), '{ "version": "1.2.4" }'),
      same: false,
    },
  ])('$name: same = $same', ({ change, same }) => {
    const d = tree();
    const before = fingerprintOf([join(d, 'src')], d);
    change(d);
    expect(fingerprintOf([join(d, 'src')], d) === before).toBe(same);
  });

  it('is part of the run key: another generator never reads this one’s entries', () => {
    const p: ResolvedProject = {
      input: '/s.yaml',
      output: '/o',
      strict: false,
      sourcesOnly: false,
      pointer: '#',
    };
    const input = { path: '/s.yaml', sha256: 'a'.repeat(64) };
    const options = { strict: false, sourcesOnly: false };
    expect(runKey(p, options, input, 'one')).toBe(runKey(p, options, input, 'one'));
    expect(runKey(p, options, input, 'one')).not.toBe(runKey(p, options, input, 'two'));
  });
});

describe('the whole-run cache, switched off and in --check', () => {
  const stagesOf = async (p: ResolvedProject, check = false) => {
    const stages: string[] = [];
    const progress: Progress = { ...silent, time: async (stage, f) => (stages.push(stage), f()) };
    const result = await runProject(p, { progress, check });
    return { result, stages };
  };

  it('SDKGEN_NO_CACHE=1 neither reads nor writes it: every run loads, nothing is stored', async () => {
    const d = fresh();
    const cache = join(d, '.cache');
    vi.stubEnv('SDKGEN_CACHE_DIR', cache);
    vi.stubEnv('SDKGEN_NO_CACHE', '');
    const p = writeFixture(d);
    await stagesOf(p); // an entry exists now
    expect(readdirSync(join(cache, 'runs'))).toHaveLength(1);
    rmSync(join(cache, 'runs'), { recursive: true });
    vi.stubEnv('SDKGEN_NO_CACHE', '1');
    for (let i = 0; i < 2; i++) expect((await stagesOf(p)).stages).toContain('load');
    expect(readdirSync(cache)).not.toContain('runs');
  });

  it('--check answers "up to date" from it, and a changed output file is reported, not hidden', async () => {
    const d = fresh();
    vi.stubEnv('SDKGEN_CACHE_DIR', join(d, '.cache'));
    vi.stubEnv('SDKGEN_NO_CACHE', '');
    const p = writeFixture(d);
    await stagesOf(p);
    const clean = await stagesOf(p, true);
    expect(clean.stages).toEqual(['source', 'cache']);
    expect(clean.result.check).toEqual({ added: [], removed: [], changed: [] });
    appendFileSync(join(d, 'sdk', 'README.md'), 'mine\n');
    const stale = await stagesOf(p, true);
    expect(stale.stages).toContain('load');
    expect(stale.result.check).toEqual({ added: [], removed: [], changed: ['README.md'] });
  });
});

describe('sdkgen generate and the whole-run cache', () => {
  it('says "up to date" on an unchanged second run, and --no-cache generates again', async () => {
    const d = fresh();
    writeFixture(d);
    const env = { SDKGEN_CACHE_DIR: join(d, '.cache'), SDKGEN_NO_CACHE: '' };
    const args = [
      'generate',
      '--spec',
      'api.yaml',
      '--config',
      'api.sdk.yaml',
      '--out',
      'sdk',
      '--sources-only',
    ];
    const gen = (...more: string[]) => exec(process.execPath, [CLI, ...args, ...more], d, env);
    // In a shared work tree someone may save a generator file between the two runs (a new
    // fingerprint: a correct miss); the pair is run again until the generator held still.
    const generator = (): string => fingerprintOf([join(ROOT, 'generator'), join(ROOT, 'templates')], ROOT);
    let second: Awaited<ReturnType<typeof gen>> | undefined;
    for (let attempt = 0; attempt < 3 && !second; attempt++) {
      const before = generator();
      rmSync(join(d, 'sdk'), { recursive: true, force: true });
      expect((await gen()).stdout).toMatch(/^generated \d+ files in sdk \(\d+ ms\)$/m);
      const run = await gen();
      if (generator() === before) second = run;
    }
    expect(second?.stdout).toMatch(
      /^up to date: sdk \(\d+ files; inputs and output unchanged, nothing regenerated; \d+ ms\)$/m,
    );
    expect(second?.stdout).not.toMatch(/^(load|emit) /m);
    const checked = await gen('--check');
    expect([checked.code, checked.stdout]).toEqual([0, expect.stringMatching(/^up to date: sdk/m)]);
    const cold = await gen('--no-cache');
    expect(cold.stdout).toMatch(/^load .*\n(.*\n)*generated \d+ files in sdk/m);
  }, 120_000);
});

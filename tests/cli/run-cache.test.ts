import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silent, type Progress } from '../../generator/project/progress.js';
import { runProject, type RunOptions } from '../../generator/project/run.js';
import type { ResolvedProject } from '../../generator/project/types.js';
import { snapshot, tempFolder } from './helpers.js';
import { writeFixture } from './run-cache-fixture.js';

const root = tempFolder('cli-run-cache-');
let n = 0;

/** A fresh project folder with its own cache folder (`SDKGEN_CACHE_DIR`). */
function project(): { d: string; p: ResolvedProject; cache: string } {
  const d = join(root(), String(n++));
  mkdirSync(d, { recursive: true });
  const cache = join(d, '.cache');
  vi.stubEnv('SDKGEN_CACHE_DIR', cache);
  vi.stubEnv('SDKGEN_NO_CACHE', '');
  return { d, p: writeFixture(d), cache };
}

/** Runs the project, recording the stages that ran: a hit runs `source` and `cache` only. */
async function run(p: ResolvedProject, options: RunOptions = {}) {
  const stages: string[] = [];
  const progress: Progress = { ...silent, time: async (stage, f) => (stages.push(stage), f()) };
  const result = await runProject(p, { ...options, progress });
  return { result, stages, kind: stages.includes('load') ? 'miss' : 'hit' };
}

const entries = (cache: string): string[] => {
  try {
    return readdirSync(join(cache, 'runs')).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
};

afterEach(() => vi.unstubAllEnvs());

interface Case {
  name: string;
  /** Changes one input (or the output, or the cache) after a first run; may return another entry or options. */
  change: (
    d: string,
    p: ResolvedProject,
    cache: string,
  ) => { p?: ResolvedProject; options?: RunOptions } | void;
  want: 'hit' | 'miss';
  /** The change is to the package on disk: the miss must bring it back to what was generated. */
  repairs?: boolean;
}

const cases: Case[] = [
  { name: 'nothing changed', change: () => {}, want: 'hit' },
  {
    name: 'a byte of the entry spec',
    change: (d) => appendFileSync(join(d, 'api.yaml'), '# edited\n'),
    want: 'miss',
  },
  {
    name: 'the file reached through an external $ref',
    change: (d) => appendFileSync(join(d, 'schemas.yaml'), '  description: A book.\n'),
    want: 'miss',
  },
  {
    name: 'the SDK config',
    change: (d) => appendFileSync(join(d, 'api.sdk.yaml'), '# edited\n'),
    want: 'miss',
  },
  {
    name: 'a custom-code file',
    change: (d) => appendFileSync(join(d, 'lib', 'README.md'), 'More.\n'),
    want: 'miss',
  },
  {
    name: 'a file added to the custom-code folder',
    change: (d) => writeFileSync(join(d, 'lib', 'notes.txt'), 'x'),
    want: 'miss',
  },
  {
    name: 'the project entry (package name)',
    change: (_d, p) => ({ p: { ...p, name: 'shelf-renamed' } }),
    want: 'miss',
  },
  { name: 'the output folder', change: (d, p) => ({ p: { ...p, output: join(d, 'sdk2') } }), want: 'miss' },
  { name: 'the strict option', change: () => ({ options: { strict: true } }), want: 'miss' },
  { name: 'the sources-only option', change: () => ({ options: { sourcesOnly: false } }), want: 'miss' },
  {
    name: 'an output file edited',
    change: (d) => appendFileSync(join(d, 'sdk', 'src', 'client.ts'), '// mine\n'),
    want: 'miss',
    repairs: true,
  },
  {
    name: 'an output file deleted',
    change: (d) => rmSync(join(d, 'sdk', 'package.json')),
    want: 'miss',
    repairs: true,
  },
  {
    name: 'an output file added',
    change: (d) => writeFileSync(join(d, 'sdk', 'src', 'extra.ts'), 'export {};\n'),
    want: 'miss',
    repairs: true,
  },
  {
    name: 'a corrupt cache entry',
    change: (_d, _p, cache) =>
      entries(cache).forEach((e) => writeFileSync(join(cache, 'runs', e), '{"version":1,"ke')),
    want: 'miss',
  },
  {
    name: 'a foreign cache entry (another key inside)',
    change: (_d, _p, cache) =>
      entries(cache).forEach((e) =>
        writeFileSync(
          join(cache, 'runs', e),
          JSON.stringify({ version: 1, key: 'other', inputs: [], output: [], warnings: [] }),
        ),
      ),
    want: 'miss',
  },
];

describe('the whole-run cache', () => {
  it.each(cases)(
    '$name: $want, and the run after is a hit with the package as generated',
    async ({ change, want, repairs }) => {
      const { d, p, cache } = project();
      const first = await run(p);
      expect(first.kind).toBe('miss');
      expect(entries(cache)).toHaveLength(1);
      const generated = snapshot(p.output);
      const changed = change(d, p, cache) ?? {};
      const q = changed.p ?? p;
      const second = await run(q, changed.options);
      expect(second.kind).toBe(want);
      expect(second.result.upToDate === true).toBe(want === 'hit');
      // A hit leaves the package alone; a miss over an edited, deleted or added file repairs it.
      if (want === 'hit' || repairs) expect(snapshot(q.output)).toEqual(generated);
      const third = await run(q, changed.options);
      expect(third.kind).toBe('hit');
    },
  );
});

describe('the whole-run cache and the packages custom code imports', () => {
  /** The fixture plus a custom module importing types from `shelf-dep`, installed beside the project. */
  function withDependency(): { d: string; p: ResolvedProject } {
    const { d, p } = project();
    writeFileSync(
      join(d, 'lib', 'tags.ts'),
      "import type { Tag } from 'shelf-dep';\n\nexport type Tags = Tag[];\n",
    );
    install(join(d, 'node_modules', 'shelf-dep'), '1.0.0');
    return { d, p };
  }
  function install(dir: string, version: string): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'shelf-dep', version, types: 'index.d.ts' }),
    );
    writeFileSync(join(dir, 'index.d.ts'), 'export type Tag = string;\n');
  }

  it.each([
    ['another version of the package', (d: string) => install(join(d, 'node_modules', 'shelf-dep'), '2.0.0')],
    [
      'another copy found first from the output folder',
      (d: string) => install(join(d, 'sdk', 'node_modules', 'shelf-dep'), '1.0.0'),
    ],
  ])('%s: a miss (the custom check read its types), then a hit', async (_name, change) => {
    const { d, p } = withDependency();
    expect((await run(p)).kind).toBe('miss');
    expect((await run(p)).kind).toBe('hit');
    change(d);
    expect((await run(p)).kind).toBe('miss');
    expect((await run(p)).kind).toBe('hit');
  });
});

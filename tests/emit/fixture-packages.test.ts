import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { fixturePackage, tsc, writeTemp } from './helpers.js';

/** Generated sources only: the runtime copies and builds are checked elsewhere. */
const isGeneratedSource = (f: GeneratedFile) =>
  (f.path.startsWith('src/') && !f.path.startsWith('src/core/')) || f.path.startsWith('tests/') || f.path === 'package.json';

describe.each(['pets.yaml', 'hostile.json'])('fixture package %s', (fixture) => {
  const label = fixture.replace(/\.\w+$/, '');
  let files: GeneratedFile[];
  let dir: string;

  beforeAll(async () => {
    files = await fixturePackage(fixture);
    dir = await writeTemp(files, label);
  });

  it('matches the file snapshots', async () => {
    const sources = files.filter(isGeneratedSource);
    expect(sources.length).toBeGreaterThan(3);
    for (const f of sources) {
      // Generated `*.test.ts` files are stored under another name so vitest does not run them here.
      const name = f.path.replace(/\.test\.ts$/, '.test-snapshot.ts');
      await expect(f.contents).toMatchFileSnapshot(join('__snapshots__', label, name));
    }
  });

  it('compiles under tsc --strict', async () => {
    expect(await tsc(dir)).toBe('');
  });

  it('is deterministic: emitting twice gives identical bytes', async () => {
    const again = await fixturePackage(fixture);
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(again.map((f) => f.contents)).toEqual(files.map((f) => f.contents));
  });

  it('loads as ESM and CommonJS, with the client as default export and errors as statics', async () => {
    const esm = (await import(pathToFileURL(join(dir, 'dist/esm/index.js')).href)) as Record<string, unknown>;
    const Client = esm.default as (new (o: object) => Record<string, unknown>) & Record<string, unknown>;
    expect(typeof Client).toBe('function');
    expect(Client.NotFoundError).toBe(esm.NotFoundError);
    const client = new Client({ apiKey: 'k', baseURL: 'http://127.0.0.1:9' });
    expect(Object.keys(client).length).toBeGreaterThan(0);
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)(join(dir, 'dist/cjs/index.js')) as Record<string, unknown>;
    expect(typeof cjs.default).toBe('function');
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
  });

  it('ships a manifest with no runtime dependencies and exports for import and require', async () => {
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toEqual({});
    const dot = (pkg.exports as Record<string, Record<string, unknown>>)['.']!;
    expect(Object.keys(dot)).toEqual(['import', 'require']);
  });
});

describe('hostile input', () => {
  it('executes nothing from the spec when the package is loaded and a client is built', async () => {
    const files = await fixturePackage('hostile.json');
    const dir = await writeTemp(files, 'hostile-run');
    const g = globalThis as { pwned?: unknown };
    const mod = (await import(pathToFileURL(join(dir, 'dist/esm/index.js')).href)) as { default: new (o: object) => object };
    new mod.default({ apiKey: 'k' });
    expect(g.pwned).toBeUndefined();
  });

  it('keeps hostile strings inside literals and comments', async () => {
    const files = await fixturePackage('hostile.json');
    const src = files.filter((f) => f.path.startsWith('src/') && !f.path.startsWith('src/core/'));
    for (const f of src) {
      // Outside comments and string literals, no spec text may appear as code.
      const code = f.contents
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      expect(code, f.path).not.toMatch(/process\.exit|globalThis\.pwned/);
    }
  });
});

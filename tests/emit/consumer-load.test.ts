import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { fixturePackage, ROOT, writeTemp } from './helpers.js';

/**
 * The declaration files a consumer's `tsc` reads through the package's main entry
 * (`dist/esm/index.d.ts`, NodeNext as in `bench/generate.ts`), relative to the package.
 */
async function consumerLoads(dir: string): Promise<string[]> {
  const compilerOptions = { module: 'NodeNext', moduleResolution: 'NodeNext', types: [], noEmit: true, skipLibCheck: true };
  await writeFile(join(dir, 'tsconfig.consumer.json'), JSON.stringify({ compilerOptions, files: ['dist/esm/index.d.ts'] }));
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', join(dir, 'tsconfig.consumer.json'), '--listFilesOnly'], { cwd: dir });
  return stdout
    .split('\n')
    .filter((f) => f.startsWith(dir))
    .map((f) => relative(dir, f))
    .sort();
}

describe.each(['pets.yaml', 'hostile.json'])('what a consumer of fixture %s loads', (fixture) => {
  let files: GeneratedFile[];
  let loaded: string[];

  beforeAll(async () => {
    files = await fixturePackage(fixture);
    const dir = await writeTemp(files, `${fixture.replace(/\.\w+$/, '')}-consumer`);
    loaded = await consumerLoads(dir);
  });

  it('reaches every resource module, the client and the types', () => {
    const resources = files.filter((f) => /^src\/resources\/.+\.ts$/.test(f.path) && !f.path.endsWith('/index.ts'));
    expect(resources.length).toBeGreaterThan(0);
    for (const r of resources) expect(loaded).toContain(r.path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.d.ts'));
    expect(loaded).toContain('dist/esm/client.d.ts');
  });

  it("never goes through a resource folder's index (one declaration file per resource)", () => {
    expect(loaded.filter((f) => /^dist\/esm\/resources\/.*\/index\.d\.ts$/.test(f))).toEqual([]);
  });
});

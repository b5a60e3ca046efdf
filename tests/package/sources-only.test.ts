import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function pets(build: boolean): Promise<GeneratedFile[]> {
  const ir = annotate(parseSpec(await loadSpec(join(ROOT, 'tests', 'fixtures', 'emit', 'pets.yaml'))));
  return emitPackage(ir, settingsFrom(ir), { outDir: join(ROOT, '.tmp', 'sources-only', String(build)), build });
}

describe('emitPackage build option (sources-only output)', () => {
  const cases: { build: boolean; dist: boolean; manifest: Record<string, unknown> }[] = [
    { build: true, dist: true, manifest: { main: './dist/cjs/index.js', files: ['dist', 'src', 'README.md', 'api.md'] } },
    { build: false, dist: false, manifest: { files: ['src', 'README.md', 'api.md'] } },
  ];
  it.each(cases)('build: $build → dist/ files: $dist', async ({ build, dist, manifest }) => {
    const files = await pets(build);
    const paths = files.map((f) => f.path);
    expect(paths.some((p) => p.startsWith('dist/'))).toBe(dist);
    expect(paths).toEqual(expect.arrayContaining(['src/index.ts', 'src/client.ts', 'package.json', 'README.md']));
    const pkg = JSON.parse(files.find((f) => f.path === 'package.json')!.contents) as Record<string, unknown>;
    expect(pkg).toMatchObject(manifest);
    // Nothing in the manifest points at a file that is not there.
    expect(JSON.stringify(pkg).includes('./dist/')).toBe(dist);
    if (!dist) for (const key of ['main', 'module', 'types', 'exports']) expect(pkg).not.toHaveProperty(key);
  }, 120_000);
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusSpecs, generateSources, SCRATCH, tscAll, writeSources } from './compile-helpers.js';

/**
 * Every spec of the public `@readme/oas-examples` corpus (3.0 and 3.1), generated with no
 * config: generation succeeds and the package's sources and generated tests pass `tsc --strict`
 * under the package's own settings. One tsc program checks all packages (one cold start).
 */
const specs = corpusSpecs();
const ROOT_DIR = join(SCRATCH, 'compile');
const dirOf = (id: string): string => join(ROOT_DIR, id.replace('/', '-'));

const generateErrors = new Map<string, string>();
let diagnostics: Map<string, string[]>;

beforeAll(async () => {
  const dirs: string[] = [];
  for (const spec of specs) {
    const dir = dirOf(spec.id);
    try {
      await writeSources(dir, await generateSources(spec.file, dir));
      dirs.push(dir);
    } catch (error) {
      generateErrors.set(spec.id, error instanceof Error ? error.message : String(error));
    }
  }
  diagnostics = await tscAll(ROOT_DIR, dirs, {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
  });
}, 600_000);

describe('@readme/oas-examples corpus', () => {
  it('holds the 3.0 and 3.1 specs', () => {
    expect(specs.filter((s) => s.id.startsWith('3.0/')).length).toBeGreaterThan(30);
    expect(specs.filter((s) => s.id.startsWith('3.1/')).length).toBeGreaterThan(10);
  });

  it('attributes every diagnostic to a package', () => {
    expect(diagnostics.get('') ?? []).toEqual([]);
  });

  it.each(specs.map((s) => s.id))('%s generates and compiles under tsc --strict', (id) => {
    expect(generateErrors.get(id)).toBeUndefined();
    expect(diagnostics.get(dirOf(id))).toEqual([]);
  });
});

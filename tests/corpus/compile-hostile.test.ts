import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classMemberNames, methodReservedNames } from '../../generator/emit/sdk/context.js';
import { resourceTree } from '../../generator/emit/sdk/resource-tree.js';
import type { IROperation } from '../../generator/ir/types.js';
import { op } from '../annotate/ir-builders.js';
import { compileExamples } from '../docs/compile-examples.js';
import { packageExamples } from '../docs/extract-examples.js';
import { buildPackage } from '../docs/helpers.js';
import { generateSources, ROOT, SCRATCH, tscAll, writeSources } from './compile-helpers.js';

/**
 * Identifier hygiene: `tests/fixtures/emit/hostile-names.json` names its path, query, header and
 * cookie parameters, body properties, schemas, tags, paths, operations and webhooks after what
 * the emitted modules import or declare (`path`, `options`, `body`, `APIResource`, `Stream`,
 * `request`, `withOptions`, `z`, `$T`, `describe`, `client`, ...). The package still compiles.
 */
const DIR = join(SCRATCH, 'hostile-names', 'pkg');

describe('the hostile-names fixture', () => {
  let diagnostics: string[];

  beforeAll(async () => {
    const files = await generateSources(join(ROOT, 'tests', 'fixtures', 'emit', 'hostile-names.json'), DIR);
    await writeSources(DIR, files);
    const options = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true };
    const byDir = await tscAll(join(SCRATCH, 'hostile-names'), [DIR], { ...options, isolatedModules: true, verbatimModuleSyntax: true });
    diagnostics = [...byDir.values()].flat();
  }, 300_000);

  it('compiles under tsc --strict: sources, zod, webhooks and generated tests', () => {
    expect(diagnostics).toEqual([]);
  });

  it('renames a path parameter named `path` away from the `path` tag it is passed to', async () => {
    const source = await readFile(join(DIR, 'src', 'resources', 'h0', 'h0.ts'), 'utf8');
    expect(source).toMatch(/import \{ path \} from '\.\.\/\.\.\/core\/path\.js';/);
    expect(source).toContain('path: path`/h0/${path_}/${options_}/${body_}/${query_}/${params_}`');
  });

  it('keeps resource properties off the base class members', async () => {
    const client = await readFile(join(DIR, 'src', 'client.ts'), 'utf8');
    for (const name of ['request', 'withOptions', 'baseURL', 'maxRetries', 'timeout', 'logger', 'then', 'constructor']) {
      expect(client, name).toContain(`  ${name}_: `);
      expect(client, name).not.toMatch(new RegExp(`^  ${name}: \\w+ = new`, 'm'));
    }
  });
});

describe('the hostile-names fixture, docs', () => {
  it('every README/api.md and doc-comment example compiles (responses typed Client, Promise, Response, ...)', async () => {
    const built = await buildPackage({ spec: 'emit/hostile-names.json' });
    const examples = packageExamples(built.files);
    expect(examples.length).toBeGreaterThan(10);
    const { failures, checked } = await compileExamples('hostile-names', built.files, built.settings, examples);
    expect(checked).toBe(examples.length);
    const first = failures[0];
    expect(first, first && `${first.location}: ${first.message}\n${first.code}`).toBeUndefined();
  }, 300_000);
});

describe('names spec identifiers stay clear of', () => {
  it.each([
    ['a method body', methodReservedNames(), ['path', 'pathParam', 'headerParam', 'cookieHeader', 'CursorPage', 'options', 'body', 'globalThis']],
    ['the client class', classMemberNames('client.ts'), ['request', 'requestPage', 'withOptions', 'baseURL', 'timeout', 'then', 'constructor']],
    ['a resource class', classMemberNames('resource.ts'), ['_client', 'then', 'constructor']],
  ])('%s', (_where, names, want) => {
    for (const name of want) expect(names.has(name), name).toBe(true);
    expect(names.has('create')).toBe(false);
  });
});

describe('resource folders', () => {
  const named = (resource: string[]): IROperation => ({ ...op('get', `/${resource.join('/')}`), naming: { resource, method: 'list', pathParams: [], source: 'default' } });

  it.each([
    [[['APIKey'], ['apiKey']], ['api-key', 'api-key-2']],
    [[['Pets'], ['pets']], ['pets']],
    [[['a_b'], ['aB'], ['A-B']], ['a-b']],
  ])('%j → %j (distinct ignoring case)', (resources, want) => {
    const tree = resourceTree(resources.map(named));
    expect(tree.children.map((c) => c.folders[0])).toEqual(want);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shareRuntime } from '../../generator/diff/sdk/share-runtime.js';
import { verdictOf } from '../../generator/diff/sdk/verdict.js';
import type { Change, Level } from '../../generator/diff/types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('shareRuntime', () => {
  it('points the new package at the old runtime and deletes its own copy', () => {
    const root = mkdtempSync(join(tmpdir(), 'sdkgen-share-'));
    dirs.push(root);
    write(join(root, 'old'), {
      'src/core/api.ts': 'export class A {}',
      'src/index.ts': "export { A } from './core/api.js';",
    });
    write(join(root, 'new'), {
      'src/core/api.ts': 'export class A {}',
      'src/index.ts': "export { A } from './core/api.js';\nexport * from './types.js';",
      'src/res/x/y.ts':
        "import type { A } from '../../core/api.js';\nconst m = import('../../core/api.js');\nimport { B } from './b.js';",
    });
    shareRuntime(join(root, 'old'), join(root, 'new'));
    expect(existsSync(join(root, 'new', 'src', 'core'))).toBe(false);
    expect(readFileSync(join(root, 'new', 'src', 'index.ts'), 'utf8')).toBe(
      "export { A } from '../../old/src/core/api.js';\nexport * from './types.js';",
    );
    expect(readFileSync(join(root, 'new', 'src', 'res', 'x', 'y.ts'), 'utf8')).toBe(
      "import type { A } from '../../../../old/src/core/api.js';\nconst m = import('../../../../old/src/core/api.js');\nimport { B } from './b.js';",
    );
  });
});

describe('verdictOf', () => {
  const c = (id: string, level: Level): Change => ({ id, level, operation: '', pointer: '', message: '' });
  it.each([
    [[c('operation-removed', 'breaking'), c('operation-added', 'info')], 'major'],
    [[c('response-enum-value-added', 'warning')], 'minor'],
    [[c('operation-added', 'info'), c('schema-doc-changed', 'info')], 'minor'],
    [[c('request-property-added-optional', 'info')], 'minor'],
    [[c('sdk-method-added', 'info')], 'minor'],
    [[c('schema-doc-changed', 'info'), c('operation-deprecated', 'info')], 'patch'],
    [[], 'patch'],
  ] as const)('%# → %s', (changes, want) => {
    expect(verdictOf(changes as unknown as Change[])).toBe(want);
  });
});

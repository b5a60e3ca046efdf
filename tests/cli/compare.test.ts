import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePackage, formatCheck } from '../../generator/project/check.js';
import { tempFolder } from './helpers.js';

const dir = tempFolder('cli-compare-');

describe('comparePackage', () => {
  it.each([
    [
      'identical',
      { a: '1', 'src/b': '2' },
      { a: '1', 'src/b': '2' },
      { added: [], removed: [], changed: [] },
    ],
    [
      'one of each',
      { a: '1', 'src/b': '2', 'src/c': '3' },
      { a: '1', 'src/b': 'x', 'src/d': '4' },
      { added: ['src/d'], removed: ['src/c'], changed: ['src/b'] },
    ],
    [
      'installs are not compared',
      { a: '1', 'node_modules/x/y': '9' },
      { a: '1' },
      { added: [], removed: [], changed: [] },
    ],
  ])('%s', (_what, disk, generated, want) => {
    const d = mkdtempSync(join(dir(), 'cmp-'));
    for (const [path, text] of Object.entries(disk)) {
      mkdirSync(join(d, path, '..'), { recursive: true });
      writeFileSync(join(d, path), text);
    }
    const files = Object.entries(generated).map(([path, contents]) => ({ path, contents }));
    expect(comparePackage(d, files)).toEqual(want);
  });

  it('leaves dist/ out when the build was skipped, and lists differences sorted by path', () => {
    const d = mkdtempSync(join(dir(), 'cmp-'));
    mkdirSync(join(d, 'dist'));
    writeFileSync(join(d, 'dist', 'index.js'), 'x');
    writeFileSync(join(d, 'b'), 'old');
    const r = comparePackage(
      d,
      [
        { path: 'a', contents: '' },
        { path: 'b', contents: 'new' },
      ],
      true,
    );
    expect(r).toEqual({ added: ['a'], removed: [], changed: ['b'] });
    expect(formatCheck({ added: ['z'], removed: ['a'], changed: ['m'] })).toEqual([
      '  - a (removed)',
      '  ~ m (changed)',
      '  + z (added)',
    ]);
  });
});

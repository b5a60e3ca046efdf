import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePackage } from '../../generator/emit/package/write.js';
import type { GeneratedFile } from '../../generator/emit/types.js';

const PACKAGE: GeneratedFile[] = [
  { path: 'package.json', contents: '{ "name": "p" }\n' },
  { path: 'src/index.ts', contents: 'export const a = 1;\n' },
  { path: 'src/deep/b.ts', contents: 'export const b = 2;\n' },
];

describe('writePackage over a package already on disk', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  const cases: { name: string; disk: (dir: string) => void; files: GeneratedFile[]; replaced: boolean }[] = [
    { name: 'the same files, byte for byte: left alone', disk: () => {}, files: PACKAGE, replaced: false },
    {
      name: 'one file changed: replaced',
      disk: () => {},
      files: PACKAGE.map((f) =>
        f.path === 'src/index.ts' ? { ...f, contents: 'export const a = 3;\n' } : f,
      ),
      replaced: true,
    },
    {
      name: 'a file on disk the package no longer has: replaced',
      disk: (d) => writeFileSync(join(d, 'src', 'old.ts'), 'x'),
      files: PACKAGE,
      replaced: true,
    },
    {
      name: 'a file missing on disk: replaced',
      disk: (d) => rmSync(join(d, 'src', 'deep', 'b.ts')),
      files: PACKAGE,
      replaced: true,
    },
    {
      name: 'an install and a git folder beside the same files: left alone',
      disk: (d) => installAndGit(d),
      files: PACKAGE,
      replaced: false,
    },
  ];
  it.each(cases)('$name', async ({ disk, files, replaced }) => {
    const root = mkdtempSync(join(tmpdir(), 'sdkgen-write-'));
    dirs.push(root);
    const out = join(root, 'pkg');
    await writePackage(out, PACKAGE);
    disk(out);
    const before = statSync(out).ino;
    await writePackage(out, files);
    expect(statSync(out).ino !== before).toBe(replaced);
    for (const f of files) expect(readFileSync(join(out, f.path), 'utf8')).toBe(f.contents);
    expect(existsSync(join(out, 'src', 'old.ts'))).toBe(false);
  });
});

/** `npm i` inside the package and `git init` of it: what a user keeps there. */
function installAndGit(dir: string): void {
  mkdirSync(join(dir, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'dep', 'index.js'), 'module.exports = 1;\n');
  mkdirSync(join(dir, '.git', 'refs'), { recursive: true });
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
}

describe('writePackage keeps what the user put beside the package', () => {
  it('node_modules and .git survive a regeneration that replaces the package; other files do not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sdkgen-write-kept-'));
    try {
      const out = join(root, 'pkg');
      await writePackage(out, PACKAGE);
      installAndGit(out);
      writeFileSync(join(out, 'src', 'stray.ts'), 'x');
      const changed = PACKAGE.map((f) =>
        f.path === 'src/index.ts' ? { ...f, contents: 'export const a = 4;\n' } : f,
      );
      await writePackage(out, changed);
      expect(readFileSync(join(out, 'src', 'index.ts'), 'utf8')).toBe('export const a = 4;\n');
      expect(readFileSync(join(out, 'node_modules', 'dep', 'index.js'), 'utf8')).toBe(
        'module.exports = 1;\n',
      );
      expect(readFileSync(join(out, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
      expect(existsSync(join(out, 'src', 'stray.ts'))).toBe(false);
      expect(readdirSync(root)).toEqual(['pkg']); // no temporary or old folder left
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

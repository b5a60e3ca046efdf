import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePackage, writeTemp } from '../emit/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
type Conditions = Record<string, { types: string; default: string }>;

/** Every target of the `exports` map, with the condition path that leads to it. */
function targets(exports: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'string') out.push([at, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at} ${k}`);
  };
  walk(exports, '');
  return out;
}

/**
 * The packed shape of a generated package: what publint and arethetypeswrong check, written out
 * (they are not installed here), plus the real tools when `node_modules/.bin` has them.
 */
describe('generated package shape', () => {
  let dir: string;
  let pkg: { exports: Record<string, Conditions | string>; files: string[]; dependencies: object; type: string };

  beforeAll(async () => {
    dir = await writeTemp(await fixturePackage('pets.yaml'), 'shape');
    pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as typeof pkg;
  }, 300_000);

  it('points every export condition at a file that exists and is in `files`', () => {
    const list = targets(pkg.exports);
    expect(list.length).toBeGreaterThan(4);
    for (const [at, target] of list) {
      expect(existsSync(join(dir, target)), `${at} → ${target}`).toBe(true);
      const top = target.replace(/^\.\//, '').split('/')[0]!;
      expect(pkg.files.includes(top) || top === 'package.json', `${target} is packed`).toBe(true);
    }
  });

  it('gives ESM and CommonJS their own declarations, next to their JavaScript, types first', async () => {
    const dot = pkg.exports['.'] as Conditions;
    for (const [condition, format] of [['import', 'module'], ['require', 'commonjs']] as const) {
      const entry = dot[condition]!;
      expect(Object.keys(entry)[0]).toBe('types');
      expect(entry.types.replace(/\.d\.ts$/, '')).toBe(entry.default.replace(/\.js$/, ''));
      const folder = join(dir, entry.default, '..');
      const marker = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as { type: string };
      expect(marker.type).toBe(format);
    }
  });

  it('packs with npm, including the builds and the sources', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: dir });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/esm/index.js', 'dist/cjs/index.d.ts', 'src/index.ts']));
  }, 120_000);

  it('passes publint and arethetypeswrong when they are installed', async () => {
    const tools: [string, string[]][] = [
      ['publint', [dir, '--strict']],
      ['attw', ['--pack', dir, '--profile', 'node16']],
    ];
    const results: string[] = [];
    for (const [tool, args] of tools) {
      const bin = join(ROOT, 'node_modules', '.bin', tool);
      if (!existsSync(bin)) {
        results.push(`${tool}: not installed`);
        continue;
      }
      const ok = await run(bin, args, { cwd: dir }).then(() => true, (e: { stdout?: string }) => e.stdout ?? false);
      results.push(`${tool}: ${ok === true ? 'ok' : String(ok)}`);
    }
    expect(results.every((r) => r.endsWith(': ok') || r.endsWith(': not installed')), results.join('\n')).toBe(true);
  }, 300_000);
});

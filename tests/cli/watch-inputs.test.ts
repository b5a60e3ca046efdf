import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempFolder } from './helpers.js';
import { writeFixture } from './run-cache-fixture.js';

const dir = tempFolder('cli-watch-inputs-');

/** The text of every file of the generated sources, joined: to see whether a change reached them. */
function sources(pkg: string): string {
  return readdirSync(pkg, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('sdkgen generate --watch, inputs beyond the spec and the config', () => {
  it('regenerates when a file reached through an external $ref or a custom-code file changes', async () => {
    const d = mkdtempSync(join(dir(), 'watch-'));
    writeFixture(d);
    writeFileSync(
      join(d, 'sdkgen.config.yaml'),
      'input: api.yaml\noutput: sdk\nsdk: api.sdk.yaml\nsourcesOnly: true\n',
    );
    const child = spawn(process.execPath, [CLI, 'generate', '--watch', '--quiet'], {
      cwd: d,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SDKGEN_CACHE_DIR: join(d, '.cache') },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const waitFor = async (count: number): Promise<void> => {
      const deadline = Date.now() + 90_000;
      while ((out.match(/watching for changes/g) ?? []).length < count) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`watch did not run a ${count}th time:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    try {
      await waitFor(1);
      const pkg = join(d, 'sdk');
      expect(sources(pkg)).not.toContain('isbn');
      // schemas.yaml is read only through api.yaml's external $ref.
      appendFileSync(join(d, 'schemas.yaml'), '    isbn: { type: string }\n');
      await waitFor(2);
      expect(sources(pkg)).toContain('isbn');
      // lib/README.md is custom code (appended to the package README).
      expect(readFileSync(join(pkg, 'README.md'), 'utf8')).not.toContain('Shelf life');
      appendFileSync(join(d, 'lib', 'README.md'), '\nShelf life: forever.\n');
      await waitFor(3);
      expect(readFileSync(join(pkg, 'README.md'), 'utf8')).toContain('Shelf life');
      expect(err).toBe('');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 300_000);

  it('after a failed run, creating the file a $ref is missing (in a folder not there yet) generates', async () => {
    const d = mkdtempSync(join(dir(), 'watch-missing-'));
    writeFixture(d);
    // api.yaml's $ref now points into parts/, which does not exist yet.
    writeFileSync(
      join(d, 'api.yaml'),
      readFileSync(join(d, 'api.yaml'), 'utf8').replace('./schemas.yaml', './parts/schemas.yaml'),
    );
    writeFileSync(
      join(d, 'sdkgen.config.yaml'),
      'input: api.yaml\noutput: sdk\nsdk: api.sdk.yaml\nsourcesOnly: true\n',
    );
    const child = spawn(process.execPath, [CLI, 'generate', '--watch', '--quiet'], {
      cwd: d,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SDKGEN_CACHE_DIR: join(d, '.cache') },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const until = async (done: () => boolean, what: string): Promise<void> => {
      const deadline = Date.now() + 90_000;
      while (!done()) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${what}:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    try {
      await until(() => out.includes('watching for changes'), 'watch did not start');
      expect(err).toMatch(/\$ref points at parts\/schemas\.yaml, which cannot be read/);
      expect(existsSync(join(d, 'sdk'))).toBe(false);
      mkdirSync(join(d, 'parts'));
      renameSync(join(d, 'schemas.yaml'), join(d, 'parts', 'schemas.yaml'));
      await until(
        () => existsSync(join(d, 'sdk', 'package.json')),
        'creating the missing file did not generate',
      );
      child.kill('SIGINT');
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 300_000);
});

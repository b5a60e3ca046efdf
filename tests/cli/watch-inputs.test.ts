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
import { startWatch, tempFolder, type Watching } from './helpers.js';
import { writeFixture } from './run-cache-fixture.js';

const dir = tempFolder('cli-watch-inputs-');

/** The text of every file of the generated sources, joined: to see whether a change reached them. */
function sources(pkg: string): string {
  return readdirSync(pkg, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

/** The run-cache fixture with a project config generating it into `sdk/`, in a folder of its own, and a watch on it. */
function watchFixture(
  prefix: string,
  edit: (d: string) => void = () => {},
): { d: string; watching: Watching } {
  const d = mkdtempSync(join(dir(), prefix));
  writeFixture(d);
  edit(d);
  writeFileSync(
    join(d, 'sdkgen.config.yaml'),
    'input: api.yaml\noutput: sdk\nsdk: api.sdk.yaml\nsourcesOnly: true\n',
  );
  return { d, watching: startWatch(d, { SDKGEN_CACHE_DIR: join(d, '.cache') }) };
}

describe('sdkgen generate --watch, inputs beyond the spec and the config', () => {
  it('regenerates when a file reached through an external $ref or a custom-code file changes', async () => {
    const { d, watching } = watchFixture('watch-');
    try {
      await watching.runs(1);
      const pkg = join(d, 'sdk');
      expect(sources(pkg)).not.toContain('isbn');
      // schemas.yaml is read only through api.yaml's external $ref.
      appendFileSync(join(d, 'schemas.yaml'), '    isbn: { type: string }\n');
      await watching.runs(2);
      expect(sources(pkg)).toContain('isbn');
      // lib/README.md is custom code (appended to the package README).
      expect(readFileSync(join(pkg, 'README.md'), 'utf8')).not.toContain('Shelf life');
      appendFileSync(join(d, 'lib', 'README.md'), '\nShelf life: forever.\n');
      await watching.runs(3);
      expect(readFileSync(join(pkg, 'README.md'), 'utf8')).toContain('Shelf life');
      expect(watching.err()).toBe('');
      expect(await watching.stop()).toBe(0);
    } finally {
      watching.kill();
    }
  }, 300_000);

  it('after a failed run, creating the file a $ref is missing (in a folder not there yet) generates', async () => {
    // api.yaml's $ref points into parts/, which does not exist yet.
    const { d, watching } = watchFixture('watch-missing-', (d) =>
      writeFileSync(
        join(d, 'api.yaml'),
        readFileSync(join(d, 'api.yaml'), 'utf8').replace('./schemas.yaml', './parts/schemas.yaml'),
      ),
    );
    try {
      await watching.runs(1);
      expect(watching.err()).toMatch(/\$ref points at parts\/schemas\.yaml, which cannot be read/);
      expect(existsSync(join(d, 'sdk'))).toBe(false);
      mkdirSync(join(d, 'parts'));
      renameSync(join(d, 'schemas.yaml'), join(d, 'parts', 'schemas.yaml'));
      await watching.until(
        () => existsSync(join(d, 'sdk', 'package.json')),
        'creating the missing file did not generate',
      );
      expect(await watching.stop()).toBe(0);
    } finally {
      watching.kill();
    }
  }, 300_000);
});

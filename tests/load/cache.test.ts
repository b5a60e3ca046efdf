import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { getAt } from '../../generator/util/pointer.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'load', 'multi');
const tagPointer = '#/components/schemas/Tag';

describe('the content-hash cache', () => {
  let work: string;
  let spec: string;
  let cache: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'sdkgen-load-cache-'));
    cpSync(fixture, join(work, 'spec'), { recursive: true });
    spec = join(work, 'spec', 'openapi.yaml');
    cache = join(work, 'cache');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
  });

  const entries = () => readdirSync(cache).filter((f) => f.endsWith('.json'));
  /** Marks the cached document so a test can tell a cache hit from a fresh load. */
  const mark = () => {
    const file = join(cache, entries()[0]!);
    const content = JSON.parse(readFileSync(file, 'utf8'));
    content.document.info.title = 'from the cache';
    writeFileSync(file, JSON.stringify(content));
  };

  it('writes one entry and serves the same document warm', async () => {
    const cold = await loadSpec(spec, { cache });
    expect(entries()).toHaveLength(1);
    const warm = await loadSpec(spec, { cache });
    expect(warm.document).toEqual(cold.document);
    expect(warm.sha256).toBe(cold.sha256);
    expect(warm.locate('#/components/schemas/owner/properties/pets')).toEqual(
      cold.locate('#/components/schemas/owner/properties/pets'),
    );
  });

  it('is used when nothing changed', async () => {
    await loadSpec(spec, { cache });
    mark();
    expect((await loadSpec(spec, { cache })).document.info).toMatchObject({ title: 'from the cache' });
  });

  it.each([
    ['the entry file', 'openapi.yaml', (t: string) => t.replace('Multi-file fixture', 'Edited')],
    [
      'a referenced file',
      'schemas/common.yaml',
      (t: string) => t.replace('Tag:\n  type: string', 'Tag:\n  type: integer'),
    ],
  ])('is not used after an edit to %s', async (_what, file, edit) => {
    await loadSpec(spec, { cache });
    mark();
    const path = join(work, 'spec', file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const fresh = await loadSpec(spec, { cache });
    expect(fresh.document.info).not.toMatchObject({ title: 'from the cache' });
    if (file !== 'openapi.yaml') expect(getAt(fresh.document, tagPointer)).toEqual({ type: 'integer' });
  });

  it('is not used when a referenced file was deleted, and the load then fails', async () => {
    await loadSpec(spec, { cache });
    rmSync(join(work, 'spec', 'schemas', 'owner.yaml'));
    await expect(loadSpec(spec, { cache })).rejects.toThrow(/owner\.yaml, which cannot be read/);
  });

  it('treats a corrupt entry as a miss and repairs it', async () => {
    await loadSpec(spec, { cache });
    writeFileSync(join(cache, entries()[0]!), '{"version": 1, "docum');
    const loaded = await loadSpec(spec, { cache });
    expect(getAt(loaded.document, tagPointer)).toEqual({ type: 'string' });
    expect(() => JSON.parse(readFileSync(join(cache, entries()[0]!), 'utf8'))).not.toThrow();
  });

  it('is safe to delete', async () => {
    await loadSpec(spec, { cache });
    rmSync(cache, { recursive: true });
    expect(getAt((await loadSpec(spec, { cache })).document, tagPointer)).toEqual({ type: 'string' });
    expect(entries()).toHaveLength(1);
  });

  it.each([
    ['cache: false', () => loadSpec(spec, { cache: false })],
    [
      'SDKGEN_NO_CACHE=1',
      () => {
        vi.stubEnv('SDKGEN_NO_CACHE', '1');
        return loadSpec(spec, { cache });
      },
    ],
  ])('is neither read nor written with %s', async (_how, load) => {
    await loadSpec(spec, { cache });
    mark();
    const loaded = await load();
    expect(loaded.document.info).toMatchObject({ title: 'Multi-file fixture' });
    rmSync(cache, { recursive: true });
    await load();
    expect(() => readdirSync(cache)).toThrow();
  });

  it('does not cache a spec that fails to load', async () => {
    writeFileSync(join(work, 'spec', 'schemas', 'tree.yaml'), 'Node: [unclosed\n');
    await expect(loadSpec(spec, { cache })).rejects.toThrow(/tree\.yaml/);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('serves a copy of the spec in another folder, checking the files next to the copy', async () => {
    await loadSpec(spec, { cache });
    mark();
    cpSync(join(work, 'spec'), join(work, 'copy'), { recursive: true });
    const copy = join(work, 'copy', 'openapi.yaml');
    const hit = await loadSpec(copy, { cache });
    expect(hit.document.info).toMatchObject({ title: 'from the cache' });
    expect(hit.locate('#/components/schemas/owner').file).toBe(join(work, 'copy', 'schemas', 'owner.yaml'));
    writeFileSync(join(work, 'copy', 'schemas', 'owner.yaml'), 'type: string\n');
    expect((await loadSpec(copy, { cache })).document.info).toMatchObject({ title: 'Multi-file fixture' });
  });

  it('keeps the 64 most recently used entries, none unused for 14 days', async () => {
    mkdirSync(cache);
    const day = 24 * 3600 * 1000;
    for (let i = 0; i < 70; i++) {
      const old = join(cache, `old-${String(i).padStart(2, '0')}.json`);
      writeFileSync(old, '{}');
      const when = new Date(Date.now() - (i < 5 ? 20 * day : (70 - i) * 60_000));
      utimesSync(old, when, when);
    }
    await loadSpec(spec, { cache });
    const left = entries();
    expect(left).toHaveLength(64);
    expect(left.filter((name) => !name.startsWith('old-'))).toHaveLength(1);
    expect(left.filter((name) => ['old-05.json', 'old-06.json'].includes(name))).toEqual([]);
    expect(left).toContain('old-07.json');
    expect(left).toContain('old-69.json');
  });

  it('marks an entry used on a hit', async () => {
    await loadSpec(spec, { cache });
    const file = join(cache, entries()[0]!);
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await loadSpec(spec, { cache });
    expect(statSync(file).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });
});

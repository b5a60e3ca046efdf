import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextCache } from '../../generator/emit/cache.js';

/**
 * `SDKGEN_NO_CACHE=1` turns every emit cache off, also one constructed before the variable was set
 * (`--no-cache` sets it after the modules holding the caches were loaded): nothing is read and
 * nothing is written, so a cold run is honest.
 */
describe('TextCache and SDKGEN_NO_CACHE', () => {
  const saved = process.env.SDKGEN_NO_CACHE;
  afterEach(() => {
    if (saved === undefined) delete process.env.SDKGEN_NO_CACHE;
    else process.env.SDKGEN_NO_CACHE = saved;
  });

  const cases: { name: string; atWrite: string | undefined; atRead: string | undefined; hit: boolean; written: boolean }[] = [
    { name: 'on: what is written is read back', atWrite: undefined, atRead: undefined, hit: true, written: true },
    { name: 'off when writing: nothing written', atWrite: '1', atRead: undefined, hit: false, written: false },
    { name: 'off when reading: an entry on disk is not used', atWrite: undefined, atRead: '1', hit: false, written: true },
  ];
  it.each(cases)('$name', ({ atWrite, atRead, hit, written }) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sdkgen-no-cache-')), 'cache');
    try {
      delete process.env.SDKGEN_NO_CACHE;
      const cache = new TextCache(dir);
      if (atWrite !== undefined) process.env.SDKGEN_NO_CACHE = atWrite;
      else delete process.env.SDKGEN_NO_CACHE;
      cache.set('k', 'value');
      expect(existsSync(dir) && readdirSync(dir).includes('k')).toBe(written);
      if (atRead !== undefined) process.env.SDKGEN_NO_CACHE = atRead;
      else delete process.env.SDKGEN_NO_CACHE;
      expect(cache.get('k')).toBe(hit ? 'value' : undefined);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
});

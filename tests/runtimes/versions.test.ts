import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESTED_RUNTIMES } from '../../generator/emit/docs/readme/runtimes.js';
import { chromiumBinary, npmBinary, ROOT, versionOf } from './helpers/runtimes.js';

/**
 * The versions the generated README lists are the ones these tests run: a runtime updated on the
 * machine (or in package.json) fails here until `TESTED_RUNTIMES` says the new version.
 */
const listed = (name: string): string => TESTED_RUNTIMES.find((r) => r.name.startsWith(name))!.version;
const WHERE = 'update TESTED_RUNTIMES in generator/emit/docs/readme/runtimes.ts';

describe('the README runtime versions', () => {
  it.each([
    [
      'Node.js',
      () =>
        `${/>=\s*(\d+\.\d+)/.exec(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node)?.[1]}+`,
    ],
    ['Chromium', () => /Chromium (\d+)\./.exec(versionOf(chromiumBinary()))?.[1]],
    ['Bun', () => versionOf(npmBinary('bun'))],
    ['Deno', () => /^deno (\S+)/.exec(versionOf(npmBinary('deno')))?.[1]],
    [
      'Cloudflare workerd',
      () => JSON.parse(readFileSync(join(ROOT, 'node_modules', 'workerd', 'package.json'), 'utf8')).version,
    ],
  ] as const)('%s: the listed version is the installed one', (name, installed) => {
    expect(listed(name), WHERE).toBe(installed());
  });

  it('lists exactly the runtimes tested here', () => {
    expect(TESTED_RUNTIMES.map((r) => r.name)).toEqual([
      'Node.js',
      'Chromium (headless)',
      'Bun',
      'Deno',
      'Cloudflare workerd',
    ]);
  });
});

import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePackage, tsc } from './helpers.js';

const FLAGS = ['--strict', '--noEmit', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--lib', 'ES2022,DOM,DOM.Iterable', '--skipLibCheck'];
let dir: string;

beforeAll(async () => {
  dir = await fixturePackage('hooks.yaml', 'hooks.sdk.yaml', 'types');
  for (const f of ['uses-extras.mts', 'wrong-types.mts']) await copyFile(join(import.meta.dirname, 'consumers', f), join(dir, f));
}, 120_000);

describe.concurrent('types of the generated extras', () => {
  it('the package (with realtime/ws, realtime/websocket, webhooks, azure) passes tsc --strict', async () => {
    expect(await tsc(dir, ['-p', dir])).toBe('');
  });

  it('unwrap returns the event union and narrows on `type`; realtime send/on are typed by event; azure options are typed', async () => {
    expect(await tsc(dir, [...FLAGS, 'uses-extras.mts'])).toBe('');
  });

  it('a package without an SDK config (webhooks only, no secret option) passes tsc --strict', async () => {
    const bare = await fixturePackage('hooks.yaml', undefined, 'types-bare');
    expect(await tsc(bare, ['-p', bare])).toBe('');
  });

  it('wrong uses fail to compile, at the expected places', async () => {
    const out = await tsc(dir, [...FLAGS, 'wrong-types.mts']);
    const lines = [...out.matchAll(/wrong-types\.mts\((\d+),\d+\): error (TS\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(lines).toEqual(['7 TS2339', '8 TS2345']);
  });
});

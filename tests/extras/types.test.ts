import { execFile } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanupPackages, fixturePackage, scratchDir, tsc } from './helpers.js';

const ROOT_TYPES = join(ROOT, 'node_modules', '@types');

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

  it('resolves `<pkg>` and `<pkg>/realtime/ws` by package name: types (NodeNext), ESM import and CJS require', async () => {
    const app = await scratchDir('types-app');
    await mkdir(join(app, 'node_modules'));
    await symlink(dir, join(app, 'node_modules', 'hooks-sdk'), 'dir');
    const source = [
      "import { Hooks } from 'hooks-sdk';",
      "import { HooksRealtimeWS } from 'hooks-sdk/realtime/ws';",
      "import { createRequire } from 'node:module';",
      "const ws: typeof HooksRealtimeWS = createRequire(import.meta.url)('hooks-sdk/realtime/ws').HooksRealtimeWS;",
      "console.log([typeof Hooks, typeof HooksRealtimeWS, ws === HooksRealtimeWS, typeof ws].join(' '));",
    ].join('\n');
    await writeFile(join(app, 'app.mts'), source + '\n');
    await writeFile(join(app, 'app.mjs'), source.replace(/: typeof HooksRealtimeWS/, '') + '\n');
    expect(await tsc(app, [...FLAGS, '--types', 'node', '--typeRoots', join(ROOT_TYPES), 'app.mts'])).toBe('');
    const { stdout } = await promisify(execFile)(process.execPath, ['app.mjs'], { cwd: app });
    // ESM and CJS builds are separate module instances (the dual-package hazard), both usable.
    expect(stdout.trim()).toBe('function function false function');
  });

  it('wrong uses fail to compile, at the expected places', async () => {
    const out = await tsc(dir, [...FLAGS, 'wrong-types.mts']);
    const lines = [...out.matchAll(/wrong-types\.mts\((\d+),\d+\): error (TS\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(lines).toEqual(['7 TS2339', '8 TS2345']);
  });
});

afterAll(cleanupPackages);

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOpenai } from './helpers/expected.js';
import { lastJson, npmBinary, openaiPackage, ROOT, runToEnd, scratch } from './helpers/runtimes.js';
import { startApiServer, type ApiServer } from './helpers/server.js';

/**
 * The generated OpenAI package's built ESM (`dist/esm/index.js`) imported by a script run under
 * Bun and under Deno (both from npm), against one local server: JSON, pages, SSE, File and Blob
 * uploads, abort, RateLimitError after a retry. Neither is a browser, so no flag is needed.
 */
let server: ApiServer;
let entry: string;

beforeAll(async () => {
  server = await startApiServer();
  const dir = scratch('server-runtimes');
  entry = join(dir, 'entry.ts');
  const pkg = join(openaiPackage(), 'dist', 'esm', 'index.js');
  const scenario = join(ROOT, 'tests', 'runtimes', 'helpers', 'scenario.ts');
  writeFileSync(
    entry,
    [
      `import * as mod from ${JSON.stringify(pkg)};`,
      `import { openaiScenario } from ${JSON.stringify(scenario)};`,
      `const g = globalThis as { Deno?: { args: string[] }; process?: { argv: string[] } };`,
      `const baseURL = g.Deno ? g.Deno.args[0]! : g.process!.argv[2]!;`,
      `console.log(JSON.stringify(await openaiScenario(mod, baseURL)));`,
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  await server?.close();
});

describe('Bun', () => {
  it('runs the calls importing the built ESM package', async () => {
    const bun = npmBinary('bun');
    const out = await runToEnd(bun, ['run', entry, `${server.url}/v1`], { cwd: scratch('server-runtimes') });
    expect(lastJson(out)).toEqual(expectedOpenai('bun'));
  });
});

describe('Deno', () => {
  it('runs the calls importing the built ESM package (network limited to 127.0.0.1)', async () => {
    const deno = npmBinary('deno');
    const host = new URL(server.url).host;
    const env = { ...process.env, DENO_DIR: scratch('deno-cache'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
    const args = [
      'run',
      '--no-config',
      '--no-lock',
      `--allow-net=${host}`,
      `--allow-read=${ROOT}`,
      entry,
      `${server.url}/v1`,
    ];
    const out = await runToEnd(deno, args, { cwd: scratch('server-runtimes'), env });
    expect(lastJson(out)).toEqual(expectedOpenai('deno'));
  });
});

import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.js';
import { bundleForBrowser, nodeBuiltins, type Bundle } from './helpers/bundle.js';
import { expectedOpenai, expectedPetstore } from './helpers/expected.js';
import { corpusPackage, openaiPackage, ROOT } from './helpers/runtimes.js';
import { startApiServer, type ApiServer } from './helpers/server.js';

/**
 * The generated OpenAI package and a config-less corpus package (the petstore), bundled by esbuild
 * into a page the local server serves; Debian's headless Chromium loads it and runs the calls.
 * One server and one browser for the file.
 */
let server: ApiServer;
let browser: Browser | undefined;
let bundle: Bundle;

const SCENARIO = join(ROOT, 'tests', 'runtimes', 'helpers', 'scenario.ts');

beforeAll(async () => {
  const openai = join(openaiPackage(), 'dist', 'esm', 'index.js');
  const petstore = join(corpusPackage('petstore'), 'dist', 'esm', 'index.js');
  const entry = [
    `import * as openai from ${JSON.stringify(openai)};`,
    `import * as petstore from ${JSON.stringify(petstore)};`,
    `import { openaiScenario, petstoreScenario } from ${JSON.stringify(SCENARIO)};`,
    `const origin = location.origin;`,
    `(window as any).results = Promise.all([openaiScenario(openai, origin + '/v1'), petstoreScenario(petstore, origin + '/petstore')]);`,
  ].join('\n');
  bundle = await bundleForBrowser(entry, ROOT, false);
  server = await startApiServer();
  server.bundle = bundle.code;
  browser = await launchChromium();
}, 120_000);

let ran: Promise<{ openai: unknown; petstore: unknown; errors: string[] }> | undefined;

/** Loads the page once and waits for both scenarios (the page runs them on load). */
function inPage(): Promise<{ openai: unknown; petstore: unknown; errors: string[] }> {
  ran ??= (async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + '/');
    const [openai, petstore] = await page.evaluate(
      () => (window as unknown as { results: Promise<unknown[]> }).results,
    );
    await page.close();
    return { openai, petstore, errors };
  })();
  return ran;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in headless Chromium', () => {
  it('the bundle holds no Node built-in, and neither zod nor the zod schemas (validation is opt-in) (esbuild metafile)', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((f) => f.includes('dist/esm/core/client.js'))).toHaveLength(2);
    expect(nodeBuiltins(bundle.metafile)).toEqual([]);
    expect(inputs.filter((f) => /(^|\/)zod\//.test(f))).toEqual([]);
  });

  it('OpenAI: JSON, pages, SSE to the end, File and Blob uploads, abort, RateLimitError after a retry; refused without dangerouslyAllowBrowser', async () => {
    const { openai, errors } = await inPage();
    expect(errors).toEqual([]);
    expect(openai).toEqual(expectedOpenai('browser'));
  });

  it('petstore (no SDK config): constructed without any browser flag, a JSON call and a File upload', async () => {
    const { petstore, errors } = await inPage();
    expect(errors).toEqual([]);
    expect(petstore).toEqual(expectedPetstore('browser'));
  });
});

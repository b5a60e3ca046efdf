import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseSdkConfig } from '../../generator/config/load.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import { SdkgenError } from '../../generator/errors.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import { BaseClient } from '../../templates/runtime/core/client.js';
import type { ClientConfig, ClientOptions } from '../../templates/runtime/core/config.js';
import { SDKError } from '../../templates/runtime/core/error.js';
import { isBrowser } from '../../templates/runtime/core/platform.js';

/** A page's globals, a dedicated worker's (no window), or none (Node, Bun, Deno, workerd). */
const PAGE = { window: { document: {} }, navigator: { userAgent: 'Chrome' } };
const WORKER = { navigator: { userAgent: 'Chrome' } };

function withGlobals(globals: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isBrowser', () => {
  it.each([
    ['a page (window with a document, navigator)', PAGE, true],
    ['a worker (navigator, no window)', WORKER, false],
    ['a window without a document', { window: {}, navigator: {} }, false],
    ['no window (server runtimes)', {}, false],
  ] as const)('%s → %s', (_, globals, want) => {
    withGlobals(globals);
    expect(isBrowser()).toBe(want);
  });
});

describe('ClientConfig.browser: refuse', () => {
  const base: ClientConfig = { name: 'Acme', version: '1', defaultBaseURL: 'http://acme.test' };
  const make = (config: ClientConfig, options: ClientOptions) => () =>
    new BaseClient({ fetch: async () => new Response('{}'), ...options }, config);

  it.each([
    [
      'refuse, in a page, no flag',
      { ...base, browser: 'refuse' },
      {},
      PAGE,
      /^Acme: running in a browser would expose your credentials.*dangerouslyAllowBrowser: true/,
    ],
    [
      'refuse, in a page, flag false',
      { ...base, browser: 'refuse' },
      { dangerouslyAllowBrowser: false },
      PAGE,
      /dangerouslyAllowBrowser/,
    ],
  ] as const)('%s → SDKError', (_, config, options, globals, want) => {
    withGlobals(globals);
    expect(make(config, options)).toThrow(SDKError);
    expect(make(config, options)).toThrow(want);
  });

  it.each([
    [
      'refuse, in a page, dangerouslyAllowBrowser: true',
      { ...base, browser: 'refuse' },
      { dangerouslyAllowBrowser: true },
      PAGE,
    ],
    ['refuse, in a worker', { ...base, browser: 'refuse' }, {}, WORKER],
    ['refuse, on a server runtime', { ...base, browser: 'refuse' }, {}, {}],
    ['no browser setting (config-less package), in a page', base, {}, PAGE],
  ] as const)('%s → constructed', (_, config, options, globals) => {
    withGlobals(globals);
    expect(make(config, options)()).toBeInstanceOf(BaseClient);
  });
});

describe('client.browser in the SDK config', () => {
  let ir: IRDocument;
  beforeAll(async () => {
    ir = parseSpec(await loadSpec(join(import.meta.dirname, '..', 'fixtures', 'emit', 'pets.yaml')));
  });

  it.each([
    ['client: { name: Acme, browser: refuse }\n', 'refuse'],
    ['client: { name: Acme, browser: allow }\n', undefined],
    ['client: { name: Acme }\n', undefined],
  ] as const)('%j → settings.browser %s', (yaml, want) => {
    expect(settingsFrom(ir, parseSdkConfig(yaml, 'acme.sdk.yaml')).browser).toBe(want);
  });

  it('any other value is an SdkgenError naming the file, line, pointer and the valid values', () => {
    let error: unknown;
    try {
      parseSdkConfig('client:\n  name: Acme\n  browser: never\n', 'acme.sdk.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as SdkgenError).diagnostics[0]).toMatchObject({
      file: 'acme.sdk.yaml',
      line: 3,
      pointer: '#/client/browser',
    });
    expect((error as SdkgenError).diagnostics[0]!.expected).toMatch(/allow.*refuse/);
  });
});

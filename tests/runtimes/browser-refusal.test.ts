import { afterEach, describe, expect, it, vi } from 'vitest';
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
  const make = (config: ClientConfig, options: ClientOptions) => () => new BaseClient({ fetch: async () => new Response('{}'), ...options }, config);

  it.each([
    ['refuse, in a page, no flag', { ...base, browser: 'refuse' }, {}, PAGE, /^Acme: running in a browser would expose your credentials.*dangerouslyAllowBrowser: true/],
    ['refuse, in a page, flag false', { ...base, browser: 'refuse' }, { dangerouslyAllowBrowser: false }, PAGE, /dangerouslyAllowBrowser/],
  ] as const)('%s → SDKError', (_, config, options, globals, want) => {
    withGlobals(globals);
    expect(make(config, options)).toThrow(SDKError);
    expect(make(config, options)).toThrow(want);
  });

  it.each([
    ['refuse, in a page, dangerouslyAllowBrowser: true', { ...base, browser: 'refuse' }, { dangerouslyAllowBrowser: true }, PAGE],
    ['refuse, in a worker', { ...base, browser: 'refuse' }, {}, WORKER],
    ['refuse, on a server runtime', { ...base, browser: 'refuse' }, {}, {}],
    ['no browser setting (config-less package), in a page', base, {}, PAGE],
  ] as const)('%s → constructed', (_, config, options, globals) => {
    withGlobals(globals);
    expect(make(config, options)()).toBeInstanceOf(BaseClient);
  });
});

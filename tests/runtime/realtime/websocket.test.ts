import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { annotate } from '../../../generator/annotate/index.js';
import { parseSdkConfig } from '../../../generator/config/load.js';
import { extraEmitters } from '../../../generator/emit/extra-emitters.js';
import { writePackage } from '../../../generator/emit/package/write.js';
import { emitPackage } from '../../../generator/emit/pipeline.js';
import { settingsFrom } from '../../../generator/emit/settings.js';
import { loadSpec } from '../../../generator/load/index.js';
import { parseSpec } from '../../../generator/parse/index.js';
import { BaseClient } from '../../../templates/runtime/core/client.js';
import { isBrowser } from '../../../templates/runtime/core/platform.js';
import { RealtimeError } from '../../../templates/runtime/realtime/base.js';
import { inWebPage, RealtimeWebSocketBase, type BrowserRealtimeSettings } from '../../../templates/runtime/realtime/websocket.js';

/** A page's globals, a dedicated worker's (no window), or none (Node, Bun, Deno, workerd). */
const PAGE = { window: { document: {} }, navigator: { userAgent: 'Chrome' } };
const WORKER = { navigator: { userAgent: 'Chrome' } };

/** The global `WebSocket`, recording what it was opened with (nothing connects). */
class FakeSocket {
  static readonly CONNECTING = 0;
  static opened: { url: string; protocols: string[] }[] = [];
  readyState = 0;
  constructor(url: URL, protocols: string[]) {
    FakeSocket.opened.push({ url: String(url), protocols });
  }
  addEventListener(): void {}
}

function withGlobals(globals: Record<string, unknown>): void {
  vi.stubGlobal('WebSocket', FakeSocket);
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  FakeSocket.opened = [];
});

describe('inWebPage answers as the core isBrowser does', () => {
  it.each([
    ['a page', PAGE, true],
    ['a worker', WORKER, false],
    ['a window without a document', { window: {}, navigator: {} }, false],
    ['no window', {}, false],
  ] as const)('%s → %s', (_, globals, want) => {
    withGlobals(globals);
    expect([inWebPage(), isBrowser()]).toEqual([want, want]);
  });
});

describe("RealtimeWebSocketBase with the client config's browser: refuse", () => {
  const base: BrowserRealtimeSettings = { path: '/live', errorEventType: 'error', name: 'Acme' };
  const open = (settings: BrowserRealtimeSettings, dangerouslyAllowBrowser?: boolean) => () =>
    new RealtimeWebSocketBase({ channel: 'c' }, { baseURL: 'https://acme.test', protocols: ['p'], ...(dangerouslyAllowBrowser === undefined ? {} : { dangerouslyAllowBrowser }) }, settings);

  const cases: { name: string; settings: BrowserRealtimeSettings; allow?: boolean; globals: object; want: 'throws' | 'opens' }[] = [
    { name: 'refuse, in a page, no flag', settings: { ...base, browser: 'refuse' }, globals: PAGE, want: 'throws' },
    { name: 'refuse, in a page, flag false', settings: { ...base, browser: 'refuse' }, allow: false, globals: PAGE, want: 'throws' },
    { name: 'refuse, in a page, dangerouslyAllowBrowser', settings: { ...base, browser: 'refuse' }, allow: true, globals: PAGE, want: 'opens' },
    { name: 'refuse, in a worker', settings: { ...base, browser: 'refuse' }, globals: WORKER, want: 'opens' },
    { name: 'refuse, on a server runtime', settings: { ...base, browser: 'refuse' }, globals: {}, want: 'opens' },
    { name: 'no browser setting, in a page', settings: base, globals: PAGE, want: 'opens' },
  ];
  it.each(cases)('$name → $want', ({ settings, allow, globals, want }) => {
    withGlobals(globals as Record<string, unknown>);
    if (want === 'throws') {
      expect(open(settings, allow)).toThrow(RealtimeError);
      expect(open(settings, allow)).toThrow(/^Acme: running in a browser would expose your credentials.*dangerouslyAllowBrowser: true/);
      expect(FakeSocket.opened).toEqual([]);
    } else {
      expect(open(settings, allow)()).toBeInstanceOf(RealtimeWebSocketBase);
      expect(FakeSocket.opened).toEqual([{ url: 'wss://acme.test/live?channel=c', protocols: ['p'] }]);
    }
  });

  it("words the refusal as the HTTP client does (same name, same option)", () => {
    withGlobals(PAGE);
    const http = (() => {
      try {
        new BaseClient({}, { name: 'Acme', version: '1', defaultBaseURL: 'https://acme.test', browser: 'refuse' });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    const realtime = (() => {
      try {
        open({ ...base, browser: 'refuse' })();
      } catch (e) {
        return (e as Error).message;
      }
    })();
    const head = (m?: string) => m?.split(';')[0];
    expect(head(realtime)).toBe(head(http));
    expect(realtime).toContain('`dangerouslyAllowBrowser: true` if you understand the risk.');
  });
});

describe('the generated browser realtime class (store fixture with browser: refuse)', () => {
  const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'docs');
  const DIR = join(import.meta.dirname, '..', '..', '..', '.tmp', 'realtime-refusal');
  let Store: new (o?: object) => object;
  let Live: new (props: { channel: string; dangerouslyAllowBrowser?: boolean }, client?: object) => object;

  beforeAll(async () => {
    const yaml = readFileSync(join(FIXTURES, 'store.sdk.yaml'), 'utf8')
      .replace('client:\n', 'client:\n  browser: refuse\n')
      .replace('realtime:\n', "realtime:\n  browserClassName: StoreRealtimeWebSocket\n  browserProtocols: [realtime, 'key.{credential}']\n");
    const config = parseSdkConfig(yaml, join(FIXTURES, 'store.sdk.yaml'));
    const ir = annotate(parseSpec(await loadSpec(join(FIXTURES, 'store.yaml'))), config);
    const files = await emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), outDir: DIR, build: false });
    await writePackage(DIR, files);
    ({ Store } = await import(join(DIR, 'src', 'client.ts')));
    ({ StoreRealtimeWebSocket: Live } = await import(join(DIR, 'src', 'realtime', 'websocket.ts')));
  }, 120_000);

  const cases: { name: string; flag?: boolean; client?: 'plain' | 'allowed'; want: RegExp | 'opens' }[] = [
    { name: 'no client, no flag: the default client refuses', want: /^Store: running in a browser/ },
    { name: 'no client, dangerouslyAllowBrowser: the default client is made with it', flag: true, want: 'opens' },
    { name: 'a plain { baseURL, apiKey }, no flag: refused (before: it connected)', client: 'plain', want: /^Store: running in a browser would expose your credentials/ },
    { name: 'a plain { baseURL, apiKey } with dangerouslyAllowBrowser', client: 'plain', flag: true, want: 'opens' },
    { name: 'a client made with dangerouslyAllowBrowser', client: 'allowed', want: 'opens' },
  ];
  it.each(cases)('$name', ({ flag, client, want }) => {
    withGlobals(PAGE);
    vi.stubEnv('STORE_API_KEY', 'k'); // the default client reads its credential from the environment
    const given =
      client === 'plain' ? { baseURL: 'https://store.test', apiKey: 'k' } : client === 'allowed' ? new Store({ apiKey: 'k', baseURL: 'https://store.test', dangerouslyAllowBrowser: true }) : undefined;
    const props = { channel: 'c', ...(flag ? { dangerouslyAllowBrowser: true } : {}) };
    const make = () => new Live(props, given);
    if (want === 'opens') {
      expect(make()).toBeInstanceOf(Live);
      expect(FakeSocket.opened).toHaveLength(1);
    } else {
      expect(make).toThrow(want);
      expect(FakeSocket.opened).toEqual([]);
    }
  });
});

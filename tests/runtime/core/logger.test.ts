import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelLogger, resolveLogLevel, type Logger } from '../../../templates/runtime/core/logger.js';
import { json, startServer, type TestServer } from './server.js';
import { TestClient, TEST_CONFIG } from './test-client.js';

function recorder() {
  const lines: Array<[string, string, unknown[]]> = [];
  const make = (level: string) => (message: string, ...rest: unknown[]) => void lines.push([level, message, rest]);
  const logger: Logger = { error: make('error'), warn: make('warn'), info: make('info'), debug: make('debug') };
  return { lines, logger };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer(json(200, {}));
});
afterAll(() => server.close());

describe('logger', () => {
  it('filters by level', () => {
    const { lines, logger } = recorder();
    const log = levelLogger(logger, 'warn');
    log.error('e');
    log.warn('w');
    log.info('i');
    log.debug('d');
    expect(lines.map((l) => l[0])).toEqual(['error', 'warn']);
    const off = levelLogger(logger, 'off');
    off.error('nothing');
    expect(lines).toHaveLength(2);
  });

  it('resolves the level from the option, then the env variable, else warn; bad values are reported', () => {
    const { lines, logger } = recorder();
    process.env['ACME_TEST_LOG'] = 'DEBUG';
    try {
      expect(resolveLogLevel('info', 'ACME_TEST_LOG', logger)).toBe('info');
      expect(resolveLogLevel(undefined, 'ACME_TEST_LOG', logger)).toBe('debug');
      process.env['ACME_TEST_LOG'] = 'loud';
      expect(resolveLogLevel(undefined, 'ACME_TEST_LOG', logger)).toBe('warn');
      expect(resolveLogLevel('verbose', undefined, logger)).toBe('warn');
    } finally {
      delete process.env['ACME_TEST_LOG'];
    }
    expect(lines.map((l) => l[1])).toEqual([
      'ACME_TEST_LOG="loud" is not one of off, error, warn, info, debug',
      'logLevel option "verbose" is not one of off, error, warn, info, debug',
    ]);
  });

  it('debug logs of real requests never contain credential values', async () => {
    const { lines, logger } = recorder();
    const config = { ...TEST_CONFIG, credentials: { ...TEST_CONFIG.credentials, serviceToken: { header: 'X-Service-Token' } } };
    const client = new TestClient(
      { apiKey: 'sk-SECRET-1', serviceToken: 'tok-SECRET-2', baseURL: server.url, logger, logLevel: 'debug', defaultHeaders: { 'api-key': 'SECRET-3' } },
      config,
    );
    await client.request({ method: 'get', path: '/x' });
    await client.request({ method: 'get', path: '/x', credential: 'serviceToken' });
    const text = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(text).not.toMatch(/SECRET/);
    const sentLine = lines.find((l) => l[1].includes('sending'))!;
    const headers = (sentLine[2][0] as { headers: Record<string, string> }).headers;
    expect(headers['authorization']).toBe('***');
    expect(headers['api-key']).toBe('***');
    expect(headers['user-agent']).toBe('Acme/JS 1.2.3');
  });

  it('logs retries at info', async () => {
    const { lines, logger } = recorder();
    let n = 0;
    server.handler = (req, res) => json(n++ === 0 ? 503 : 200, {}, { 'retry-after-ms': '1' })(req, res);
    const client = new TestClient({ apiKey: 'k', baseURL: server.url, logger, logLevel: 'info' });
    await client.request({ method: 'get', path: '/x' });
    expect(lines.map((l) => l[1])).toEqual(['[Acme] GET /x status 503; retry 1 of 2 in 1 ms']);
    server.handler = json(200, {});
  });
});

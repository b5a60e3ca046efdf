import { describe, expect, it } from 'vitest';
import {
  INITIAL_RETRY_DELAY_MS,
  MAX_RETRY_DELAY_MS,
  retryDelayMs,
  shouldRetryResponse,
  sleep,
} from '../../../templates/runtime/core/retry.js';

const h = (init: Record<string, string> = {}) => new Headers(init);

describe('shouldRetryResponse', () => {
  it.each([
    [400, {}, false],
    [401, {}, false],
    [404, {}, false],
    [408, {}, true],
    [409, {}, true],
    [422, {}, false],
    [429, {}, true],
    [500, {}, true],
    [503, {}, true],
    [500, { 'x-should-retry': 'false' }, false],
    [400, { 'x-should-retry': 'true' }, true],
    [429, { 'x-should-retry': 'FALSE' }, false],
  ])('%i %j → %s', (status, headers, want) => {
    expect(shouldRetryResponse({ status, headers: h(headers) })).toBe(want);
  });
});

describe('retryDelayMs', () => {
  it('backs off exponentially from 0.5 s to an 8 s cap, jitter at most 25% down', () => {
    for (let retry = 1; retry <= 8; retry++) {
      const base = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** (retry - 1), MAX_RETRY_DELAY_MS);
      expect(retryDelayMs(retry, undefined, () => 0)).toBe(base);
      expect(retryDelayMs(retry, undefined, () => 0.999999)).toBeGreaterThan(base * 0.75 - 0.01);
      expect(retryDelayMs(retry, undefined, () => 0.999999)).toBeLessThan(base);
    }
    expect(retryDelayMs(1, undefined, () => 0)).toBe(500);
    expect(retryDelayMs(5, undefined, () => 0)).toBe(8000);
    expect(retryDelayMs(30, undefined, () => 0)).toBe(8000);
  });

  it('uses random jitter by default and stays within bounds', () => {
    const samples = Array.from({ length: 200 }, () => retryDelayMs(2, undefined));
    for (const s of samples) {
      expect(s).toBeGreaterThanOrEqual(750);
      expect(s).toBeLessThanOrEqual(1000);
    }
    expect(new Set(samples).size).toBeGreaterThan(1);
  });

  it.each([
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after-ms': '250', 'retry-after': '7' }, 250],
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': '0.5' }, 500],
  ])('honours %j', (headers, want) => {
    expect(retryDelayMs(1, h(headers), () => 0)).toBe(want);
  });

  it('honours an HTTP-date retry-after relative to now', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryDelayMs(1, h({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), () => 0, now)).toBe(5000);
  });

  it.each([
    [{ 'retry-after': '3600' }],
    [{ 'retry-after-ms': '-5' }],
    [{ 'retry-after': 'soon' }],
    [{ 'retry-after': 'Wed, 01 Jan 2020 00:00:00 GMT' }],
  ])('falls back to backoff for unusable %j', (headers) => {
    expect(retryDelayMs(2, h(headers), () => 0)).toBe(1000);
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    const t0 = performance.now();
    await sleep(20);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
  });

  it('rejects at once when the signal aborts', async () => {
    const c = new AbortController();
    const p = sleep(60_000, c.signal);
    c.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
  });
});

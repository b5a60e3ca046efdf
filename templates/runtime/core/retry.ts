/** When to retry and how long to wait: pure functions, so tests need no real clock. */

export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** A server-requested delay longer than this is ignored in favour of the backoff. */
export const MAX_SERVER_DELAY_MS = 60_000;

/**
 * Whether an HTTP answer should be retried: `x-should-retry` decides when present
 * (`true`/`false`), otherwise 408, 409, 429 and every 5xx are retried.
 */
export function shouldRetryResponse(response: { status: number; headers: Headers }): boolean {
  const explicit = response.headers.get('x-should-retry')?.trim().toLowerCase();
  if (explicit === 'true') return true;
  if (explicit === 'false') return false;
  const s = response.status;
  return s === 408 || s === 409 || s === 429 || s >= 500;
}

/**
 * Delay before retry number `retry` (1 for the first retry). Honours `retry-after-ms`, then
 * `retry-after` in seconds or as an HTTP date, when between 0 and 60 s; otherwise exponential
 * backoff from 0.5 s doubling to an 8 s cap, less up to 25% jitter.
 */
export function retryDelayMs(
  retry: number,
  headers: Headers | undefined,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const fromServer = serverDelayMs(headers, now);
  if (fromServer !== undefined && fromServer >= 0 && fromServer <= MAX_SERVER_DELAY_MS) return fromServer;
  const base = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** Math.max(0, retry - 1), MAX_RETRY_DELAY_MS);
  return base * (1 - random() * 0.25);
}

function serverDelayMs(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const n = Number(ms);
    if (Number.isFinite(n)) return n;
  }
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : date - now;
}

/** Resolves after `ms`; rejects with the signal's reason if it aborts first. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

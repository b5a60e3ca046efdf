/**
 * Re-reads an item until its status leaves `in_progress`. Between reads it waits
 * `pollIntervalMs` when given, else what the server suggests in `openai-poll-after-ms`, else
 * 5 s. The caller's `signal` (e.g. `AbortSignal.timeout(60_000)`) stops it with
 * `APIUserAbortError`, also while waiting.
 */
import type { APIPromise } from '../../core/api-promise.js';
import { APIUserAbortError } from '../../core/error.js';
import type { RequestOptions } from '../../core/request-options.js';

export interface PollOptions extends RequestOptions {
  /** Milliseconds between reads; overrides the server's `openai-poll-after-ms`. */
  pollIntervalMs?: number;
}

const DEFAULT_INTERVAL_MS = 5_000;

export async function pollUntilSettled<T extends { status: string }>(
  read: (options: RequestOptions) => APIPromise<T>,
  options: PollOptions = {},
): Promise<T> {
  const { pollIntervalMs, ...requestOptions } = options;
  for (;;) {
    const { data, response } = await read(requestOptions).withResponse();
    if (data.status !== 'in_progress') return data;
    const hinted = Number.parseInt(response.headers.get('openai-poll-after-ms') ?? '', 10);
    const wait = pollIntervalMs ?? (Number.isNaN(hinted) ? DEFAULT_INTERVAL_MS : hinted);
    await sleep(wait, requestOptions.signal);
  }
}

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

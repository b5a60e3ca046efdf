import type { APIPromise } from './api-promise.js';
import { APIUserAbortError, SDKError } from './error.js';
import type { RequestOptions } from './request-options.js';
import { sleep } from './retry.js';

/** Options of `poll` and `…AndPoll` methods: the request options, and how to wait. */
export interface PollOptions extends RequestOptions {
  /** Milliseconds between reads; when unset, the server's hint header, else `DEFAULT_POLL_INTERVAL_MS`. */
  pollIntervalMs?: number;
  /** Gives up with `PollTimeoutError` once the next read would come later than this many milliseconds after the first. */
  pollTimeoutMs?: number;
}

/** Wait between reads when neither `pollIntervalMs` nor the server says. */
export const DEFAULT_POLL_INTERVAL_MS = 5000;

/** Polling gave up (`pollTimeoutMs`) while the item was still pending; `last` is the last item read. */
export class PollTimeoutError<T = unknown> extends SDKError {
  override name = 'PollTimeoutError';
  readonly last: T;
  readonly status: string;
  readonly elapsedMs: number;

  constructor(last: T, status: string, elapsedMs: number) {
    super(`Polling timed out after ${elapsedMs} ms; the last status was "${status}".`);
    this.last = last;
    this.status = status;
    this.elapsedMs = elapsedMs;
  }
}

/** What the generated code tells the loop about one kind of item. */
export interface PollSpec {
  /** Property holding the status. */
  statusField: string;
  /** Statuses that keep the loop going; any other value ends it. */
  pending: readonly string[];
  /** Response header with the server's suggested wait in milliseconds. */
  hintHeader?: string;
}

/** The request options alone (what `…AndPoll` passes to the first call). */
export function requestOptionsOf(options?: PollOptions): RequestOptions | undefined {
  if (!options) return undefined;
  const { pollIntervalMs: _interval, pollTimeoutMs: _timeout, ...rest } = options;
  return rest;
}

function hintMs(response: Response, header: string | undefined): number | undefined {
  const value = header ? response.headers.get(header) : null;
  if (value === null || value.trim() === '') return undefined;
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * Reads the item with `retrieve` until its status is no longer pending, and returns it. Between
 * reads it waits `pollIntervalMs`, else the server's hint, else the default; `signal` aborts the
 * wait and the reads (`APIUserAbortError`); `pollTimeoutMs` bounds the whole (`PollTimeoutError`).
 */
export async function pollUntilDone<T>(
  retrieve: (options: RequestOptions) => APIPromise<T>,
  spec: PollSpec,
  options: PollOptions = {},
): Promise<T> {
  const request = requestOptionsOf(options) ?? {};
  const started = Date.now();
  for (;;) {
    const { data, response } = await retrieve(request).withResponse();
    const status = (data as Record<string, unknown> | null)?.[spec.statusField];
    if (typeof status !== 'string' || !spec.pending.includes(status)) return data;
    const wait = options.pollIntervalMs ?? hintMs(response, spec.hintHeader) ?? DEFAULT_POLL_INTERVAL_MS;
    const elapsed = Date.now() - started;
    if (options.pollTimeoutMs !== undefined && elapsed + wait > options.pollTimeoutMs) {
      throw new PollTimeoutError(data, status, elapsed);
    }
    try {
      await sleep(wait, options.signal);
    } catch {
      throw new APIUserAbortError();
    }
  }
}

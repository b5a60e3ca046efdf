import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, castToError } from './error.js';
import type { Logger } from './logger.js';
import { retryDelayMs, shouldRetryResponse, sleep } from './retry.js';

/** Everything one logical request needs to be sent, retried and logged. */
export interface SendContext {
  fetch: typeof fetch;
  log: Logger;
  /** Label for log lines, e.g. `[Client] request 3f2a…`. */
  label: string;
  url: string;
  init: RequestInit;
  timeout: number;
  /** 0 when the body cannot be sent twice. */
  maxRetries: number;
  signal?: AbortSignal | null | undefined;
  requestIdHeader: string;
}

/**
 * Sends the request, retrying connection errors, timeouts and retryable statuses with
 * backoff. Resolves with a 2xx/3xx response (body unread); rejects with an `APIError`.
 */
export async function sendWithRetries(ctx: SendContext): Promise<{ response: Response; controller: AbortController }> {
  for (let retry = 0; ; retry++) {
    if (ctx.signal?.aborted) throw new APIUserAbortError();
    const controller = new AbortController();
    ctx.log.debug(`${ctx.label} sending`, { method: ctx.init.method, url: ctx.url, headers: ctx.init.headers, retry });
    let response: Response;
    try {
      response = await fetchWithTimeout(ctx, controller);
    } catch (error) {
      if (error instanceof APIUserAbortError || retry >= ctx.maxRetries) throw error;
      await waitBeforeRetry(ctx, retry + 1, undefined, (error as Error).message);
      continue;
    }
    ctx.log.debug(`${ctx.label} response ${response.status}`, { url: ctx.url, headers: response.headers });
    if (response.ok || response.status < 400) return { response, controller };
    if (retry < ctx.maxRetries && shouldRetryResponse(response)) {
      await response.body?.cancel().catch(() => undefined);
      await waitBeforeRetry(ctx, retry + 1, response.headers, `status ${response.status}`);
      continue;
    }
    throw await errorFromResponse(response, ctx.requestIdHeader);
  }
}

async function waitBeforeRetry(ctx: SendContext, retry: number, headers: Headers | undefined, why: string) {
  const delay = retryDelayMs(retry, headers);
  ctx.log.info(`${ctx.label} ${why}; retry ${retry} of ${ctx.maxRetries} in ${Math.round(delay)} ms`);
  try {
    await sleep(delay, ctx.signal);
  } catch {
    throw new APIUserAbortError();
  }
}

/** One attempt: aborts on the user's signal or after `timeout` ms without response headers. */
async function fetchWithTimeout(ctx: SendContext, controller: AbortController): Promise<Response> {
  const user = ctx.signal;
  const onUserAbort = () => controller.abort(user?.reason);
  user?.addEventListener('abort', onUserAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeout);
  try {
    return await ctx.fetch.call(undefined, ctx.url, { ...ctx.init, signal: controller.signal });
  } catch (error) {
    user?.removeEventListener('abort', onUserAbort);
    if (user?.aborted) throw new APIUserAbortError();
    if (timedOut) throw new APIConnectionTimeoutError();
    throw new APIConnectionError({ cause: castToError(error) });
  } finally {
    clearTimeout(timer);
  }
}

/** Reads an error response's body (JSON when it parses, else text) into the right subclass. */
export async function errorFromResponse(response: Response, requestIdHeader: string): Promise<APIError> {
  const text = await response.text().catch((e: unknown) => castToError(e)?.message ?? '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return APIError.generate(response.status, body, body === undefined ? text || undefined : undefined, response.headers, requestIdHeader);
}

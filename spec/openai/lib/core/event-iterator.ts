/**
 * Async iteration over one event of an `EventStream`: values are queued as they are emitted
 * and handed out in order; the iterator ends at `end` and throws the stream's error (or
 * `APIUserAbortError`). Leaving a `for await` early aborts the stream.
 */
import type { SDKError } from '../../core/error.js';
import type { BaseEvents, EventStream } from './event-stream.js';

interface Waiter<T> {
  resolve: (result: IteratorResult<T>) => void;
  reject: (error: unknown) => void;
}

export function iterateEvent<Events extends BaseEvents, E extends keyof Events, T>(
  stream: EventStream<Events>,
  event: E,
  pick: (...args: never[]) => T,
): AsyncIterableIterator<T> {
  let queue: T[] = [];
  let head = 0;
  const waiters: Waiter<T>[] = [];
  let finished = false;
  let failure: SDKError | undefined;

  const push = (...args: never[]) => {
    const value = pick(...args);
    const waiter = waiters.shift();
    if (waiter) waiter.resolve({ done: false, value });
    else queue.push(value);
  };
  const stop = (error?: SDKError) => {
    if (finished) return;
    finished = true;
    failure = error;
    for (const w of waiters.splice(0)) error ? w.reject(error) : w.resolve({ done: true, value: undefined });
  };
  stream.on(event, push as Events[E]);
  stream.on('end', (() => stop()) as Events['end']);
  stream.on('error', ((e: SDKError) => stop(e)) as Events['error']);
  stream.on('abort', ((e: SDKError) => stop(e)) as Events['abort']);

  return {
    next(): Promise<IteratorResult<T>> {
      if (head < queue.length) {
        const value = queue[head++] as T;
        if (head === queue.length) {
          queue = [];
          head = 0;
        }
        return Promise.resolve({ done: false, value });
      }
      if (finished) return failure ? Promise.reject(failure) : Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async return(): Promise<IteratorResult<T>> {
      if (!finished) stream.abort();
      stop();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Reads a response body chunk by chunk, decodes frames from it and converts each frame to a
 * value: the one loop under both SSE and newline-delimited JSON streams. It owns the body:
 * stopping early (`return()`, `break` in `for await`, an error frame) cancels it, so the
 * connection closes; a failed read becomes `APIUserAbortError` (the caller aborted) or
 * `APIConnectionError` (the connection broke mid-stream), never a hang.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './error.js';

/** Turns bytes into frames; `end()` flushes what is left when the input ends. */
export interface FrameDecoder<F> {
  push(chunk: Uint8Array): F[];
  end(): F[];
}

/** Returned by a converter to end the stream (e.g. the `[DONE]` sentinel). */
export const END: unique symbol = Symbol('end of stream');
/** Returned by a converter to drop a frame. */
export const SKIP: unique symbol = Symbol('skip frame');

export type Converter<F, T> = (frame: F) => T | typeof END | typeof SKIP;

const DONE: IteratorResult<never> = Object.freeze({ done: true, value: undefined });
/** Internal: the decoded frames are used up, read another chunk. */
const MORE = Symbol('read more');

export class FrameIterator<F, T> implements AsyncIterator<T> {
  #reader: ReadableStreamDefaultReader<Uint8Array> | null;
  #frames: F[] = [];
  #index = 0;
  /** The read in progress; a `next()` made meanwhile (not awaited by its caller) waits for it. */
  #reading: Promise<void> | null = null;

  constructor(
    body: ReadableStream<Uint8Array> | null,
    private readonly decoder: FrameDecoder<F>,
    private readonly convert: Converter<F, T>,
    private readonly controller: AbortController,
  ) {
    this.#reader = body ? body.getReader() : null;
  }

  /** Events already decoded are answered without an async step: this is the per-event hot path. */
  next(): Promise<IteratorResult<T>> {
    if (this.#reading) {
      const again = () => this.next();
      return this.#reading.then(again, again);
    }
    let value: T | typeof END | typeof MORE;
    try {
      value = this.#take();
    } catch (error) {
      return this.#cancel(false).then(() => Promise.reject(error));
    }
    if (value === END) return this.#cancel(false).then(() => DONE);
    if (value !== MORE) return Promise.resolve({ done: false, value });
    if (!this.#reader) return Promise.resolve(DONE);
    const reading = this.#read(this.#reader);
    this.#reading = reading;
    return reading.then(() => this.next());
  }

  /** The next converted frame, END, or MORE when the decoded frames are used up. */
  #take(): T | typeof END | typeof MORE {
    while (this.#index < this.#frames.length) {
      const value = this.convert(this.#frames[this.#index++] as F);
      if (value !== SKIP) return value;
    }
    return MORE;
  }

  async #read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    try {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        await this.#cancel(false);
        throw this.#readError(error);
      }
      this.#index = 0;
      if (this.#reader !== reader) return; // cancelled while reading: nothing more to give
      if (result.done) {
        this.#frames = this.decoder.end();
        reader.releaseLock();
        this.#reader = null;
      } else {
        this.#frames = this.decoder.push(result.value);
      }
    } finally {
      this.#reading = null;
    }
  }

  /** Called by `break` / `return` in `for await`: closes the connection. */
  async return(): Promise<IteratorResult<T>> {
    await this.#cancel(true);
    return { done: true, value: undefined };
  }

  async #cancel(abort: boolean): Promise<void> {
    const reader = this.#reader;
    this.#frames = [];
    this.#reader = null;
    if (reader) await reader.cancel().catch(() => undefined);
    if (abort && reader) this.controller.abort();
  }

  #readError(error: unknown): Error {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'TimeoutError') return new APIConnectionTimeoutError({ message: 'The stream timed out.' });
    if (this.controller.signal.aborted || name === 'AbortError') {
      return new APIUserAbortError({ message: 'The stream was aborted.' });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new APIConnectionError({
      message: `The connection closed before the stream ended (${detail}).`,
      cause: error instanceof Error ? error : undefined,
    });
  }
}

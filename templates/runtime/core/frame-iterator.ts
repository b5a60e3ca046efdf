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
export const END = Symbol('end of stream');
/** Returned by a converter to drop a frame. */
export const SKIP = Symbol('skip frame');

export type Converter<F, T> = (frame: F) => T | typeof END | typeof SKIP;

export class FrameIterator<F, T> implements AsyncIterator<T> {
  #reader: ReadableStreamDefaultReader<Uint8Array> | null;
  #frames: F[] = [];
  #index = 0;
  #finished = false;

  constructor(
    body: ReadableStream<Uint8Array> | null,
    private readonly decoder: FrameDecoder<F>,
    private readonly convert: Converter<F, T>,
    private readonly controller: AbortController,
  ) {
    this.#reader = body ? body.getReader() : null;
    if (!body) this.#finished = true;
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      while (this.#index < this.#frames.length) {
        const frame = this.#frames[this.#index++] as F;
        let value: T | typeof END | typeof SKIP;
        try {
          value = this.convert(frame);
        } catch (error) {
          await this.#cancel(false);
          throw error;
        }
        if (value === SKIP) continue;
        if (value === END) {
          await this.#cancel(false);
          return { done: true, value: undefined };
        }
        return { done: false, value };
      }
      if (this.#finished || !this.#reader) return this.#stop();
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await this.#reader.read();
      } catch (error) {
        await this.#cancel(false);
        throw this.#readError(error);
      }
      this.#index = 0;
      if (result.done) {
        this.#finished = true;
        this.#frames = this.decoder.end();
        this.#reader.releaseLock();
        this.#reader = null;
      } else {
        this.#frames = this.decoder.push(result.value);
      }
    }
  }

  /** Called by `break` / `return` in `for await`: closes the connection. */
  async return(): Promise<IteratorResult<T>> {
    await this.#cancel(true);
    return { done: true, value: undefined };
  }

  #stop(): IteratorResult<T> {
    this.#frames = [];
    return { done: true, value: undefined };
  }

  async #cancel(abort: boolean): Promise<void> {
    const reader = this.#reader;
    this.#finished = true;
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

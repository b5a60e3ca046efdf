/**
 * `Stream<T>`: the value a streaming request resolves to. An async iterable of parsed events,
 * consumed once; `tee()` splits it, `toReadableStream()` turns it into NDJSON bytes that
 * `Stream.fromReadableStream()` reads back. `controller.abort()` or leaving a `for await`
 * early closes the connection.
 */
import { APIError, SDKError } from './error.js';
import { FrameIterator, END, SKIP } from './frame-iterator.js';
import { LineDecoder, encodeJSONLine, parseJSONLine } from './ndjson.js';
import { SSEDecoder, type ServerSentEvent } from './sse.js';

export interface StreamOptions {
  /** `data` value that ends the stream; null for none. Default `[DONE]`. */
  doneSentinel?: string | null;
  /**
   * Frames whose `event` name starts with one of these are yielded as `{ event, data }` (for
   * event schemas that wrap the payload, e.g. `thread.*`); `['']` wraps every named event.
   */
  wrapEventPrefixes?: readonly string[];
  /** Response header copied onto errors as `requestID`. Default `x-request-id`. */
  requestIdHeader?: string;
}

export class Stream<T> implements AsyncIterable<T> {
  #iterate: () => AsyncIterator<T>;
  #consumed = false;

  constructor(
    iterate: () => AsyncIterator<T>,
    /** Aborting it stops the stream and closes the connection. */
    readonly controller: AbortController,
  ) {
    this.#iterate = iterate;
  }

  /** Events of a `text/event-stream` response, each `data` parsed as JSON. */
  static fromSSEResponse<T>(response: Response, controller: AbortController, opts: StreamOptions = {}): Stream<T> {
    const convert = sseConverter<T>(response.headers, opts);
    return new Stream(() => new FrameIterator(response.body, new SSEDecoder(), convert, controller), controller);
  }

  /** Reads back what `toReadableStream()` wrote: one JSON value per line. */
  static fromReadableStream<T>(stream: ReadableStream<Uint8Array>, controller: AbortController): Stream<T> {
    const convert = (line: string) => parseJSONLine(line, 'a stream line') as T;
    return new Stream(() => new FrameIterator(stream, new LineDecoder(), convert, controller), controller);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#consumed) {
      throw new SDKError('This stream was already iterated; a Stream can be read once (use tee() to read it twice).');
    }
    this.#consumed = true;
    return this.#iterate();
  }

  /** Two streams that each see every event; the source is read once and closed when both are done. */
  tee(): [Stream<T>, Stream<T>] {
    const source = this[Symbol.asyncIterator]();
    const queues: Promise<IteratorResult<T>>[][] = [[], []];
    const open = [true, true];
    const branch = (side: 0 | 1) => (): AsyncIterator<T> => ({
      next: () => {
        const queue = queues[side]!;
        if (queue.length === 0) {
          const result = source.next();
          result.catch(() => undefined);
          if (open[0]) queues[0]!.push(result);
          if (open[1]) queues[1]!.push(result);
        }
        return queue.shift()!;
      },
      return: async () => {
        open[side] = false;
        queues[side]!.length = 0;
        if (!open[1 - side]) await source.return?.();
        return { done: true, value: undefined };
      },
    });
    return [new Stream(branch(0), this.controller), new Stream(branch(1), this.controller)];
  }

  /** The events as newline-delimited JSON bytes; cancelling the result closes the connection. */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encodeJSONLine(value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }
}

function sseConverter<T>(headers: Headers, opts: StreamOptions) {
  const done = opts.doneSentinel === undefined ? '[DONE]' : opts.doneSentinel;
  const prefixes = opts.wrapEventPrefixes ?? [];
  const requestIdHeader = opts.requestIdHeader ?? 'x-request-id';
  const fail = (body: unknown, fallback: string): APIError => {
    const inner = (body as { error?: unknown } | null)?.error;
    const error = inner && typeof inner === 'object' ? inner : body && typeof body === 'object' ? body : undefined;
    const message = error ? undefined : typeof body === 'string' && body ? body : fallback;
    return new APIError(undefined, error as object | undefined, message, headers, headers.get(requestIdHeader));
  };
  return (sse: ServerSentEvent): T | typeof END | typeof SKIP => {
    if (done !== null && sse.data === done) return END;
    if (sse.event === 'error') {
      let body: unknown = sse.data;
      try {
        body = JSON.parse(sse.data);
      } catch {
        // not JSON: the raw text is the message
      }
      throw fail(body, 'The server sent an error event.');
    }
    if (sse.data === '') return SKIP;
    const data = parseJSONLine(sse.data, `the server-sent event ${sse.event ?? 'message'}`);
    if (sse.event !== null && prefixes.some((p) => sse.event!.startsWith(p))) {
      return { event: sse.event, data } as T;
    }
    if (data && typeof data === 'object' && (data as { error?: unknown }).error) {
      throw fail(data, 'The server sent an error payload.');
    }
    return data as T;
  };
}

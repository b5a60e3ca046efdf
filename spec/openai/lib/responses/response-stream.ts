/**
 * `client.responses.stream(params)`: the server's events, each emitted under its own type
 * (`response.output_text.delta` also carries the text so far as `snapshot`) and as `event`;
 * async iteration over the events; `currentResponse()` while it streams and `finalResponse()`
 * (with `output_text` and `output_parsed`) once `response.completed` arrived.
 */
import { APIError, APIUserAbortError, SDKError } from '../../core/error.js';
import type { RequestOptions } from '../../core/request-options.js';
import { Stream } from '../../core/streaming.js';
import type {
  Response,
  ResponseFunctionCallArgumentsDeltaEvent,
  ResponseStreamEvent,
  ResponseTextDeltaEvent,
} from '../../types.js';
import { iterateEvent } from '../core/event-iterator.js';
import { EventStream, type BaseEvents } from '../core/event-stream.js';
import { accumulateEvent } from './accumulate.js';
import { parseResponse, type ParsedResponse, type ResponseParseParams } from './parse.js';

type EventType = ResponseStreamEvent['type'];
type EventOf<K extends EventType> = Extract<ResponseStreamEvent, { type: K }>;
type WithSnapshot = 'response.output_text.delta' | 'response.function_call_arguments.delta';

export type ResponseTextDeltaWithSnapshot = ResponseTextDeltaEvent & { snapshot: string };
export type ResponseFunctionCallArgumentsDeltaWithSnapshot = ResponseFunctionCallArgumentsDeltaEvent & { snapshot: string };

export type ResponseStreamEvents = BaseEvents & {
  /** Every event, in order. */
  event: (event: ResponseStreamEvent) => void;
  'response.output_text.delta': (event: ResponseTextDeltaWithSnapshot) => void;
  'response.function_call_arguments.delta': (event: ResponseFunctionCallArgumentsDeltaWithSnapshot) => void;
} & { [K in Exclude<EventType, WithSnapshot | 'error'>]: (event: EventOf<K>) => void };

/** Opens the event stream (create with `stream: true`, or retrieve an existing response's events). */
export type OpenResponseStream = (options: RequestOptions) => PromiseLike<AsyncIterable<ResponseStreamEvent>>;

export class ResponseStream<ParsedT = null> extends EventStream<ResponseStreamEvents> implements AsyncIterable<ResponseStreamEvent> {
  #params: ResponseParseParams | null;
  #snapshot: Response | undefined;
  #final: ParsedResponse<ParsedT> | undefined;
  /** Untyped view for emitting `event.type` (a union of names). */
  readonly #events: EventStream<BaseEvents & Record<string, (event: unknown) => void>> = this as never;

  constructor(params: ResponseParseParams | null) {
    super();
    this.#params = params;
  }

  static createResponse<ParsedT>(open: OpenResponseStream, params: ResponseParseParams | null, options?: RequestOptions): ResponseStream<ParsedT> {
    const stream = new ResponseStream<ParsedT>(params);
    stream._run(() => stream.#consume(() => open({ ...options, signal: stream.controller.signal }), options));
    return stream;
  }

  /** Replays events written by `toReadableStream()`. */
  static fromReadableStream(body: ReadableStream<Uint8Array>): ResponseStream<null> {
    const stream = new ResponseStream<null>(null);
    stream._run(() => stream.#consume(async () => Stream.fromReadableStream<ResponseStreamEvent>(body, stream.controller)));
    return stream;
  }

  /** The response as streamed so far (undefined before `response.created`). */
  currentResponse(): Response | undefined {
    return this.#snapshot;
  }

  /** The completed response, parsed; rejects if the stream failed or never completed. */
  async finalResponse(): Promise<ParsedResponse<ParsedT>> {
    await this.done();
    if (!this.#final) throw new SDKError('The stream ended without a `response.completed` event.');
    return this.#final;
  }

  async #consume(open: () => PromiseLike<AsyncIterable<ResponseStreamEvent>>, options?: RequestOptions): Promise<void> {
    this._listenForAbort(options?.signal);
    const events = await open();
    this._connected();
    for await (const event of events) {
      this.#addEvent(event);
      if (this.controller.signal.aborted) break;
    }
    if (this.controller.signal.aborted) throw new APIUserAbortError();
  }

  #addEvent(event: ResponseStreamEvent): void {
    // an `error` event without the SSE `event: error` line: fail as the runtime does for one with it
    if (event.type === 'error') throw new APIError(undefined, event, undefined, undefined);
    const snapshot = (this.#snapshot = accumulateEvent(this.#snapshot, event));
    const events = this.#events;
    events._emit('event', event);
    if (event.type === 'response.output_text.delta' && this._hasListeners(event.type)) {
      const part = snapshot?.output[event.output_index];
      const text = part?.type === 'message' ? part.content[event.content_index] : undefined;
      events._emit(event.type as 'event', { ...event, snapshot: text?.type === 'output_text' ? text.text : '' });
    } else if (event.type === 'response.function_call_arguments.delta' && this._hasListeners(event.type)) {
      const item = snapshot?.output[event.output_index];
      events._emit(event.type as 'event', { ...event, snapshot: item?.type === 'function_call' ? item.arguments : '' });
    } else {
      events._emit(event.type as 'event', event);
    }
    if (event.type === 'response.completed' && snapshot) {
      this.#final = parseResponse<ParsedT>(snapshot, this.#params ?? {});
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<ResponseStreamEvent> {
    return iterateEvent(this, 'event', (event: ResponseStreamEvent) => event);
  }

  /** The events as newline-delimited JSON; `ResponseStream.fromReadableStream` reads it back. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return new Stream(() => this[Symbol.asyncIterator](), this.controller).toReadableStream();
  }
}

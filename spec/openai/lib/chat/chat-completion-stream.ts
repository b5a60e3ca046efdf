/**
 * `client.chat.completions.stream(params)`: the streamed completion as typed events
 * (`chunk`, `content.delta`, `tool_calls.function.arguments.delta`, ..., `*.done`), a growing
 * snapshot (`currentChatCompletionSnapshot`), async iteration over the chunks, and the final
 * completion parsed like `parse()` does.
 */
import { APIUserAbortError, SDKError } from '../../core/error.js';
import type { RequestOptions } from '../../core/request-options.js';
import { Stream } from '../../core/streaming.js';
import type { ChatCompletionChunk } from '../../types.js';
import { iterateEvent } from '../core/event-iterator.js';
import { ChoiceEvents } from './choice-events.js';
import { accumulateChunk, finalizeSnapshot } from './accumulate.js';
import { parseChatCompletion } from './parse.js';
import { AbstractChatCompletionRunner, type AbstractChatCompletionRunnerEvents } from './runner-base.js';
import type * as T from './types.js';
import type { ParsedChatCompletion } from './types.js';

export interface ChatCompletionStreamEvents<ParsedT = null> extends AbstractChatCompletionRunnerEvents {
  content: (contentDelta: string, contentSnapshot: string) => void;
  chunk: (chunk: ChatCompletionChunk, snapshot: T.ChatCompletionSnapshot) => void;
  'content.delta': (props: T.ContentDeltaEvent) => void;
  'content.done': (props: T.ContentDoneEvent<ParsedT>) => void;
  'refusal.delta': (props: T.RefusalDeltaEvent) => void;
  'refusal.done': (props: T.RefusalDoneEvent) => void;
  'tool_calls.function.arguments.delta': (props: T.FunctionToolCallArgumentsDeltaEvent) => void;
  'tool_calls.function.arguments.done': (props: T.FunctionToolCallArgumentsDoneEvent) => void;
  'logprobs.content.delta': (props: T.LogProbsContentDeltaEvent) => void;
  'logprobs.content.done': (props: T.LogProbsContentDoneEvent) => void;
  'logprobs.refusal.delta': (props: T.LogProbsRefusalDeltaEvent) => void;
  'logprobs.refusal.done': (props: T.LogProbsRefusalDoneEvent) => void;
}

/** Sends the streaming request: the generated `create` with `stream: true`. */
export type CreateChunkStream = (
  body: T.ChatCompletionCreateParamsBase & { stream: true },
  options?: RequestOptions,
) => PromiseLike<AsyncIterable<ChatCompletionChunk>>;

export class ChatCompletionStream<ParsedT = null>
  extends AbstractChatCompletionRunner<ChatCompletionStreamEvents<ParsedT>, ParsedT>
  implements AsyncIterable<ChatCompletionChunk>
{
  #params: T.ChatCompletionStreamParams | null;
  #snapshot: T.ChatCompletionSnapshot | undefined;
  #choices: ChoiceEvents<ParsedT>[] = [];
  #connected = false;

  constructor(params: T.ChatCompletionStreamParams | null) {
    super();
    this.#params = params;
  }

  /** The completion as received so far (undefined before the first chunk). */
  get currentChatCompletionSnapshot(): T.ChatCompletionSnapshot | undefined {
    return this.#snapshot;
  }

  static createChatCompletion<ParsedT>(
    create: CreateChunkStream,
    params: T.ChatCompletionStreamParams,
    options?: RequestOptions,
  ): ChatCompletionStream<ParsedT> {
    const stream = new ChatCompletionStream<ParsedT>(params);
    stream._run(() => stream.#consume(() => create({ ...params, stream: true }, { ...options, signal: stream.controller.signal }), options));
    return stream;
  }

  /** Replays chunks written by `toReadableStream()` (e.g. sent on by a server to a browser). */
  static fromReadableStream(body: ReadableStream<Uint8Array>): ChatCompletionStream<null> {
    const stream = new ChatCompletionStream<null>(null);
    stream._run(() => stream.#consume(async () => Stream.fromReadableStream<ChatCompletionChunk>(body, stream.controller)));
    return stream;
  }

  async #consume(open: () => PromiseLike<AsyncIterable<ChatCompletionChunk>>, options?: RequestOptions): Promise<void> {
    this._listenForAbort(options?.signal);
    await this._streamTurn(open, this.#params);
  }

  /**
   * Streams one completion into a fresh snapshot, emitting its events, and adds it (parsed
   * with `params`) to the conversation. The tool runner calls it once per request.
   */
  protected async _streamTurn(
    open: () => PromiseLike<AsyncIterable<ChatCompletionChunk>>,
    params: T.ChatCompletionStreamParams | null,
  ): Promise<ParsedChatCompletion<ParsedT>> {
    this.#params = params;
    this.#snapshot = undefined;
    this.#choices = [];
    const chunks = await open();
    if (!this.#connected) this._connected(), (this.#connected = true);
    for await (const chunk of chunks) {
      this.#addChunk(chunk);
      if (this.controller.signal.aborted) throw new APIUserAbortError();
    }
    if (this.controller.signal.aborted) throw new APIUserAbortError();
    if (!this.#snapshot) throw new SDKError('The stream ended without sending any chunk.');
    for (const choice of this.#choices) choice?.finish();
    const completion = finalizeSnapshot(this.#snapshot);
    return this._addChatCompletion(parseChatCompletion<ParsedT>(completion, params ?? {}));
  }

  #addChunk(chunk: ChatCompletionChunk): void {
    const snapshot = (this.#snapshot = accumulateChunk(this.#snapshot, chunk));
    this._emit('chunk', chunk, snapshot);
    for (const c of chunk.choices) {
      const state = (this.#choices[c.index] ??= new ChoiceEvents<ParsedT>(this, this.#params));
      state.apply(c, snapshot.choices[c.index]!);
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<ChatCompletionChunk> {
    return iterateEvent(this, 'chunk', (chunk: ChatCompletionChunk) => chunk);
  }

  /** The chunks as newline-delimited JSON; `ChatCompletionStream.fromReadableStream` reads it back. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return new Stream(() => this[Symbol.asyncIterator](), this.controller).toReadableStream();
  }
}

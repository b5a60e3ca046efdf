/**
 * `client.chat.completions.runTools(params)`: the tool loop (`tool-loop.ts`) over non-streamed
 * requests, with the runner's events and final results.
 */
import type { RequestOptions } from '../../core/request-options.js';
import type { ChatCompletion, ChatCompletionMessageParam } from '../../types.js';
import { parseChatCompletion } from './parse.js';
import type { ChatCompletionToolRunnerParams } from './runnable-function.js';
import { AbstractChatCompletionRunner, type AbstractChatCompletionRunnerEvents } from './runner-base.js';
import { runToolLoop, type RunnerOptions, type ToolLoopHost, type Turn } from './tool-loop.js';
import type { ChatCompletionParseParams } from './types.js';

export type { ChatCompletionToolRunnerParams } from './runnable-function.js';
export type { RunnerOptions } from './tool-loop.js';

export interface ChatCompletionRunnerEvents extends AbstractChatCompletionRunnerEvents {
  content: (content: string) => void;
}

/** Sends one non-streaming request: the generated `create`. */
export type CreateCompletion = (body: ChatCompletionParseParams, options?: RequestOptions) => PromiseLike<ChatCompletion>;

export class ChatCompletionRunner<ParsedT = null> extends AbstractChatCompletionRunner<ChatCompletionRunnerEvents, ParsedT> {
  static runTools<ParsedT>(
    create: CreateCompletion,
    params: ChatCompletionToolRunnerParams,
    options?: RunnerOptions,
  ): ChatCompletionRunner<ParsedT> {
    const runner = new ChatCompletionRunner<ParsedT>();
    runner._run(() => runner.#runTools(create, params, options));
    return runner;
  }

  protected override _addMessage(message: ChatCompletionMessageParam, emit = true): void {
    super._addMessage(message, emit);
    if (emit && message.role === 'assistant' && typeof message.content === 'string' && message.content) {
      this._emit('content', message.content);
    }
  }

  /** The loop's view of this runner. */
  protected _toolLoopHost(): ToolLoopHost {
    return { runner: this, messages: this.messages, controller: this.controller, addMessage: (m, emit) => this._addMessage(m, emit) };
  }

  async #runTools(create: CreateCompletion, params: ChatCompletionToolRunnerParams, options: RunnerOptions = {}): Promise<void> {
    this._listenForAbort(options.signal);
    let first = true;
    const turn: Turn = async (body, requestOptions, tools) => {
      const completion = await create(body, requestOptions);
      if (first) this._connected(), (first = false);
      return this._addChatCompletion(parseChatCompletion<ParsedT>(completion, { ...params, tools }));
    };
    await runToolLoop(this._toolLoopHost(), turn, params, options);
  }
}

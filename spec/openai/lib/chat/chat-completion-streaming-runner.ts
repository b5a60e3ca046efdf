/**
 * `client.chat.completions.runTools({ ..., stream: true })`: the tool loop (`tool-loop.ts`)
 * with every request streamed, so the stream events (`content.delta`, `chunk`, tool-call
 * argument deltas, ...) arrive for each completion, beside the runner's events.
 */
import type { ChatCompletionTool } from '../../types.js';
import { ChatCompletionStream, type CreateChunkStream } from './chat-completion-stream.js';
import type { RunnableTool } from './runnable-function.js';
import { runToolLoop, type RunnerOptions, type Turn } from './tool-loop.js';
import type { ChatCompletionStreamParams } from './types.js';

export type ChatCompletionStreamingToolRunnerParams = Omit<ChatCompletionStreamParams, 'tools' | 'stream'> & {
  stream: true;
  tools: readonly RunnableTool[];
};

export class ChatCompletionStreamingRunner<ParsedT = null> extends ChatCompletionStream<ParsedT> {
  static runTools<ParsedT>(
    create: CreateChunkStream,
    params: ChatCompletionStreamingToolRunnerParams,
    options?: RunnerOptions,
  ): ChatCompletionStreamingRunner<ParsedT> {
    const runner = new ChatCompletionStreamingRunner<ParsedT>(null);
    runner._run(() => runner.#runTools(create, params, options));
    return runner;
  }

  async #runTools(create: CreateChunkStream, params: ChatCompletionStreamingToolRunnerParams, options: RunnerOptions = {}): Promise<void> {
    this._listenForAbort(options.signal);
    const turn: Turn = (body, requestOptions, tools: ChatCompletionTool[]) =>
      this._streamTurn(() => create({ ...body, stream: true }, requestOptions), { ...params, tools, stream: true });
    const host = { runner: this, messages: this.messages, controller: this.controller, addMessage: this._addMessage.bind(this) };
    await runToolLoop(host, turn, params, options);
  }
}

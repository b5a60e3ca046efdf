/**
 * `client.chat.completions` with the helpers: `parse()` (structured outputs), `stream()`
 * (typed stream events) and `runTools()` (calls the user's functions until the model answers).
 */
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { Completions as GeneratedCompletions } from '../../resources/chat/completions/completions.js';
import { ChatCompletionRunner, type ChatCompletionToolRunnerParams, type RunnerOptions } from '../chat/chat-completion-runner.js';
import { ChatCompletionStream } from '../chat/chat-completion-stream.js';
import {
  ChatCompletionStreamingRunner,
  type ChatCompletionStreamingToolRunnerParams,
} from '../chat/chat-completion-streaming-runner.js';
import { parseChatCompletion, validateInputTools, type ExtractParsedContentFromParams } from '../chat/parse.js';
import type { ChatCompletionParseParams, ChatCompletionStreamParams, ParsedChatCompletion } from '../chat/types.js';

export class Completions extends GeneratedCompletions {
  /**
   * Creates a completion and parses it: `choices[i].message.parsed` from a
   * `zodResponseFormat(...)` response format, `tool_calls[i].function.parsed_arguments` from
   * `zodFunction(...)` (or strict) tools. A refusal leaves `parsed` null.
   */
  parse<Params extends ChatCompletionParseParams, ParsedT = ExtractParsedContentFromParams<Params>>(
    body: Params,
    options?: RequestOptions,
  ): APIPromise<ParsedChatCompletion<ParsedT>> {
    validateInputTools(body.tools);
    return this.create({ ...body, stream: false }, options)._thenUnwrap((completion) =>
      parseChatCompletion<ParsedT>(completion, body),
    );
  }

  /** Streams a completion with typed events, a growing snapshot and `finalChatCompletion()`. */
  stream<Params extends ChatCompletionStreamParams, ParsedT = ExtractParsedContentFromParams<Params>>(
    body: Params,
    options?: RequestOptions,
  ): ChatCompletionStream<ParsedT> {
    return ChatCompletionStream.createChatCompletion<ParsedT>((b, o) => this.create(b, o), body, options);
  }

  /**
   * Calls the model, runs the functions it asks for, sends their results back and repeats
   * until it answers without a tool call (at most `maxChatCompletions` requests, default 10).
   * With `stream: true` each request is streamed and the stream events are emitted too.
   */
  runTools<Params extends ChatCompletionStreamingToolRunnerParams, ParsedT = ExtractParsedContentFromParams<Params>>(
    body: Params,
    options?: RunnerOptions,
  ): ChatCompletionStreamingRunner<ParsedT>;
  runTools<Params extends ChatCompletionToolRunnerParams, ParsedT = ExtractParsedContentFromParams<Params>>(
    body: Params,
    options?: RunnerOptions,
  ): ChatCompletionRunner<ParsedT>;
  runTools(
    body: ChatCompletionToolRunnerParams | ChatCompletionStreamingToolRunnerParams,
    options?: RunnerOptions,
  ): ChatCompletionRunner<unknown> | ChatCompletionStreamingRunner<unknown> {
    if (body.stream === true) return ChatCompletionStreamingRunner.runTools((b, o) => this.create(b, o), body, options);
    return ChatCompletionRunner.runTools((b, o) => this.create({ ...b, stream: false }, o), body as ChatCompletionToolRunnerParams, options);
  }
}

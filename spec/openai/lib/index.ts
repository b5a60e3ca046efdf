/**
 * What the helper layer adds to the package root (`import { ChatCompletionStream } from '<pkg>'`).
 * Nothing here imports zod: the zod helpers live at the `./helpers/zod` subpath.
 */
export { ChatCompletionRunner, type ChatCompletionRunnerEvents, type RunnerOptions } from './chat/chat-completion-runner.js';
export { ChatCompletionStream, type ChatCompletionStreamEvents } from './chat/chat-completion-stream.js';
export {
  ChatCompletionStreamingRunner,
  type ChatCompletionStreamingToolRunnerParams,
} from './chat/chat-completion-streaming-runner.js';
export type { ExtractParsedContentFromParams } from './chat/parse.js';
export {
  ParsingToolFunction,
  type ChatCompletionToolRunnerParams,
  type RunnableFunctionWithParse,
  type RunnableFunctionWithoutParse,
  type RunnableToolFunction,
} from './chat/runnable-function.js';
export type { AbstractChatCompletionRunnerEvents } from './chat/runner-base.js';
export type {
  ChatCompletionParseParams,
  ChatCompletionSnapshot,
  ChatCompletionStreamParams,
  ContentDeltaEvent,
  ContentDoneEvent,
  FunctionToolCallArgumentsDeltaEvent,
  FunctionToolCallArgumentsDoneEvent,
  ParsedChatCompletion,
  ParsedChatCompletionMessage,
  ParsedChoice,
  ParsedFunction,
  ParsedFunctionToolCall,
  RefusalDeltaEvent,
  RefusalDoneEvent,
} from './chat/types.js';
export { EventStream, type BaseEvents } from './core/event-stream.js';
export { ContentFilterFinishReasonError, LengthFinishReasonError } from './errors.js';
export {
  makeParseableResponseFormat,
  makeParseableResponseTool,
  makeParseableTextFormat,
  makeParseableTool,
  type AutoParseableResponseFormat,
  type AutoParseableResponseTool,
  type AutoParseableTextFormat,
  type AutoParseableTool,
} from './parser.js';
export type { ResponseStreamByIdParams, ResponseStreamParams } from './resources/responses.js';
export type { ParsedResponse, ResponseWithOutputText } from './responses/parse.js';
export { ResponseStream, type ResponseStreamEvents } from './responses/response-stream.js';
export type { UploadAndPollOptions } from './resources/vector-store-file-batches.js';

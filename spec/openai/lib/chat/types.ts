/**
 * Types of the chat helpers: a completion with its content and tool arguments parsed, the
 * growing snapshot a stream keeps, and the parameters `parse`, `stream` and `runTools` take.
 */
import type {
  ChatCompletion,
  ChatCompletionMessage,
  ChatCompletionMessageCustomToolCall,
  ChatCompletionMessageToolCall,
  ChatCompletionRole,
  ChatCompletionTokenLogprob,
  CompletionUsage,
  CreateChatCompletionRequest,
} from '../../types.js';

export interface ParsedFunction {
  name: string;
  arguments: string;
  /** The arguments parsed by the tool's parser (`zodFunction`), or as JSON for a strict tool. */
  parsed_arguments?: unknown;
}

export interface ParsedFunctionToolCall extends ChatCompletionMessageToolCall {
  function: ParsedFunction;
}

export interface ParsedChatCompletionMessage<ParsedT> extends ChatCompletionMessage {
  /** The content parsed by the `response_format` given (`zodResponseFormat`); null on a refusal. */
  parsed: ParsedT | null;
  tool_calls?: (ParsedFunctionToolCall | ChatCompletionMessageCustomToolCall)[];
}

export type ChatCompletionChoice = ChatCompletion['choices'][number];

export interface ParsedChoice<ParsedT> extends ChatCompletionChoice {
  message: ParsedChatCompletionMessage<ParsedT>;
}

export interface ParsedChatCompletion<ParsedT> extends ChatCompletion {
  choices: ParsedChoice<ParsedT>[];
}

/** The parameters of `create` without `stream` (the helpers decide it). */
export type ChatCompletionCreateParamsBase = Omit<CreateChatCompletionRequest, 'stream'>;
export type ChatCompletionParseParams = ChatCompletionCreateParamsBase & { stream?: false | null };
export type ChatCompletionStreamParams = ChatCompletionCreateParamsBase & { stream?: true };

export type Logprobs = NonNullable<ChatCompletionChoice['logprobs']>;

/** A completion as it is being streamed: every field grows as chunks arrive. */
export interface ChatCompletionSnapshot {
  id: string;
  choices: ChatCompletionSnapshot.Choice[];
  created: number;
  model: string;
  system_fingerprint?: string;
  /** From the last chunk when `stream_options: { include_usage: true }`. */
  usage?: CompletionUsage | null;
}

export namespace ChatCompletionSnapshot {
  export interface Choice {
    message: Message;
    finish_reason: ChatCompletionChoice['finish_reason'] | null;
    logprobs: Logprobs | null;
    index: number;
  }
  export interface Message {
    content?: string | null;
    refusal?: string | null;
    parsed?: unknown | null;
    role?: ChatCompletionRole;
    tool_calls?: ToolCall[];
    function_call?: { name?: string; arguments?: string };
    audio?: Partial<NonNullable<ChatCompletionMessage['audio']>> | null;
  }
  export interface ToolCall {
    id: string;
    type: 'function';
    function: ParsedFunction;
  }
}

export interface ContentDeltaEvent {
  delta: string;
  snapshot: string;
  /** The content so far parsed as partial JSON when a JSON schema format was given, else null. */
  parsed: unknown | null;
}
export interface ContentDoneEvent<ParsedT = null> {
  content: string;
  parsed: ParsedT | null;
}
export interface RefusalDeltaEvent {
  delta: string;
  snapshot: string;
}
export interface RefusalDoneEvent {
  refusal: string;
}
export interface FunctionToolCallArgumentsDeltaEvent {
  name: string;
  index: number;
  arguments: string;
  parsed_arguments: unknown;
  arguments_delta: string;
}
export interface FunctionToolCallArgumentsDoneEvent {
  name: string;
  index: number;
  arguments: string;
  parsed_arguments: unknown;
}
export interface LogProbsContentDeltaEvent {
  content: ChatCompletionTokenLogprob[];
  snapshot: ChatCompletionTokenLogprob[];
}
export interface LogProbsContentDoneEvent {
  content: ChatCompletionTokenLogprob[];
}
export interface LogProbsRefusalDeltaEvent {
  refusal: ChatCompletionTokenLogprob[];
  snapshot: ChatCompletionTokenLogprob[];
}
export interface LogProbsRefusalDoneEvent {
  refusal: ChatCompletionTokenLogprob[];
}

/**
 * Structured outputs for Chat Completions: `message.parsed` from the `response_format`, and
 * `tool_calls[i].function.parsed_arguments` from each tool's parser (or JSON for a strict tool).
 * A refusal leaves `parsed` null.
 */
import { SDKError } from '../../core/error.js';
import type { ChatCompletion, ChatCompletionTool, ChatCompletionCustomTool } from '../../types.js';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from '../errors.js';
import { isAutoParseableTool, parseFormatContent, type AutoParseableResponseFormat } from '../parser.js';
import type { ParsedChatCompletion, ParsedChatCompletionMessage, ParsedFunctionToolCall } from './types.js';

/** What `message.parsed` holds for these parameters. */
export type ExtractParsedContentFromParams<Params extends { response_format?: unknown }> =
  Params['response_format'] extends AutoParseableResponseFormat<infer P> ? P
  : Params['response_format'] extends { type: 'json_schema' } ? unknown
  : null;

interface ParseParams {
  response_format?: unknown;
  tools?: readonly (ChatCompletionTool | ChatCompletionCustomTool)[] | undefined;
}

/** The completion with `parsed` on every message and `parsed_arguments` on function tool calls. */
export function parseChatCompletion<ParsedT>(completion: ChatCompletion, params: ParseParams): ParsedChatCompletion<ParsedT> {
  const choices = completion.choices.map((choice) => {
    if (choice.finish_reason === 'length') throw new LengthFinishReasonError();
    if (choice.finish_reason === 'content_filter') throw new ContentFilterFinishReasonError();
    const message = choice.message;
    const tool_calls = message.tool_calls?.map((call) =>
      call.type === 'function' ? parseToolCall(params, call as ParsedFunctionToolCall) : call,
    );
    const parsed =
      message.content && !message.refusal ? (parseFormatContent(params.response_format, message.content) as ParsedT) : null;
    const parsedMessage: ParsedChatCompletionMessage<ParsedT> = { ...message, parsed };
    if (tool_calls) parsedMessage.tool_calls = tool_calls;
    return { ...choice, message: parsedMessage };
  });
  // in place, so fields the client set (the non-enumerable `_request_id`) stay
  return Object.assign(completion, { choices }) as ParsedChatCompletion<ParsedT>;
}

/** The tool call with `parsed_arguments` set when its tool has a parser or is strict. */
export function parseToolCall(params: ParseParams, call: ParsedFunctionToolCall): ParsedFunctionToolCall {
  const tool = params.tools?.find((t) => t.type === 'function' && t.function.name === call.function.name);
  if (!tool || tool.type !== 'function') return call;
  const parsed_arguments =
    isAutoParseableTool(tool) ? tool.$parseRaw(call.function.arguments)
    : tool.function.strict ? JSON.parse(call.function.arguments)
    : null;
  return { ...call, function: { ...call.function, parsed_arguments } };
}

/** Whether any tool call of these parameters is parsed (so streams parse arguments as they grow). */
export function isParsedTool(params: ParseParams, name: string): boolean {
  const tool = params.tools?.find((t) => t.type === 'function' && t.function.name === name);
  return !!tool && tool.type === 'function' && (isAutoParseableTool(tool) || tool.function.strict === true);
}

/** `parse()` can only parse through strict function tools. */
export function validateInputTools(tools: ParseParams['tools']): void {
  for (const tool of tools ?? []) {
    if (tool.type !== 'function') {
      throw new SDKError(`Currently only \`function\` tool types support auto-parsing; received \`${tool.type}\``);
    }
    if (tool.function.strict !== true) {
      throw new SDKError(
        `The \`${tool.function.name}\` tool is not marked with \`strict: true\`. Only strict function tools can be auto-parsed`,
      );
    }
  }
}

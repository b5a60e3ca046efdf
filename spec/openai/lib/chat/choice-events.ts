/**
 * The delta and done events of one streamed choice. A text (content, refusal, logprobs) is
 * done when the choice gets its finish reason; a tool call's arguments are done when the next
 * tool call starts or the choice finishes. Each done event fires once.
 */
import type { EventParameters } from '../core/event-stream.js';
import { parsePartialJSON } from '../core/partial-json.js';
import { parseFormatContent } from '../parser.js';
import type { ChatCompletionChunk } from '../../types.js';
import type { ChatCompletionStreamEvents } from './chat-completion-stream.js';
import { isParsedTool } from './parse.js';
import type { ChatCompletionSnapshot, ChatCompletionStreamParams } from './types.js';

interface Emitter<ParsedT> {
  _emit<E extends keyof ChatCompletionStreamEvents<ParsedT>>(
    event: E,
    ...args: EventParameters<ChatCompletionStreamEvents<ParsedT>, E>
  ): void;
}

type ChunkChoice = ChatCompletionChunk['choices'][number];

export class ChoiceEvents<ParsedT> {
  #done = new Set<string>();
  #toolCall: number | undefined;
  #snapshot: ChatCompletionSnapshot.Choice | undefined;
  readonly #jsonFormat: boolean;

  constructor(
    private readonly stream: Emitter<ParsedT>,
    private readonly params: ChatCompletionStreamParams | null,
  ) {
    this.#jsonFormat = params?.response_format?.type === 'json_schema';
  }

  apply(chunk: ChunkChoice, snapshot: ChatCompletionSnapshot.Choice): void {
    this.#snapshot = snapshot;
    const { stream } = this;
    const delta = chunk.delta;
    const message = snapshot.message;
    if (delta?.content && message.content) {
      stream._emit('content', delta.content, message.content);
      const parsed = this.#jsonFormat ? (parsePartialJSON(message.content) ?? null) : null;
      stream._emit('content.delta', { delta: delta.content, snapshot: message.content, parsed });
    }
    if (delta?.refusal && message.refusal) {
      stream._emit('refusal.delta', { delta: delta.refusal, snapshot: message.refusal });
    }
    if (chunk.logprobs?.content && snapshot.logprobs?.content) {
      stream._emit('logprobs.content.delta', { content: chunk.logprobs.content, snapshot: snapshot.logprobs.content });
    }
    if (chunk.logprobs?.refusal && snapshot.logprobs?.refusal) {
      stream._emit('logprobs.refusal.delta', { refusal: chunk.logprobs.refusal, snapshot: snapshot.logprobs.refusal });
    }
    const parts = delta?.tool_calls;
    if (parts) this.#toolCallDeltas(parts, message);
    if (chunk.finish_reason) this.finish();
  }

  #toolCallDeltas(parts: NonNullable<ChunkChoice['delta']['tool_calls']>, message: ChatCompletionSnapshot.Message): void {
    const { stream } = this;
    for (const part of parts) {
      if (this.#toolCall !== undefined && this.#toolCall !== part.index) this.#toolCallDone(this.#toolCall);
      this.#toolCall = part.index;
      const call = message.tool_calls?.[part.index];
      if (!call) continue;
      stream._emit('tool_calls.function.arguments.delta', {
        name: call.function.name,
        index: part.index,
        arguments: call.function.arguments,
        parsed_arguments: this.#parsedArguments(call.function.name, call.function.arguments, true),
        arguments_delta: part.function?.arguments ?? '',
      });
    }
  }

  /** Emits every done event not emitted yet (the choice finished or the stream ended). */
  finish(): void {
    const snapshot = this.#snapshot;
    if (!snapshot) return;
    const { message, logprobs } = snapshot;
    if (message.content && this.#once('content')) {
      const parsed = message.refusal ? null : (parseFormatContent(this.params?.response_format, message.content) as ParsedT | null);
      this.stream._emit('content.done', { content: message.content, parsed });
    }
    if (message.refusal && this.#once('refusal')) this.stream._emit('refusal.done', { refusal: message.refusal });
    if (logprobs?.content && this.#once('logprobs.content')) {
      this.stream._emit('logprobs.content.done', { content: logprobs.content });
    }
    if (logprobs?.refusal && this.#once('logprobs.refusal')) {
      this.stream._emit('logprobs.refusal.done', { refusal: logprobs.refusal });
    }
    if (this.#toolCall !== undefined) this.#toolCallDone(this.#toolCall);
  }

  #toolCallDone(index: number): void {
    const call = this.#snapshot?.message.tool_calls?.[index];
    if (!call || !this.#once(`tool_call.${index}`)) return;
    const parsed_arguments = this.#parsedArguments(call.function.name, call.function.arguments, false);
    call.function.parsed_arguments = parsed_arguments;
    this.stream._emit('tool_calls.function.arguments.done', {
      name: call.function.name,
      index,
      arguments: call.function.arguments,
      parsed_arguments,
    });
  }

  #parsedArguments(name: string, args: string, partial: boolean): unknown {
    if (!this.params || !isParsedTool(this.params, name)) return null;
    if (partial) return parsePartialJSON(args) ?? null;
    const tool = this.params.tools?.find((t) => t.type === 'function' && t.function.name === name);
    const parse = (tool as { $parseRaw?: (raw: string) => unknown } | undefined)?.$parseRaw;
    return parse ? parse(args) : JSON.parse(args);
  }

  #once(key: string): boolean {
    if (this.#done.has(key)) return false;
    this.#done.add(key);
    return true;
  }
}

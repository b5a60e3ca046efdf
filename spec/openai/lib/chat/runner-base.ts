/**
 * What the chat stream and the tool runner share: the conversation so far (`messages`), the
 * completions received, their events (`chatCompletion`, `message`, `functionToolCall`,
 * `functionToolCallResult`) and the final results (`finalContent()`, `finalMessage()`, ...).
 */
import { SDKError } from '../../core/error.js';
import type { ChatCompletion, ChatCompletionMessage, ChatCompletionMessageParam, CompletionUsage } from '../../types.js';
import { EventStream, type BaseEvents } from '../core/event-stream.js';
import type { ParsedChatCompletion, ParsedFunction } from './types.js';

export interface AbstractChatCompletionRunnerEvents extends BaseEvents {
  functionToolCall: (functionCall: ParsedFunction) => void;
  message: (message: ChatCompletionMessageParam) => void;
  chatCompletion: (completion: ChatCompletion) => void;
  finalContent: (contentSnapshot: string) => void;
  finalMessage: (message: ChatCompletionMessageParam) => void;
  finalChatCompletion: (completion: ChatCompletion) => void;
  finalFunctionToolCall: (functionCall: ParsedFunction) => void;
  functionToolCallResult: (content: string) => void;
  finalFunctionToolCallResult: (content: string) => void;
  totalUsage: (usage: CompletionUsage) => void;
}

export class AbstractChatCompletionRunner<
  Events extends AbstractChatCompletionRunnerEvents,
  ParsedT,
> extends EventStream<Events> {
  protected _chatCompletions: ParsedChatCompletion<ParsedT>[] = [];
  /** The conversation: the request's messages, then each assistant reply and tool result. */
  messages: ChatCompletionMessageParam[] = [];
  /** `this` seen through the events every runner has (`Events` is generic here). */
  readonly #base: EventStream<AbstractChatCompletionRunnerEvents> = this as never;

  protected _addChatCompletion(completion: ParsedChatCompletion<ParsedT>): ParsedChatCompletion<ParsedT> {
    this._chatCompletions.push(completion);
    this.#base._emit('chatCompletion', completion);
    const message = completion.choices[0]?.message;
    if (message) this._addMessage(message as ChatCompletionMessageParam);
    return completion;
  }

  protected _addMessage(message: ChatCompletionMessageParam, emit = true): void {
    this.messages.push(message);
    if (!emit) return;
    this.#base._emit('message', message);
    if (message.role === 'tool' && typeof message.content === 'string') {
      this.#base._emit('functionToolCallResult', message.content);
    } else if (message.role === 'assistant') {
      for (const call of message.tool_calls ?? []) {
        if (call.type === 'function') this.#base._emit('functionToolCall', call.function);
      }
    }
  }

  /** The last completion, parsed; rejects if the run failed or produced none. */
  async finalChatCompletion(): Promise<ParsedChatCompletion<ParsedT>> {
    await this.done();
    const completion = this._chatCompletions.at(-1);
    if (!completion) throw new SDKError('stream ended without producing a ChatCompletion');
    return completion;
  }

  /** The content of the last assistant message (null when it had none). */
  async finalContent(): Promise<string | null> {
    await this.done();
    return this.#finalMessage()?.content ?? null;
  }

  async finalMessage(): Promise<ChatCompletionMessage> {
    await this.done();
    const message = this.#finalMessage();
    if (!message) throw new SDKError('stream ended without producing a ChatCompletionMessage with role=assistant');
    return message;
  }

  /** The last function the model called, if any. */
  async finalFunctionToolCall(): Promise<ParsedFunction | undefined> {
    await this.done();
    return this.#finalFunctionToolCall();
  }

  /** What the last called function returned, as sent back to the model. */
  async finalFunctionToolCallResult(): Promise<string | undefined> {
    await this.done();
    return this.#finalToolResult();
  }

  /** Token usage summed over every completion of the run. */
  async totalUsage(): Promise<CompletionUsage> {
    await this.done();
    return this.#totalUsage();
  }

  allChatCompletions(): ChatCompletion[] {
    return [...this._chatCompletions];
  }

  /** Every function the model called so far, in order. */
  allFunctionCalls(): ParsedFunction[] {
    const calls: ParsedFunction[] = [];
    for (const message of this.messages) {
      if (message.role !== 'assistant') continue;
      for (const call of message.tool_calls ?? []) if (call.type === 'function') calls.push(call.function);
    }
    return calls;
  }

  protected override _emitFinal(): void {
    const completion = this._chatCompletions.at(-1);
    if (completion) this.#base._emit('finalChatCompletion', completion);
    const message = this.#finalMessage();
    if (message) this.#base._emit('finalMessage', message as ChatCompletionMessageParam);
    if (message?.content) this.#base._emit('finalContent', message.content);
    const call = this.#finalFunctionToolCall();
    if (call) this.#base._emit('finalFunctionToolCall', call);
    const result = this.#finalToolResult();
    if (result != null) this.#base._emit('finalFunctionToolCallResult', result);
    if (this._chatCompletions.some((c) => c.usage)) this.#base._emit('totalUsage', this.#totalUsage());
  }

  #finalMessage(): ChatCompletionMessage | undefined {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const message = this.messages[i]!;
      if (message.role === 'assistant') {
        const content = typeof message.content === 'string' ? message.content : null;
        return { ...message, content, refusal: message.refusal ?? null } as ChatCompletionMessage;
      }
    }
    return undefined;
  }

  #finalFunctionToolCall(): ParsedFunction | undefined {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const message = this.messages[i]!;
      if (message.role !== 'assistant' || !message.tool_calls?.length) continue;
      const calls = message.tool_calls.filter((c) => c.type === 'function');
      return calls.at(-1)?.function;
    }
    return undefined;
  }

  #finalToolResult(): string | undefined {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const message = this.messages[i]!;
      if (message.role === 'tool' && typeof message.content === 'string') return message.content;
    }
    return undefined;
  }

  #totalUsage(): CompletionUsage {
    const total: CompletionUsage = { completion_tokens: 0, prompt_tokens: 0, total_tokens: 0 };
    for (const { usage } of this._chatCompletions) {
      if (!usage) continue;
      total.completion_tokens += usage.completion_tokens;
      total.prompt_tokens += usage.prompt_tokens;
      total.total_tokens += usage.total_tokens;
    }
    return total;
  }
}

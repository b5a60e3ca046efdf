/**
 * The loop behind `runTools()`, streamed or not: ask the model (one `turn`), run the functions
 * it calls, add their results to the conversation and ask again, until it answers without a
 * tool call or `maxChatCompletions` turns were made. An unknown function name or a `parse`
 * that throws goes back to the model as the tool result; a function that throws ends the run
 * with its error (after the other calls of that turn settled), as the official runner does.
 */
import { SDKError } from '../../core/error.js';
import type { RequestOptions } from '../../core/request-options.js';
import type { ChatCompletion, ChatCompletionMessageParam, ChatCompletionMessageToolCalls, ChatCompletionTool } from '../../types.js';
import { isAutoParseableTool } from '../parser.js';
import { isRunnableFunctionWithParse, type RunnableFunction, type RunnableTool, type RunnerHandle } from './runnable-function.js';
import type { ChatCompletionCreateParamsBase, ParsedChatCompletion } from './types.js';

export interface RunnerOptions extends RequestOptions {
  /** Requests made at most (default 10). */
  maxChatCompletions?: number;
  /** Called after each completion (and its tool calls), before the next request; may `runner.abort()`. */
  afterCompletion?: (completion: ChatCompletion, runner: RunnerHandle) => void | Promise<void>;
}

/** What the loop needs from the runner it drives. */
export interface ToolLoopHost {
  /** Passed to each function (the runner itself). */
  runner: RunnerHandle;
  messages: ChatCompletionMessageParam[];
  controller: AbortController;
  addMessage(message: ChatCompletionMessageParam, emit: boolean): void;
}

/** One request: sends `body` and returns the completion, parsed and added to the runner. */
export type Turn = (body: ChatCompletionCreateParamsBase, options: RequestOptions, tools: ChatCompletionTool[]) => Promise<ParsedChatCompletion<unknown>>;

type ToolCall = ChatCompletionMessageToolCalls[number];
type Runnable = RunnableFunction<any>;

export async function runToolLoop(
  host: ToolLoopHost,
  turn: Turn,
  params: Omit<ChatCompletionCreateParamsBase, 'tools'> & { tools: readonly RunnableTool[] },
  options: RunnerOptions = {},
): Promise<void> {
  const { maxChatCompletions = 10, afterCompletion, ...requestOptions } = options;
  const { tools: given, tool_choice = 'auto', messages, ...rest } = params;
  if (rest.n != null && rest.n > 1) throw new SDKError('runTools() supports n=1 only; use create() for n>1.');
  const functions = new Map<string, Runnable>();
  const tools: ChatCompletionTool[] = given.map((tool) => {
    const fn = isAutoParseableTool(tool) ? fromParseableTool(tool) : (tool.function as Runnable);
    const name = fn.name ?? (fn.function as { name?: string }).name ?? '';
    functions.set(name, fn);
    const strict = fn.strict ?? undefined;
    return { type: 'function', function: { name, description: fn.description, parameters: fn.parameters, ...(strict === undefined ? {} : { strict }) } };
  });
  const only = typeof tool_choice === 'object' && tool_choice.type === 'function' ? tool_choice.function.name : undefined;
  for (const message of messages) host.addMessage(message, false);

  for (let i = 0; i < maxChatCompletions; i++) {
    const body = { ...rest, tool_choice, tools, messages: host.messages.map(toRequestMessage) };
    const completion = await turn(body, { ...requestOptions, signal: host.controller.signal }, tools);
    const message = completion.choices[0]?.message;
    if (!message) throw new SDKError('missing message in ChatCompletion response');
    const calls = message.tool_calls ?? [];
    if (calls.length === 0) return void (await afterCompletion?.(completion, host.runner));
    const run = (call: ToolCall) => runToolCall(host.runner, call, functions, only);
    const sequential = only !== undefined || params.parallel_tool_calls === false;
    const results = sequential ? await settleInOrder(calls, run) : await Promise.allSettled(calls.map(run));
    for (const result of results) if (result.status === 'rejected') throw result.reason;
    for (const result of results) if (result.status === 'fulfilled' && result.value) host.addMessage(result.value, true);
    await afterCompletion?.(completion, host.runner);
    if (only !== undefined && calls.some((c) => c.type === 'function' && c.function.name === only)) return;
  }
}

async function runToolCall(
  runner: RunnerHandle,
  call: ToolCall,
  functions: Map<string, Runnable>,
  only: string | undefined,
): Promise<ChatCompletionMessageParam | undefined> {
  if (call.type !== 'function') return undefined;
  const reply = (content: string): ChatCompletionMessageParam => ({ role: 'tool', tool_call_id: call.id, content });
  const { name, arguments: args } = call.function;
  const fn = functions.get(name);
  if (!fn) {
    const names = [...functions.keys()].map((n) => JSON.stringify(n)).join(', ');
    return reply(`Invalid tool_call: ${JSON.stringify(name)}. Available options are: ${names}. Please try again`);
  }
  if (only !== undefined && only !== name) {
    return reply(`Invalid tool_call: ${JSON.stringify(name)}. ${JSON.stringify(only)} requested. Please try again`);
  }
  let input: unknown = args;
  if (isRunnableFunctionWithParse(fn)) {
    try {
      input = await fn.parse(args);
    } catch (error) {
      return reply(error instanceof Error ? error.message : String(error));
    }
  }
  const output = await (fn.function as (a: unknown, r: RunnerHandle) => unknown)(input, runner);
  return reply(typeof output === 'string' ? output : output === undefined ? 'undefined' : JSON.stringify(output));
}

function fromParseableTool(tool: { function: ChatCompletionTool['function']; $parseRaw(raw: string): unknown; $callback: unknown }): Runnable {
  if (typeof tool.$callback !== 'function') {
    throw new SDKError(`The tool \`${tool.function.name}\` given to runTools() has no function to call.`);
  }
  return {
    name: tool.function.name,
    description: tool.function.description ?? '',
    parameters: tool.function.parameters ?? {},
    strict: true,
    parse: (raw: string) => tool.$parseRaw(raw) as object,
    function: tool.$callback as (args: object) => unknown,
  };
}

/** One after another, each settled like `Promise.allSettled`; stops at the first failure. */
async function settleInOrder<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const out: PromiseSettledResult<R>[] = [];
  for (const item of items) {
    try {
      out.push({ status: 'fulfilled', value: await fn(item) });
    } catch (reason) {
      out.push({ status: 'rejected', reason });
      break;
    }
  }
  return out;
}

/** An assistant reply as a request message: response-only fields (parsed, annotations) dropped. */
function toRequestMessage(message: ChatCompletionMessageParam): ChatCompletionMessageParam {
  if (message.role !== 'assistant') return message;
  const out: ChatCompletionMessageParam = { role: 'assistant', content: message.content ?? null };
  if (message.refusal != null) out.refusal = message.refusal;
  if (message.audio) out.audio = { id: message.audio.id };
  if (message.function_call) out.function_call = message.function_call;
  if (message.tool_calls) {
    out.tool_calls = message.tool_calls.map((c) =>
      c.type === 'function' ? { id: c.id, type: 'function', function: { name: c.function.name, arguments: c.function.arguments } } : c,
    );
  }
  return out;
}

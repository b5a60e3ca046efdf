/**
 * The functions `runTools()` calls: each has the JSON schema sent to the model, the function
 * itself (sync or async) and optionally a `parse` that turns the model's argument string into
 * the function's argument (a parse error goes back to the model as the tool result).
 */
import type { FunctionParameters } from '../../types.js';
import type { AutoParseableTool } from '../parser.js';
import type { ChatCompletionParseParams } from './types.js';

type PromiseOrValue<T> = T | Promise<T>;

/** What a runnable function gets besides its arguments: the runner (to `abort()` it, read `messages`). */
export interface RunnerHandle {
  abort(): void;
  messages: unknown[];
}

export interface RunnableFunctionWithParse<Args extends object> {
  function: (args: Args, runner: RunnerHandle) => PromiseOrValue<unknown>;
  parse: (input: string) => PromiseOrValue<Args>;
  parameters: FunctionParameters;
  description: string;
  name?: string | undefined;
  strict?: boolean | undefined;
}

export interface RunnableFunctionWithoutParse {
  /** Gets the model's arguments as the raw JSON string. */
  function: (args: string, runner: RunnerHandle) => PromiseOrValue<unknown>;
  parameters: FunctionParameters;
  description: string;
  name?: string | undefined;
  strict?: boolean | undefined;
}

export type RunnableFunction<Args extends object | string> =
  Args extends string ? RunnableFunctionWithoutParse : Args extends object ? RunnableFunctionWithParse<Args> : never;

export interface RunnableToolFunction<Args extends object | string = any> {
  type: 'function';
  function: RunnableFunction<Args>;
}

/** A tool whose `function` parses its arguments (`new ParsingToolFunction({ ..., parse })`). */
export class ParsingToolFunction<Args extends object> {
  type: 'function' = 'function';
  function: RunnableFunctionWithParse<Args>;
  constructor(input: RunnableFunctionWithParse<Args>) {
    this.function = input;
  }
}

export type RunnableTool = RunnableToolFunction<any> | ParsingToolFunction<any> | AutoParseableTool<any, true>;

export type ChatCompletionToolRunnerParams = Omit<ChatCompletionParseParams, 'tools'> & {
  tools: readonly RunnableTool[];
};

export function isRunnableFunctionWithParse(fn: unknown): fn is RunnableFunctionWithParse<object> {
  return typeof (fn as { parse?: unknown } | null)?.parse === 'function';
}

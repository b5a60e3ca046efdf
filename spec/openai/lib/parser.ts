/**
 * Auto-parseable formats and tools: a `response_format`, a Responses `text.format` or a tool
 * that carries its own parser (made by `helpers/zod`). The parser and brand are non-enumerable
 * properties, so the object sent to the API is exactly the JSON schema format or tool.
 */
import type {
  ChatCompletionTool,
  FunctionTool,
  ResponseFormatJSONSchema,
  TextResponseFormatJsonSchema,
} from '../types.js';

export type AutoParseableResponseFormat<ParsedT> = ResponseFormatJSONSchema & {
  __output: ParsedT;
  $brand: 'auto-parseable-response-format';
  $parseRaw(content: string): ParsedT;
};

export type AutoParseableTextFormat<ParsedT> = TextResponseFormatJsonSchema & {
  __output: ParsedT;
  $brand: 'auto-parseable-response-format';
  $parseRaw(content: string): ParsedT;
};

export type AutoParseableTool<Args, HasFunction extends boolean = boolean> = ChatCompletionTool & {
  __arguments: Args;
  __hasFunction: HasFunction;
  $brand: 'auto-parseable-tool';
  $callback: ((args: Args) => unknown) | undefined;
  $parseRaw(args: string): Args;
};

export type AutoParseableResponseTool<Args> = FunctionTool & {
  __arguments: Args;
  $brand: 'auto-parseable-tool';
  $callback: ((args: Args) => unknown) | undefined;
  $parseRaw(args: string): Args;
};

function brand<T extends object>(target: T, kind: string, parse: (raw: string) => unknown, callback?: unknown): T {
  const props: PropertyDescriptorMap = {
    $brand: { value: kind, enumerable: false },
    $parseRaw: { value: parse, enumerable: false },
  };
  if (kind === 'auto-parseable-tool') props.$callback = { value: callback, enumerable: false };
  return Object.defineProperties(target, props);
}

export function makeParseableResponseFormat<ParsedT>(
  format: ResponseFormatJSONSchema,
  parse: (content: string) => ParsedT,
): AutoParseableResponseFormat<ParsedT> {
  return brand({ ...format }, 'auto-parseable-response-format', parse) as AutoParseableResponseFormat<ParsedT>;
}

export function makeParseableTextFormat<ParsedT>(
  format: TextResponseFormatJsonSchema,
  parse: (content: string) => ParsedT,
): AutoParseableTextFormat<ParsedT> {
  return brand({ ...format }, 'auto-parseable-response-format', parse) as AutoParseableTextFormat<ParsedT>;
}

export function makeParseableTool<Args, HasFunction extends boolean>(
  tool: ChatCompletionTool,
  parse: (args: string) => Args,
  callback: ((args: Args) => unknown) | undefined,
): AutoParseableTool<Args, HasFunction> {
  return brand({ ...tool }, 'auto-parseable-tool', parse, callback) as AutoParseableTool<Args, HasFunction>;
}

export function makeParseableResponseTool<Args>(
  tool: FunctionTool,
  parse: (args: string) => Args,
  callback: ((args: Args) => unknown) | undefined,
): AutoParseableResponseTool<Args> {
  return brand({ ...tool }, 'auto-parseable-tool', parse, callback) as AutoParseableResponseTool<Args>;
}

/** A format with its own parser. */
export function isAutoParseableFormat(format: unknown): format is { $parseRaw(content: string): unknown } {
  return (format as { $brand?: unknown } | null | undefined)?.$brand === 'auto-parseable-response-format';
}

/** A tool with its own parser. */
export function isAutoParseableTool(tool: unknown): tool is AutoParseableTool<unknown> | AutoParseableResponseTool<unknown> {
  return (tool as { $brand?: unknown } | null | undefined)?.$brand === 'auto-parseable-tool';
}

/**
 * The content parsed by `format`: its own parser, or `JSON.parse` for a plain JSON schema
 * format; null for any other format.
 */
export function parseFormatContent(format: unknown, content: string): unknown {
  if (isAutoParseableFormat(format)) return format.$parseRaw(content);
  if ((format as { type?: unknown } | null | undefined)?.type === 'json_schema') return JSON.parse(content);
  return null;
}

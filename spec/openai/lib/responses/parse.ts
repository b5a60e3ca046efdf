/**
 * Responses API results: `output_text` (the concatenated text of the `output_text` parts of
 * the output messages) and, for `responses.parse()`, `output_parsed` from the `text.format`
 * given (`zodTextFormat`) and `parsed_arguments` on function calls of parsed tools.
 */
import type { Response, ResponseOutputItem } from '../../types.js';
import { isAutoParseableTool, parseFormatContent, type AutoParseableTextFormat } from '../parser.js';

/** A Responses result with `output_text` filled in. */
export type ResponseWithOutputText = Response & { output_text: string };

export type ParsedResponse<ParsedT> = ResponseWithOutputText & {
  /** The output text parsed by the `text.format` given; null on a refusal or without a JSON schema format. */
  output_parsed: ParsedT | null;
};

/** What `output_parsed` holds for these parameters. */
export type ExtractParsedContentFromParams<Params> = Params extends { text?: { format?: infer F } | null }
  ? F extends AutoParseableTextFormat<infer P> ? P
  : F extends { type: 'json_schema' } ? unknown
  : null
  : null;

export interface ResponseParseParams {
  text?: { format?: unknown } | null | undefined;
  tools?: readonly unknown[] | null | undefined;
}

/** Sets `output_text` on the response (in place) and returns it. */
export function addOutputText<R extends Response>(response: R): R & { output_text: string } {
  let text = '';
  for (const item of response.output ?? []) {
    if (item.type !== 'message') continue;
    for (const part of item.content) if (part.type === 'output_text') text += part.text;
  }
  response.output_text = text;
  return response as R & { output_text: string };
}

/** The response with `output_text`, `output_parsed` and function calls' `parsed_arguments`. */
export function parseResponse<ParsedT>(response: Response, params: ResponseParseParams): ParsedResponse<ParsedT> {
  const withText = addOutputText(response);
  let parsed: ParsedT | null = null;
  const output = withText.output.map((item): ResponseOutputItem => {
    if (item.type === 'message') {
      const content = item.content.map((part) => {
        if (part.type !== 'output_text') return part;
        const value = parseFormatContent(params.text?.format, part.text) as ParsedT | null;
        if (value !== null && parsed === null) parsed = value;
        return { ...part, parsed: value };
      });
      return { ...item, content };
    }
    if (item.type === 'function_call') {
      const tool = params.tools?.find((t) => (t as { type?: string; name?: string }).type === 'function' && (t as { name?: string }).name === item.name);
      const parsed_arguments =
        isAutoParseableTool(tool) ? tool.$parseRaw(item.arguments)
        : (tool as { strict?: boolean } | undefined)?.strict ? JSON.parse(item.arguments)
        : null;
      return { ...item, parsed_arguments } as ResponseOutputItem;
    }
    return item;
  });
  // in place, so fields the client set (the non-enumerable `_request_id`) stay
  return Object.assign(withText, { output, output_parsed: parsed });
}

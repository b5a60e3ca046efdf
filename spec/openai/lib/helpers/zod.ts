/**
 * `<package>/helpers/zod`: zod v4 schemas as Structured Outputs formats and tools. The JSON
 * schema sent is strict (`z.toJSONSchema`, then every property required, optional ones
 * nullable); the model's answer is parsed with the zod schema itself.
 *
 *     const Person = z.object({ name: z.string(), born: z.number() });
 *     const completion = await client.chat.completions.parse({ ..., response_format: zodResponseFormat(Person, 'person') });
 *     completion.choices[0]?.message.parsed; // { name: string; born: number } | null
 */
import { z } from 'zod';
import type { FunctionTool, ResponseFormatJSONSchema, TextResponseFormatJsonSchema } from '../../types.js';
import {
  makeParseableResponseFormat,
  makeParseableResponseTool,
  makeParseableTextFormat,
  makeParseableTool,
  type AutoParseableResponseFormat,
  type AutoParseableResponseTool,
  type AutoParseableTextFormat,
  type AutoParseableTool,
} from '../parser.js';
import { toStrictSchema, type StrictSchema } from './strict-schema.js';

type JSONSchemaProps = Omit<ResponseFormatJSONSchema['json_schema'], 'schema' | 'strict' | 'name'>;
type TextFormatProps = Omit<TextResponseFormatJsonSchema, 'schema' | 'type' | 'strict' | 'name'>;

interface FunctionOptions<Parameters extends z.ZodType> {
  name: string;
  parameters: Parameters;
  function?: ((args: z.output<Parameters>) => unknown) | undefined;
  description?: string | undefined;
}

function strictSchema(schema: z.ZodType): StrictSchema {
  return toStrictSchema(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>);
}

function parser<S extends z.ZodType>(schema: S, strict: StrictSchema): (raw: string) => z.output<S> {
  return (raw) => schema.parse(strict.dropNulls(JSON.parse(raw)));
}

/** A Chat Completions `response_format` whose content is parsed into `message.parsed`. */
export function zodResponseFormat<S extends z.ZodType>(
  schema: S,
  name: string,
  props?: JSONSchemaProps,
): AutoParseableResponseFormat<z.output<S>> {
  const strict = strictSchema(schema);
  return makeParseableResponseFormat(
    { type: 'json_schema', json_schema: { ...props, name, strict: true, schema: strict.schema } },
    parser(schema, strict),
  );
}

/** A Responses `text.format` whose output text is parsed into `response.output_parsed`. */
export function zodTextFormat<S extends z.ZodType>(
  schema: S,
  name: string,
  props?: TextFormatProps,
): AutoParseableTextFormat<z.output<S>> {
  const strict = strictSchema(schema);
  return makeParseableTextFormat({ ...props, type: 'json_schema', name, strict: true, schema: strict.schema }, parser(schema, strict));
}

/** A strict Chat Completions function tool; its arguments are parsed into `parsed_arguments`. */
export function zodFunction<Parameters extends z.ZodType>(
  options: FunctionOptions<Parameters>,
): AutoParseableTool<z.output<Parameters>, true> {
  const strict = strictSchema(options.parameters);
  const fn: ChatFunction = { name: options.name, parameters: strict.schema, strict: true };
  if (options.description) fn.description = options.description;
  return makeParseableTool({ type: 'function', function: fn }, parser(options.parameters, strict), options.function);
}

/** A strict Responses function tool; its call's arguments are parsed into `parsed_arguments`. */
export function zodResponsesFunction<Parameters extends z.ZodType>(
  options: FunctionOptions<Parameters>,
): AutoParseableResponseTool<z.output<Parameters>> {
  const strict = strictSchema(options.parameters);
  const tool: FunctionTool = {
    type: 'function',
    name: options.name,
    parameters: strict.schema,
    strict: true,
    description: options.description ?? null,
  };
  return makeParseableResponseTool(tool, parser(options.parameters, strict), options.function);
}

type ChatFunction = AutoParseableTool<unknown>['function'];

/**
 * `client.responses` with the helpers: `output_text` on every non-streamed result (`create`,
 * `retrieve`), `parse()` (structured outputs into `output_parsed`) and `stream()` (typed events,
 * `finalResponse()`); `stream({ response_id })` resumes an existing response's events.
 */
import type { APIPromise } from '../../core/api-promise.js';
import { path } from '../../core/path.js';
import type { RequestOptions } from '../../core/request-options.js';
import type { Stream } from '../../core/streaming.js';
import {
  Responses as GeneratedResponses,
  type ResponseCreateParams,
  type ResponseCreateParamsNonStreaming,
  type ResponseCreateParamsStreaming,
  type ResponseRetrieveParams,
} from '../../resources/responses/responses.js';
import type { ResponseStreamEvent } from '../../types.js';
import {
  addOutputText,
  parseResponse,
  type ExtractParsedContentFromParams,
  type ParsedResponse,
  type ResponseWithOutputText,
} from '../responses/parse.js';
import { ResponseStream } from '../responses/response-stream.js';

export type ResponseStreamParams = Omit<ResponseCreateParams, 'stream'> & { stream?: true };
/** Resumes the events of a response created with `background: true, stream: true`. */
export interface ResponseStreamByIdParams {
  response_id: string;
  starting_after?: number;
  text?: ResponseCreateParams['text'];
  tools?: ResponseCreateParams['tools'];
}

export class Responses extends GeneratedResponses {
  override create(body: ResponseCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<ResponseStreamEvent>>;
  override create(body?: ResponseCreateParamsNonStreaming, options?: RequestOptions): APIPromise<ResponseWithOutputText>;
  override create(
    body?: ResponseCreateParams,
    options?: RequestOptions,
  ): APIPromise<Stream<ResponseStreamEvent> | ResponseWithOutputText>;
  override create(
    body: ResponseCreateParams = {},
    options?: RequestOptions,
  ): APIPromise<Stream<ResponseStreamEvent> | ResponseWithOutputText> {
    const result = super.create(body, options);
    if (body.stream === true) return result as APIPromise<Stream<ResponseStreamEvent>>;
    return (result as APIPromise<ResponseWithOutputText>)._thenUnwrap((response) => addOutputText(response));
  }

  override retrieve(responseID: string, query: ResponseRetrieveParams = {}, options?: RequestOptions): APIPromise<ResponseWithOutputText> {
    return super.retrieve(responseID, query, options)._thenUnwrap((response) => addOutputText(response));
  }

  /** Creates a response and parses it: `output_parsed` from a `zodTextFormat(...)` text format. */
  parse<Params extends ResponseCreateParamsNonStreaming, ParsedT = ExtractParsedContentFromParams<Params>>(
    body: Params,
    options?: RequestOptions,
  ): APIPromise<ParsedResponse<ParsedT>> {
    return super.create(body, options)._thenUnwrap((response) => parseResponse<ParsedT>(response, body));
  }

  /** Streams a response with typed events, a growing snapshot and `finalResponse()`. */
  stream<Params extends ResponseStreamParams | ResponseStreamByIdParams, ParsedT = ExtractParsedContentFromParams<Params>>(
    body: Params,
    options?: RequestOptions,
  ): ResponseStream<ParsedT> {
    if ('response_id' in body) {
      const { response_id, starting_after } = body;
      const query = starting_after === undefined ? { stream: true } : { stream: true, starting_after };
      return ResponseStream.createResponse<ParsedT>(
        (opts) =>
          this._client.request<Stream<ResponseStreamEvent>>(
            { method: 'get', path: path`/responses/${response_id}`, query, stream: true },
            opts,
          ),
        body,
        options,
      );
    }
    return ResponseStream.createResponse<ParsedT>((opts) => super.create({ ...body, stream: true }, opts), body, options);
  }
}

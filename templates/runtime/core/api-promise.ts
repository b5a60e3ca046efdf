import type { RequestOptions } from './request-options.js';
import type { RequestSpec } from './request-spec.js';

/** What the transport hands to a parser once response headers arrived. */
export interface APIResponseProps {
  response: Response;
  /** Aborts the underlying connection (used by streams). */
  controller: AbortController;
  spec: RequestSpec;
  options: RequestOptions;
  /** Name of the header carrying the server's request id. */
  requestIdHeader: string;
}

export type ResponseParser<T> = (props: APIResponseProps) => Promise<T>;

/**
 * The result of every generated method: a real Promise of the parsed body that only reads
 * the body when awaited, plus `asResponse()` and `withResponse()` for the raw answer.
 * The request itself starts at once.
 */
export class APIPromise<T> extends Promise<T> {
  #parsed: Promise<T> | undefined;
  readonly #responsePromise: Promise<APIResponseProps>;
  readonly #parse: ResponseParser<T>;

  constructor(responsePromise: Promise<APIResponseProps>, parse: ResponseParser<T>) {
    super((resolve) => resolve(null as T));
    this.#responsePromise = responsePromise;
    this.#parse = parse;
  }

  /** Derived promises (from `then`, `catch`) are plain Promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** A promise of the same request whose parsed value is transformed by `fn`. */
  _thenUnwrap<U>(fn: (data: T, props: APIResponseProps) => U | Promise<U>): APIPromise<U> {
    return new APIPromise(this.#responsePromise, async (props) => fn(await this.#parse(props), props));
  }

  /** The raw `Response` (the global `Response` class) with its body unread. */
  asResponse(): Promise<Response> {
    return this.#responsePromise.then((props) => props.response);
  }

  /** The parsed data (the very object `await` gives), the `Response`, and the request id. */
  async withResponse(): Promise<{ data: T; response: Response; request_id: string | null }> {
    const [data, props] = await Promise.all([this.parse(), this.#responsePromise]);
    return { data, response: props.response, request_id: props.response.headers.get(props.requestIdHeader) };
  }

  /** Parses once; every later call returns the same promise. */
  protected parse(): Promise<T> {
    this.#parsed ??= this.#responsePromise.then((props) => this.#parse(props));
    return this.#parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.parse().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.parse().finally(onfinally);
  }
}

/** Error hierarchy shared by every generated client. */

/** Base class of every error the SDK throws. */
export class SDKError extends Error {
  override name = 'SDKError';
}

/** Fields read from the `error` object of a JSON error body, when present. */
interface ErrorObject {
  message?: unknown;
  code?: unknown;
  param?: unknown;
  type?: unknown;
}

/** An HTTP error answer, or a failure to get one (status undefined). */
export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
  TError extends object | undefined = object | undefined,
> extends SDKError {
  override name = 'APIError';
  /** HTTP status of the response, undefined for connection errors. */
  readonly status: TStatus;
  /** Response headers, undefined for connection errors. */
  readonly headers: THeaders;
  /** The `error` object of the JSON body (or the whole body when it has none). */
  readonly error: TError;
  /** `error.code` from the body, when present. */
  readonly code: string | null | undefined;
  /** `error.param` from the body, when present. */
  readonly param: string | null | undefined;
  /** `error.type` from the body, when present. */
  readonly type: string | undefined;
  /** Value of the server's request-id header, when present. */
  readonly requestID: string | null | undefined;

  constructor(status: TStatus, error: TError, message: string | undefined, headers: THeaders, requestID?: string | null) {
    super(APIError.makeMessage(status, error, message));
    this.status = status;
    this.headers = headers;
    this.error = error;
    this.requestID = requestID ?? null;
    const e = (error ?? {}) as ErrorObject;
    this.code = typeof e.code === 'string' || e.code === null ? e.code : undefined;
    this.param = typeof e.param === 'string' || e.param === null ? e.param : undefined;
    this.type = typeof e.type === 'string' ? e.type : undefined;
  }

  private static makeMessage(status: number | undefined, error: unknown, message: string | undefined): string {
    const inner = (error as ErrorObject | undefined)?.message;
    const detail =
      typeof inner === 'string' ? inner
      : inner !== undefined ? JSON.stringify(inner)
      : error !== undefined ? JSON.stringify(error)
      : message;
    if (status && detail) return `${status} ${detail}`;
    if (status) return `${status} status code (no body)`;
    return detail || '(no status code or body)';
  }

  /**
   * Picks the subclass for `status`. `body` is the parsed JSON error body; its `error`
   * member (when an object) becomes `.error`.
   */
  static generate(
    status: number | undefined,
    body: unknown,
    message: string | undefined,
    headers: Headers | undefined,
    requestIdHeader = 'x-request-id',
  ): APIError {
    if (!status || !headers) return new APIConnectionError({ message, cause: castToError(body) });
    const inner = (body as { error?: unknown } | null | undefined)?.error;
    const error = (inner && typeof inner === 'object' ? inner : body) as object | undefined;
    const requestID = headers.get(requestIdHeader);
    const Ctor = STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
    return new Ctor(status, error, message, headers, requestID);
  }
}

export class BadRequestError extends APIError<400, Headers> { override name = 'BadRequestError'; }
export class AuthenticationError extends APIError<401, Headers> { override name = 'AuthenticationError'; }
export class PermissionDeniedError extends APIError<403, Headers> { override name = 'PermissionDeniedError'; }
export class NotFoundError extends APIError<404, Headers> { override name = 'NotFoundError'; }
export class ConflictError extends APIError<409, Headers> { override name = 'ConflictError'; }
export class UnprocessableEntityError extends APIError<422, Headers> { override name = 'UnprocessableEntityError'; }
export class RateLimitError extends APIError<429, Headers> { override name = 'RateLimitError'; }
export class InternalServerError extends APIError<number, Headers> { override name = 'InternalServerError'; }

type APIErrorClass = new (s: number, e: object | undefined, m: string | undefined, h: Headers, id?: string | null) => APIError;

const STATUS_CLASSES: Record<number, APIErrorClass> = {
  400: BadRequestError as APIErrorClass,
  401: AuthenticationError as APIErrorClass,
  403: PermissionDeniedError as APIErrorClass,
  404: NotFoundError as APIErrorClass,
  409: ConflictError as APIErrorClass,
  422: UnprocessableEntityError as APIErrorClass,
  429: RateLimitError as APIErrorClass,
};

/** No HTTP answer arrived (DNS, refused connection, reset, ...). */
export class APIConnectionError extends APIError<undefined, undefined, undefined> {
  override name = 'APIConnectionError';
  constructor({ message, cause }: { message?: string | undefined; cause?: Error | undefined } = {}) {
    super(undefined, undefined, message || 'Connection error.', undefined);
    if (cause) (this as { cause?: unknown }).cause = cause;
  }
}

/** An attempt took longer than the configured timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor({ message }: { message?: string } = {}) {
    super({ message: message ?? 'Request timed out.' });
  }
}

/** The caller's `signal` aborted the request. Never retried. */
export class APIUserAbortError extends APIError<undefined, undefined, undefined> {
  override name = 'APIUserAbortError';
  constructor({ message }: { message?: string } = {}) {
    super(undefined, undefined, message || 'Request was aborted.', undefined);
  }
}

/** Runtime validation (zod) of a request or response failed. */
export class ValidationError extends SDKError {
  override name = 'ValidationError';
  constructor(message: string, readonly issues: unknown[] = []) {
    super(message);
  }
}

/** Turns anything thrown into an Error, keeping Errors as they are. */
export function castToError(err: unknown): Error | undefined {
  if (err === undefined) return undefined;
  if (err instanceof Error) return err;
  try {
    return new Error(typeof err === 'string' ? err : JSON.stringify(err));
  } catch {
    return new Error(String(err));
  }
}

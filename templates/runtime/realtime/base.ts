/**
 * Transport-independent part of the realtime WebSocket clients: the typed event emitter, the
 * connection URL, and turning raw frames into server events or errors.
 */

/** Any event object the realtime protocol sends: a JSON object with a string `type`. */
export interface RealtimeEventLike {
  type: string;
}

/** An error surfaced to `on('error')`: a server `error` event, a bad frame, or a transport failure. */
export class RealtimeError extends Error {
  /** The server's error event, when the error came from the server. */
  readonly event: RealtimeEventLike | undefined;

  constructor(message: string, event?: RealtimeEventLike, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RealtimeError';
    this.event = event;
  }
}

type Handler = (value: never) => void;

/** What `on()` accepts: a server event type, `event` (every server event), or `error`. */
export type RealtimeListener<ServerEvent extends RealtimeEventLike, K> = K extends 'error'
  ? (error: RealtimeError) => void
  : K extends 'event'
    ? (event: ServerEvent) => void
    : (event: Extract<ServerEvent, { type: K }>) => void;

export class RealtimeEmitter<ServerEvent extends RealtimeEventLike> {
  readonly #handlers = new Map<string, Set<Handler>>();

  on<K extends ServerEvent['type'] | 'event' | 'error'>(type: K, handler: RealtimeListener<ServerEvent, K>): this {
    let set = this.#handlers.get(type);
    if (!set) this.#handlers.set(type, (set = new Set()));
    set.add(handler as Handler);
    return this;
  }

  off<K extends ServerEvent['type'] | 'event' | 'error'>(type: K, handler: RealtimeListener<ServerEvent, K>): this {
    this.#handlers.get(type)?.delete(handler as Handler);
    return this;
  }

  /** Resolves with the next server event of `type`. */
  once<K extends ServerEvent['type']>(type: K): Promise<Extract<ServerEvent, { type: K }>> {
    return new Promise((resolve) => {
      const handler = ((event: Extract<ServerEvent, { type: K }>) => {
        this.off(type, handler as RealtimeListener<ServerEvent, K>);
        resolve(event);
      }) as RealtimeListener<ServerEvent, K>;
      this.on(type, handler);
    });
  }

  protected emit(type: string, value: unknown): void {
    for (const handler of [...(this.#handlers.get(type) ?? [])]) (handler as (v: unknown) => void)(value);
  }

  /** Errors go to `error` listeners; with none registered they are thrown, never swallowed. */
  protected emitError(error: RealtimeError): void {
    if (!this.#handlers.get('error')?.size) throw error;
    this.emit('error', error);
  }

  /** Parses one text frame and dispatches it to `event`, its type, and `error` for error events. */
  protected dispatchFrame(data: string, errorEventType: string): void {
    let event: ServerEvent;
    try {
      event = JSON.parse(data) as ServerEvent;
    } catch (cause) {
      this.emitError(new RealtimeError('Could not parse a realtime frame as JSON.', undefined, { cause }));
      return;
    }
    if (!event || typeof event !== 'object' || typeof event.type !== 'string') {
      this.emitError(new RealtimeError('A realtime frame has no string `type`.'));
      return;
    }
    this.emit('event', event);
    // `error` is the channel for RealtimeError: a server event of that type arrives there, wrapped.
    if (event.type !== 'error') this.emit(event.type, event);
    if (event.type === errorEventType) {
      const detail = (event as { error?: { message?: unknown } }).error?.message;
      this.emitError(new RealtimeError(typeof detail === 'string' ? detail : 'The server sent an error event.', event));
    }
  }
}

/** `http(s)://host/v1` + `/realtime` + `?model=...` → `ws(s)://host/v1/realtime?model=...`. */
export function realtimeURL(baseURL: string, path: string, query: Record<string, string | undefined>): URL {
  const url = new URL(baseURL.replace(/\/+$/, '') + path);
  url.protocol = url.protocol === 'http:' ? 'ws:' : url.protocol === 'https:' ? 'wss:' : url.protocol;
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  return url;
}

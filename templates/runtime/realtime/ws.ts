/**
 * Realtime client over the `ws` package (Node). `ws` is an optional peer dependency of the
 * package's realtime entry point only: importing the main client never loads it.
 */
// Named import: `ws` is CommonJS, and its named `WebSocket` export works from both ESM and CJS builds.
import { WebSocket, type ClientOptions } from 'ws';
import { RealtimeEmitter, RealtimeError, realtimeURL, type RealtimeEventLike } from './base.js';

export interface RealtimeConnection {
  /** The HTTP base URL of the API (`https://host/v1`); the scheme becomes `ws`/`wss`. */
  baseURL: string;
  /** Headers sent with the upgrade request (credentials, beta flags). */
  headers: Record<string, string>;
}

export interface RealtimeSettings {
  /** Path under the base URL, e.g. `/realtime`. */
  path: string;
  /** Server event type that carries an error, e.g. `error`. */
  errorEventType: string;
}

export class RealtimeWSBase<
  ClientEvent extends RealtimeEventLike,
  ServerEvent extends RealtimeEventLike,
> extends RealtimeEmitter<ServerEvent> {
  /** The WebSocket URL this client connected to. */
  readonly url: URL;
  /** The underlying `ws` socket, for `open`/`close` lifecycle events. */
  readonly socket: WebSocket;

  constructor(
    query: Record<string, string | undefined>,
    connection: RealtimeConnection,
    settings: RealtimeSettings,
    options?: ClientOptions,
  ) {
    super();
    this.url = realtimeURL(connection.baseURL, settings.path, query);
    this.socket = new WebSocket(this.url, { ...options, headers: { ...options?.headers, ...connection.headers } });
    this.socket.on('message', (data, isBinary) => {
      if (isBinary) return this.emitError(new RealtimeError('Unexpected binary realtime frame.'));
      this.dispatchFrame(data.toString(), settings.errorEventType);
    });
    this.socket.on('error', (cause) => this.emitError(new RealtimeError(cause.message, undefined, { cause })));
  }

  /** Sends a client event once the socket is open (queued until then). */
  send(event: ClientEvent): void {
    const frame = JSON.stringify(event);
    if (this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.once('open', () => this.socket.send(frame));
      return;
    }
    this.socket.send(frame, (cause) => {
      if (cause) this.emitError(new RealtimeError(`Could not send ${event.type}: ${cause.message}`, undefined, { cause }));
    });
  }

  /** Closes the connection (1000, `OK` by default). */
  close(props: { code: number; reason: string } = { code: 1000, reason: 'OK' }): void {
    this.socket.close(props.code, props.reason);
  }
}

/**
 * Realtime client over the global `WebSocket` (browsers, Deno, Node 22+). Browsers cannot send
 * headers on a WebSocket upgrade, so credentials travel as subprotocols the server accepts.
 */
import { RealtimeEmitter, RealtimeError, realtimeURL, type RealtimeEventLike } from './base.js';

export interface BrowserRealtimeSettings {
  path: string;
  errorEventType: string;
}

export class RealtimeWebSocketBase<
  ClientEvent extends RealtimeEventLike,
  ServerEvent extends RealtimeEventLike,
> extends RealtimeEmitter<ServerEvent> {
  readonly url: URL;
  readonly socket: WebSocket;

  constructor(
    query: Record<string, string | undefined>,
    connection: { baseURL: string; protocols: string[] },
    settings: BrowserRealtimeSettings,
  ) {
    super();
    this.url = realtimeURL(connection.baseURL, settings.path, query);
    this.socket = new WebSocket(this.url, connection.protocols);
    this.socket.addEventListener('message', (message: MessageEvent) => {
      if (typeof message.data !== 'string') {
        this.emitError(new RealtimeError('Unexpected binary realtime frame.'));
        return;
      }
      this.dispatchFrame(message.data, settings.errorEventType);
    });
    this.socket.addEventListener('error', () => this.emitError(new RealtimeError('WebSocket error.')));
  }

  send(event: ClientEvent): void {
    const frame = JSON.stringify(event);
    if (this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.addEventListener('open', () => this.socket.send(frame), { once: true });
    } else {
      this.socket.send(frame);
    }
  }

  close(props: { code: number; reason: string } = { code: 1000, reason: 'OK' }): void {
    this.socket.close(props.code, props.reason);
  }
}

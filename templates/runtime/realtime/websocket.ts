/**
 * Realtime client over the global `WebSocket` (browsers, Deno, Node 22+). Browsers cannot send
 * headers on a WebSocket upgrade, so credentials travel as subprotocols the server accepts.
 */
import { RealtimeEmitter, RealtimeError, realtimeURL, type RealtimeEventLike } from './base.js';

export interface BrowserRealtimeSettings {
  path: string;
  errorEventType: string;
  /**
   * The client config's `browser: 'refuse'`: in a web page the connection throws unless the
   * caller passed `dangerouslyAllowBrowser: true`, as the HTTP client does.
   */
  browser?: 'refuse';
  /** The client's name, for that error. */
  name?: string;
}

/**
 * True in a web page (a window with a document, and a navigator). The same rule as the core's
 * `isBrowser` (`core/platform.ts`): the realtime runtime imports nothing from the core, and
 * `tests/runtime/realtime/websocket.test.ts` checks that both answer alike.
 */
export function inWebPage(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return typeof g.window === 'object' && typeof g.window?.document !== 'undefined' && typeof g.navigator !== 'undefined';
}

export class RealtimeWebSocketBase<
  ClientEvent extends RealtimeEventLike,
  ServerEvent extends RealtimeEventLike,
> extends RealtimeEmitter<ServerEvent> {
  readonly url: URL;
  readonly socket: WebSocket;

  constructor(
    query: Record<string, string | undefined>,
    connection: { baseURL: string; protocols: string[]; dangerouslyAllowBrowser?: boolean },
    settings: BrowserRealtimeSettings,
  ) {
    super();
    if (settings.browser === 'refuse' && !connection.dangerouslyAllowBrowser && inWebPage()) {
      throw new RealtimeError(
        `${settings.name ?? 'Client'}: running in a browser would expose your credentials to the page's users; ` +
          'connect from a server, or pass `dangerouslyAllowBrowser: true` if you understand the risk.',
      );
    }
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

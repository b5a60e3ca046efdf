import { SdkgenError } from '../../errors.js';
import type { IRDocument } from '../../ir/types.js';
import { runtimeFiles } from '../package/runtime-files.js';
import { render } from '../render.js';
import { SdkContext } from '../sdk/context.js';
import { docComment, docLines } from '../ts/doc-comment.js';
import { isIdentifier, propertyKey, quote } from '../ts/identifiers.js';
import { ModuleScope } from '../ts/names.js';
import { literal } from '../sdk/literal.js';
import type { GeneratedFile } from '../types.js';
import type { ExtrasSettings, SdkAdditions } from './additions.js';
import { realtimeApi } from './api-docs.js';
import { realtimeAzureView } from './realtime-azure.js';

/** Range of the `ws` package the Node client is written against (optional peer dependency). */
export const WS_RANGE = '^8.18.0';

function configError(field: string, message: string, expected: string): SdkgenError {
  return new SdkgenError({ level: 'error', stage: 'emit', pointer: `#/realtime/${field}`, message, expected });
}

/**
 * The realtime WebSocket clients named by the config's `realtime:` section: `src/realtime/ws.ts`
 * (Node, `ws`) and `src/realtime/websocket.ts` (global `WebSocket`), typed by the spec's client and
 * server event unions, with the runtime they extend copied to `src/core/realtime/`.
 */
export function emitRealtime(ir: IRDocument, settings: ExtrasSettings): { files: GeneratedFile[]; additions: SdkAdditions } {
  const rt = settings.realtime;
  if (!rt) return { files: [], additions: {} };
  const ctx = new SdkContext(ir, settings);
  const eventType = (field: 'clientEvent' | 'serverEvent') => {
    const name = ctx.typeNames.get(rt[field]);
    if (!name) throw configError(field, `"${rt[field]}" is not a component schema of the spec`, 'the name of a schema under components/schemas');
    return name;
  };
  const clientEvent = eventType('clientEvent');
  const serverEvent = eventType('serverEvent');
  const credential = rt.credential ?? settings.defaultCredential;
  const how = credential ? settings.credentials[credential] : undefined;
  if (credential && !how) throw configError('credential', `"${credential}" is not a credential of the client`, `one of ${Object.keys(settings.credentials).join(', ')}`);
  const baseSettings = { path: rt.path, errorEventType: rt.errorEventType ?? 'error' };
  const common = (scope: ModuleScope, className: string, base: string, from: string) => ({
    className: scope.declare(className),
    clientLike: scope.declare('RealtimeClientLike'),
    base: scope.use(from, base, false),
    clientName: scope.use('../client.js', settings.clientName, false),
    clientEvent: scope.use('../types.js', clientEvent, true),
    serverEvent: scope.use('../types.js', serverEvent, true),
    credentialKey: credential ? propertyKey(credential) : undefined,
    credentialAccess: credential ? `source${access(credential)}` : 'undefined',
    queryKey: propertyKey(rt.queryParam),
    queryAccess: `props${access(rt.queryParam)}`,
    settings: literal(baseSettings),
  });

  const wsScope = new ModuleScope();
  const wsView = common(wsScope, rt.className, 'RealtimeWSBase', '../core/realtime/ws.js');
  const wsOptions = wsScope.use('ws', 'ClientOptions', true);
  const azure = realtimeAzureView(ctx, wsScope, settings);
  const headers = how ? `{ ${propertyKey(how.header)}: ${quote(how.prefix ?? '')} + credential }` : '{}';
  const ws = render('extras/realtime-ws', {
    ...wsView,
    imports: wsScope.importLines(),
    wsOptions,
    headers,
    azure,
    doc: docComment(docLines(`Realtime API over WebSocket, for Node (the \`ws\` package). Send client events with \`send()\`, listen with \`on(type)\`.`)),
  });

  const files: GeneratedFile[] = [{ path: 'src/realtime/ws.ts', contents: ws }];
  const entries: Record<string, string> = { './realtime/ws': 'realtime/ws' };
  if (rt.browserClassName) {
    const bScope = new ModuleScope();
    const bView = common(bScope, rt.browserClassName, 'RealtimeWebSocketBase', '../core/realtime/websocket.js');
    // The client's `browser: 'refuse'` holds for its realtime connection too (`dangerouslyAllowBrowser`).
    const refuse = settings.browser === 'refuse';
    const guard = { browser: 'refuse', name: settings.clientName };
    const browser = render('extras/realtime-websocket', {
      ...bView,
      ...(refuse ? { refuse, settings: literal({ ...baseSettings, ...guard }) } : {}),
      imports: bScope.importLines(),
      protocols: protocolsExpression(rt.browserProtocols ?? []),
      doc: docComment(docLines('Realtime API over the global `WebSocket` (browsers, Deno, Node 22+). Browsers cannot send headers, so the credential travels in the subprotocols.')),
    });
    files.push({ path: 'src/realtime/websocket.ts', contents: browser });
    entries['./realtime/websocket'] = 'realtime/websocket';
  }
  for (const f of runtimeFiles(['realtime'])) files.push({ path: f.path.replace(/^src\/realtime\//, 'src/core/realtime/'), contents: f.contents });
  const node = { pkg: settings.packageName, node: rt.className, browser: rt.browserClassName, azure: azure?.className };
  const api = realtimeApi({ ...node, query: propertyKey(rt.queryParam), clientEvent, serverEvent, path: rt.path });
  return { files, additions: { entries, optionalPeers: { ws: WS_RANGE }, api: [api] } };
}

/** `.name`, or `['name']` when it is not an identifier. */
function access(name: string): string {
  return isIdentifier(name) ? `.${name}` : `[${quote(name)}]`;
}

/** `[...]` of the subprotocols; entries naming `{credential}` are sent only when there is one. */
export function protocolsExpression(protocols: string[]): string {
  const parts = protocols.map((p) => {
    if (!p.includes('{credential}')) return quote(p);
    const pieces = p.split('{credential}').flatMap((text, i) => [...(i > 0 ? ['credential'] : []), ...(text ? [quote(text)] : [])]);
    const text = pieces.join(' + ');
    return `...(credential ? [${text}] : [])`;
  });
  return `[${parts.join(', ')}]`;
}


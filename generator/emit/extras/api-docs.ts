/**
 * The api.md sections of the extras (the docs emitter appends them): what each part exports and
 * how it is called. Names are identifiers; anything from the spec or config goes in a code span.
 */

/** A markdown code span that no backtick inside `text` can end early. */
export function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

export const REASONS = ['missing_secret', 'missing_headers', 'invalid_signature', 'timestamp_too_old', 'timestamp_in_future', 'invalid_timestamp', 'replayed', 'invalid_payload'];

export function webhooksApi(
  unionName: string,
  events: { name: string; eventType?: string | undefined }[],
  option: string | undefined,
  env: string | undefined,
): string {
  const list = events.map((e) => (e.eventType ? `${code(e.name)} (${code(e.eventType)})` : code(e.name))).join(', ');
  return [
    '## Webhooks',
    '',
    `Types: ${code(unionName)}, the union of ${list}.`,
    '',
    'Methods:',
    '',
    `- ${code('client.webhooks.unwrap(body, headers, secret?, tolerance?, { schema?, isReplay? })')} → ${code(`Promise<${unionName}>`)}`,
    `- ${code('client.webhooks.verifySignature(body, headers, secret?, tolerance?)')} → ${code('Promise<void>')}`,
    '',
    `Standard Webhooks signatures; ${code('tolerance')} is in seconds (default 300, both ways). ` +
      (option ? `The secret defaults to the ${code(option)} client option${env ? ` (or ${code(env)})` : ''}. ` : 'Pass the secret to each call. ') +
      `Failures throw ${code('WebhookVerificationError')} with ${code('reason')} one of ${REASONS.map(code).join(', ')}.`,
  ].join('\n');
}

export function realtimeApi(p: {
  pkg: string;
  node: string;
  browser?: string | undefined;
  azure?: string | undefined;
  query: string;
  clientEvent: string;
  serverEvent: string;
  path: string;
}): string {
  const lines = [
    '## Realtime',
    '',
    `Types: ${code(p.clientEvent)} (sent), ${code(p.serverEvent)} (received), ${code('RealtimeError')}.`,
    '',
    `- ${code(`import { ${p.node} } from '${p.pkg}/realtime/ws'`)}: ${code(`new ${p.node}({ ${p.query}, options? }, client?)`)} (Node; needs the optional peer ${code('ws')})`,
  ];
  if (p.azure) lines.push(`- ${code(`await ${p.node}.azure(client: ${p.azure}, { deployment?, options? })`)}: through the deployment-routed client (API version and deployment in the query, its key or token in the headers)`);
  if (p.browser) lines.push(`- ${code(`import { ${p.browser} } from '${p.pkg}/realtime/websocket'`)}: ${code(`new ${p.browser}({ ${p.query} }, client?)`)} (global ${code('WebSocket')})`);
  lines.push(
    '',
    `Connects to the client's base URL (${code('http')} → ${code('ws')}, ${code('https')} → ${code('wss')}) plus ${code(p.path)}. ` +
      `Members: ${code(`send(event: ${p.clientEvent})`)}, ${code('on(type, handler)')} / ${code('off')} (a server event type, ${code("'event'")} or ${code("'error'")}), ${code('once(type)')} → ${code('Promise')}, ${code('close({ code, reason }?)')}, ${code('url')}, ${code('socket')}.`,
  );
  return lines.join('\n');
}

export function azureApi(p: { className: string; optionsName: string; clientName: string; envs: string[]; paths: string[] }): string {
  return [
    `## ${p.className}`,
    '',
    `Types: ${code(p.optionsName)}.`,
    '',
    `- ${code(`new ${p.className}({ endpoint?, apiKey?, azureADTokenProvider?, apiVersion?, deployment?, ...options })`)}: every method of ${code(p.clientName)}.`,
    '',
    `Deployment paths: ${p.paths.map(code).join(', ')}.` + (p.envs.length ? ` Environment: ${p.envs.map(code).join(', ')}.` : ''),
  ].join('\n');
}

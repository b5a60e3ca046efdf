import { propertyKey, quote } from '../../ts/identifiers.js';
import type { SdkSettings } from '../../types.js';
import type { ApiModel } from '../api-model.js';
import { codeSpan } from '../markdown.js';
import { printSample } from '../print-sample.js';
import { sampleValue } from '../sample-value.js';
import type { Showcase } from '../showcase.js';
import { blocks, program, type Section } from './section.js';

export function webhooksSection(settings: SdkSettings): Section {
  const option = settings.webhooks?.secretOption ?? Object.keys(settings.extraOptions).find((n) => /^webhooks?secret$/i.test(n));
  const env = option ? settings.extraOptions[option]?.env : undefined;
  const construct = option ? `{ ${propertyKey(option)}: ${env ? `process.env[${quote(env)}]` : `'my secret'`} }` : '';
  const body = [
    '// `body` is the raw request body (a string, not parsed JSON), `headers` the request headers.',
    'export async function handle(body: string, headers: Headers) {',
    `  const event = await client.webhooks.unwrap(body, headers${option ? '' : `, 'my secret'`});`,
    '  console.log(event);',
    '}',
  ].join('\n');
  return {
    title: 'Webhooks',
    body: blocks(
      `${codeSpan('client.webhooks.unwrap(body, headers)')} checks the Standard Webhooks signature (${codeSpan('webhook-id')}, ${codeSpan('webhook-timestamp')}, ${codeSpan('webhook-signature')}) and the timestamp's age, then parses the event, typed as the union of the spec's webhook payloads. A bad signature throws ${codeSpan('WebhookVerificationError')}. ${codeSpan('client.webhooks.verifySignature()')} only checks.${option ? ` The secret comes from the ${codeSpan(option)} option${env ? ` (or ${codeSpan(env)})` : ''}.` : ''}`,
      program(settings, body, { client: construct }),
    ),
  };
}

export function realtimeSection(settings: SdkSettings, model: ApiModel, subpath: string): Section | undefined {
  const rt = settings.realtime;
  if (!rt) return undefined;
  const event = sampleValue(model.ctx, { kind: 'ref', name: rt.clientEvent, pointer: '' });
  const from = `${settings.packageName}${subpath.slice(1)}`;
  const body = [
    `const connection = new ${rt.className}({ ${propertyKey(rt.queryParam)}: ${quote(`my-${rt.queryParam}`)} }, client);`,
    `connection.on('event', (event) => console.log(event.type));`,
    `connection.on('error', (error) => console.error(error.message));`,
    ...(event ? [`connection.send(${printSample(event, '', 'connection.send('.length)});`] : []),
    `connection.close();`,
  ].join('\n');
  return {
    title: 'Realtime',
    body: blocks(
      `${codeSpan(`${from}`)} exports ${codeSpan(rt.className)}, a WebSocket connection (Node, through the optional peer dependency ${codeSpan('ws')}) typed by the spec's client and server event unions. It takes its base URL and credential from a client. Listeners take a server event type, ${codeSpan("'event'")} for every event, or ${codeSpan("'error'")}; messages sent before the socket opens are queued.`,
      program(settings, body, { preamble: [`import { ${rt.className} } from '${from}';`] }),
    ),
  };
}

export function azureSection(settings: SdkSettings, model: ApiModel, show: Showcase, className: string): Section | undefined {
  const az = settings.azure;
  if (!az) return undefined;
  const env = (name: string | undefined, fallback: string) => (name ? `process.env[${quote(name)}]` : quote(fallback));
  const options = [
    `  endpoint: ${env(az.endpointEnv, 'https://my-resource.example.com')},`,
    `  apiKey: ${env(az.apiKeyEnv, 'my key')},`,
    `  apiVersion: ${env(az.apiVersionEnv, '2024-10-21')},`,
    `  deployment: 'my-deployment',`,
    `});`,
  ].join('\n');
  const call = show.basic ? `\n\n${show.basic.example}` : '';
  const envs = [az.endpointEnv, az.apiKeyEnv, az.apiVersionEnv].filter((e): e is string => !!e).map(codeSpan);
  return {
    title: 'Deployment-routed (Azure) client',
    body: blocks(
      `${codeSpan(className)} has every method of ${codeSpan(settings.clientName)} but talks to ${codeSpan(`{endpoint}${az.basePath ?? '/openai'}`)}: the API key goes in the ${codeSpan(az.apiKeyHeader ?? 'api-key')} header (or pass ${codeSpan('azureADTokenProvider')} for bearer tokens), ${codeSpan(az.apiVersionParam ?? 'api-version')} is added to every query, and deployment paths are routed through ${codeSpan('/deployments/{deployment}')} (the ${codeSpan('deployment')} option, else the request's ${codeSpan(az.deploymentField ?? 'model')}).${envs.length ? ` Options left out are read from ${envs.join(', ')}.` : ''}`,
      program(settings, `const client = new ${className}({\n${options}${call}`, { client: false, named: [className] }),
    ),
  };
}


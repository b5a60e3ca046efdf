import type { IRDocument } from '../../ir/types.js';
import { render } from '../render.js';
import { SdkContext } from '../sdk/context.js';
import { declareType, printContext, type DeclarationView } from '../sdk/declarations.js';
import { literal } from '../sdk/literal.js';
import { resourceTree } from '../sdk/resource-tree.js';
import { docComment, docLines } from '../ts/doc-comment.js';
import { pascalCase } from '../ts/identifiers.js';
import { ModuleScope } from '../ts/names.js';
import type { GeneratedFile } from '../types.js';
import type { ClientMember, ExtrasSettings, SdkAdditions } from './additions.js';
import { webhooksApi } from './api-docs.js';

/** The client property that holds the webhooks helper. */
const PROPERTY = 'webhooks';

/** The signing-secret option: the configured one, else an extra option named like `webhookSecret`. */
export function secretOption(settings: ExtrasSettings): string | undefined {
  const configured = settings.webhooks?.secretOption;
  if (configured) return configured;
  return Object.keys(settings.extraOptions).find((name) => /^webhooks?secret$/i.test(name));
}

/**
 * `src/webhooks.ts` (a type per inline event payload and the union of every event, reusing the
 * component types where the payload is a ref) and the `client.webhooks` member. Nothing when the
 * spec has no webhook with a payload.
 */
export function emitWebhooks(ir: IRDocument, settings: ExtrasSettings): { files: GeneratedFile[]; additions: SdkAdditions } {
  const hooks = ir.webhooks.filter((w) => w.payload);
  if (hooks.length === 0) return { files: [], additions: {} };
  const ctx = new SdkContext(ir, settings);
  const scope = new ModuleScope();
  const unionName = scope.declare(ctx.registry.claim(settings.webhooks?.unionName ?? 'UnwrapWebhookEvent'));
  const print = printContext(ctx, scope, './core', './types.js');
  const declarations: DeclarationView[] = [];
  const members: string[] = [];
  const events: { name: string; eventType?: string | undefined }[] = [];
  for (const hook of hooks) {
    const payload = hook.payload!;
    if (payload.kind === 'ref') {
      members.push(print.ref(payload.name));
      events.push({ name: members.at(-1)!, eventType: hook.eventType });
      continue;
    }
    const name = scope.declare(ctx.registry.claim(`${pascalCase(hook.name)}WebhookEvent`));
    const doc = docLines(hook.summary ?? hook.description, hook.eventType && `Event type \`${hook.eventType}\`.`);
    declarations.push(declareType(name, payload, print, doc));
    members.push(name);
    events.push({ name, eventType: hook.eventType });
  }
  const unique = [...new Set(members)];
  const union = {
    doc: docComment(docLines('Every event the webhook endpoint can receive, as `client.webhooks.unwrap()` returns it. Narrow it on `type`.')),
    text: `export type ${unionName} = ${unique.join(' | ')};`,
  };
  const file = { path: 'src/webhooks.ts', contents: render('extras/webhooks', { imports: scope.importLines(), declarations, union }) };
  const typeNames = [unionName, ...declarations.map((d) => d.name)];
  const option = secretOption(settings);
  const env = option ? settings.extraOptions[option]?.env : undefined;
  const additions: SdkAdditions = {
    api: [webhooksApi(unionName, events, option, env)],
    indexExports: [
      `export type { ${typeNames.join(', ')} } from './webhooks.js';`,
      `export { WebhookVerificationError, type WebhookFailure } from './core/webhooks.js';`,
    ],
  };
  const taken = resourceTree(ir.operations).children.some((c) => c.property === PROPERTY);
  if (!taken) additions.clientMembers = [clientMember(unionName, option, env)];
  return { files: [file], additions };
}

function clientMember(unionName: string, option: string | undefined, env: string | undefined): ClientMember {
  const secret = option ? `(this as { ${option}?: string | null }).${option}` : 'undefined';
  const source = option ? `, ${literal({ option, env })}` : '';
  const doc = docLines(
    'Verifies webhook signatures (Standard Webhooks) and parses the events.',
    option ? `The secret defaults to the \`${option}\` option.` : 'Pass the signing secret to each call.',
  );
  return {
    imports: [
      { from: './core/webhooks.js', name: 'Webhooks', typeOnly: false },
      { from: './webhooks.js', name: unionName, typeOnly: true },
    ],
    text: ([webhooks, event]) => `${docComment(doc, '  ')}  ${PROPERTY}: ${webhooks}<${event}> = new ${webhooks}<${event}>(() => ${secret}${source});`,
  };
}

import type { EmitInput } from '../../types.js';
import type { ApiModel } from '../api-model.js';
import { pickShowcase } from '../showcase.js';
import { azureSection, realtimeSection, webhooksSection } from './extras.js';
import type { Section } from './section.js';

/** What optional parts the package has, from what the other emitters add to it. */
export interface OptionalParts {
  /** `client.webhooks` exists. */
  webhooks: boolean;
  /** Subpath of the Node realtime client (`./realtime/ws`), when emitted. */
  realtime?: string;
  /** Class name of the deployment-routed client, when emitted. */
  azure?: string;
}

export function optionalParts(input: EmitInput): OptionalParts {
  const additions = input.additions;
  const members = (additions?.clientMembers ?? []).map((m) => m.text(m.imports.map((i) => i.name)));
  const exports = additions?.indexExports ?? [];
  const azureLine = exports.find((l) => l.includes(`from './azure.js'`));
  const realtime = Object.keys(additions?.entries ?? {}).find((k) => k.startsWith('./realtime/') && k.endsWith('ws'));
  const parts: OptionalParts = {
    webhooks: members.some((t) => /^\s*webhooks\s*[:=]/m.test(t.replace(/\/\*[\s\S]*?\*\//g, ''))),
  };
  if (realtime) parts.realtime = realtime;
  const azure = azureLine && /export \{\s*([A-Za-z_$][\w$]*)/.exec(azureLine)?.[1];
  if (azure) parts.azure = azure;
  return parts;
}

/**
 * README sections for the optional parts the package really has. Validation is documented by the
 * zod emitter's own README addition ('Validation with zod'), not here.
 */
export function optionalSections(input: EmitInput, model: ApiModel): Section[] {
  const parts = optionalParts(input);
  const show = pickShowcase(model, input.settings);
  const out: (Section | undefined)[] = [
    parts.webhooks ? webhooksSection(input.settings) : undefined,
    parts.realtime ? realtimeSection(input.settings, model, parts.realtime) : undefined,
    parts.azure ? azureSection(input.settings, model, show, parts.azure) : undefined,
  ];
  return out.filter((s): s is Section => s !== undefined);
}

import { existsSync } from 'node:fs';
import { generatorModule } from '../../../paths.js';
import { runtimeFiles } from '../../package/runtime-files.js';
import { clientView } from '../../sdk/client-file.js';
import { resourceTree } from '../../sdk/resource-tree.js';
import type { EmitInput } from '../../types.js';
import type { ApiModel } from '../api-model.js';
import { pickShowcase } from '../showcase.js';
import { azureSection, realtimeSection, webhooksSection } from './extras.js';
import { validationSection } from './validation.js';
import type { Section } from './section.js';

/** What optional parts the package has, from what the other emitters add to it. */
export interface OptionalParts {
  /** `client.webhooks` exists. */
  webhooks: boolean;
  /** Subpath of the Node realtime client (`./realtime/ws`), when emitted. */
  realtime?: string;
  /** Class name of the deployment-routed client, when emitted. */
  azure?: string;
  /** The `./zod` entry exists and the client takes the `validate` option. */
  validation: boolean;
}

export function optionalParts(input: EmitInput): OptionalParts {
  const additions = input.additions;
  const members = (additions?.clientMembers ?? []).map((m) => m.text(m.imports.map((i) => i.name)));
  const exports = additions?.indexExports ?? [];
  const azureLine = exports.find((l) => l.includes(`from './azure.js'`));
  const realtime = Object.keys(additions?.entries ?? {}).find((k) => k.startsWith('./realtime/') && k.endsWith('ws'));
  const runtime = runtimeFiles().find((f) => f.path === 'src/core/config.ts')?.contents ?? '';
  const zod = existsSync(generatorModule('emit/zod/index'));
  // Validation needs all three: the zod entry, the runtime option, and a client that hands the
  // runtime its schema loader (`schemas` in the client's config, see CONTRACT.md).
  const client = JSON.stringify(clientView(input.settings, resourceTree(input.ir.operations), input.ir.info.description));
  const parts: OptionalParts = {
    webhooks: members.some((t) => /^\s*webhooks\s*[:=]/m.test(t.replace(/\/\*[\s\S]*?\*\//g, ''))),
    validation: zod && /\bvalidate\?:/.test(runtime) && /\bschemas\b/.test(client),
  };
  if (realtime) parts.realtime = realtime;
  const azure = azureLine && /export \{\s*([A-Za-z_$][\w$]*)/.exec(azureLine)?.[1];
  if (azure) parts.azure = azure;
  return parts;
}

/** README sections for the optional parts the package really has. */
export function optionalSections(input: EmitInput, model: ApiModel): Section[] {
  const parts = optionalParts(input);
  const show = pickShowcase(model, input.settings);
  const out: (Section | undefined)[] = [
    parts.validation ? validationSection(input.settings, model, show) : undefined,
    parts.webhooks ? webhooksSection(input.settings) : undefined,
    parts.realtime ? realtimeSection(input.settings, model, parts.realtime) : undefined,
    parts.azure ? azureSection(input.settings, model, show, parts.azure) : undefined,
  ];
  return out.filter((s): s is Section => s !== undefined);
}

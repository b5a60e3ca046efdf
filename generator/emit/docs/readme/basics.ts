import type { SdkSettings } from '../../types.js';
import { propertyKey, quote } from '../../ts/identifiers.js';
import type { ApiModel } from '../api-model.js';
import { codeBlock, codeSpan, paragraphs } from '../markdown.js';
import type { Showcase } from '../showcase.js';
import { blocks, program, type Section } from './section.js';

function envValue(env: string | undefined, fallback: string): string {
  return env ? `process.env[${quote(env)}]` : quote(fallback);
}

export function installSection(settings: SdkSettings): Section {
  return {
    title: 'Installation',
    body: blocks(codeBlock('sh', `npm install ${settings.packageName}`), 'The package has no runtime dependencies; it needs Node 20+ (or another runtime with a global `fetch`) and ships ES modules and CommonJS.'),
  };
}

/** Credentials and header options, from the client settings (the SDK config). */
export function authSection(settings: SdkSettings, model: ApiModel): Section | undefined {
  const names = Object.keys(settings.credentials);
  const main = settings.defaultCredential ?? names[0];
  if (!main && Object.keys(settings.headerOptions).length === 0) return undefined;
  const parts: string[] = [];
  const describe = (name: string, env: string | undefined, header: string) =>
    `- ${codeSpan(name)}: sent in the ${codeSpan(header)} header${env ? `; read from ${codeSpan(env)} when not passed` : ''}.`;
  if (main) {
    const c = settings.credentials[main]!;
    const args = `{\n  ${propertyKey(main)}: ${envValue(c.env, 'my key')}, // ${c.env ? 'the default: can be left out' : 'required'}\n}`;
    parts.push(`The client sends ${codeSpan(main)} with every request unless an operation needs another credential.`);
    parts.push(program(settings, '', { client: args }));
  }
  const others = names.filter((n) => n !== main);
  if (others.length) {
    parts.push('Credentials:');
    parts.push(names.map((n) => describe(n, settings.credentials[n]!.env, settings.credentials[n]!.header)).join('\n'));
  }
  for (const name of others) {
    const users = model.methods.filter((m) => m.op.naming?.auth === name);
    if (users.length === 0) continue;
    const accessors = [...new Set(users.map((m) => m.callee.slice(0, m.callee.lastIndexOf('.'))))];
    const shown = accessors.slice(0, 4).map(codeSpan).join(', ');
    const more = accessors.length > 4 ? ` and ${accessors.length - 4} more` : '';
    const count = users.length === 1 ? '1 operation' : `${users.length} operations`;
    parts.push(`${count} (${shown}${more}) ${users.length === 1 ? 'sends' : 'send'} ${codeSpan(name)} instead; a client for them needs that option:`);
    const example = users.find((m) => m.example);
    const env = settings.credentials[name]!.env;
    parts.push(program(settings, example?.example ?? '', { client: `{ ${propertyKey(name)}: ${envValue(env, 'my key')} }` }));
  }
  const headers = Object.entries(settings.headerOptions);
  if (headers.length) {
    parts.push('Options sent as headers on every request when set:');
    parts.push(headers.map(([n, h]) => describe(n, h.env, h.header)).join('\n'));
    const sample = headers.map(([n]) => `  ${propertyKey(n)}: ${quote(`my-${n}`.replace(/[^A-Za-z0-9-]/g, '-'))},`).join('\n');
    parts.push(program(settings, '', { client: `{\n${sample}\n}` }));
  }
  return { title: 'Authentication', body: blocks(...parts) };
}

export function usageSection(settings: SdkSettings, show: Showcase, description?: string): Section | undefined {
  const m = show.basic;
  if (!m?.example) return undefined;
  const what = ` (${codeSpan(m.http)})`;
  return {
    title: 'Usage',
    body: blocks(
      description ? paragraphs(description) : undefined,
      `One method per operation, grouped by resource. For example ${codeSpan(m.callee)}${what}:`,
      program(settings, m.example),
      `Every method and type is listed in [api.md](api.md); each method's doc comment has an example like this one.`,
    ),
  };
}

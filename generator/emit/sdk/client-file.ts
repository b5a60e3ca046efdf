import { docComment, docLines } from '../ts/doc-comment.js';
import { propertyKey } from '../ts/identifiers.js';
import { ModuleScope } from '../ts/names.js';
import type { ClientMember } from '../extras/additions.js';
import type { SdkSettings } from '../types.js';
import { ERROR_CLASSES } from './context.js';
import { literal } from './literal.js';
import { resourceModule, type ResourceClasses } from './resource-file.js';
import type { ResourceNode } from './resource-tree.js';

/** The view for `src/client.ts`: options interface, config literal, resources, error statics. */
export function clientView(
  settings: SdkSettings,
  root: ResourceNode,
  description?: string,
  extraMembers: ClientMember[] = [],
  replaced: ResourceClasses = {},
) {
  const scope = new ModuleScope();
  const clientName = scope.declare(settings.clientName);
  scope.declare('ClientOptions');
  const baseClient = scope.use('./core/client.js', 'BaseClient', false);
  const baseOptions = scope.use('./core/client.js', 'ClientOptions', true);
  const errors = ERROR_CLASSES.map((name) => ({ name, local: scope.use('./core/error.js', name, false) }));
  const resources = root.children.map((c) => {
    const custom = replaced[c.propertyPath];
    const className = custom
      ? scope.use(`./${custom.module}.js`, custom.name, false)
      : scope.use(`./${resourceModule(c)}`, c.className, false);
    return { property: c.property, className };
  });
  const members = extraMembers.map((m) => m.text(m.imports.map((i) => scope.use(i.from, i.name, i.typeOnly))));
  const options: { key: string; doc: string }[] = [];
  const option = (name: string, env: string | undefined, what: string) => {
    const lines = docLines(what, env && `Defaults to \`process.env['${env}']\`.`);
    options.push({ key: propertyKey(name), doc: docComment(lines, '  ') });
  };
  for (const [name, c] of Object.entries(settings.credentials)) option(name, c.env, `Credential sent in the \`${c.header}\` header.`);
  for (const [name, h] of Object.entries(settings.headerOptions)) option(name, h.env, `Sent as the \`${h.header}\` header when set.`);
  for (const [name, x] of Object.entries(settings.extraOptions)) option(name, x.env, '');
  const config = literal({
    name: settings.clientName,
    version: settings.version,
    defaultBaseURL: settings.defaultBaseURL,
    baseURLEnv: settings.baseURLEnv,
    logLevelEnv: settings.logLevelEnv,
    credentials: settings.credentials,
    defaultCredential: settings.defaultCredential,
    headerOptions: settings.headerOptions,
    extraOptions: settings.extraOptions,
    requestIdHeader: settings.requestIdHeader,
    clientRequestIdHeader: settings.clientRequestIdHeader,
    packageName: settings.packageName,
    browser: settings.browser,
  });
  return {
    imports: scope.importLines(),
    baseClient,
    baseOptions,
    clientName,
    doc: docComment(docLines(`API client for ${settings.clientName}.`, description)),
    options,
    config,
    resources,
    members,
    errors,
  };
}

import { SdkContext } from '../sdk/context.js';
import { docComment, docLines } from '../ts/doc-comment.js';
import { propertyKey } from '../ts/identifiers.js';
import type { ModuleScope } from '../ts/names.js';
import type { ExtrasSettings } from './additions.js';

/** The view of the Node realtime class's static `azure(client, { deployment })`, when both sections are configured. */
export interface RealtimeAzureView {
  className: string;
  error: string;
  versionKey: string;
  doc: string;
}

/**
 * Realtime through the deployment-routed client: `{baseURL}{path}` with the API version and the
 * deployment in the query (the model parameter dropped) and the client's key or token as headers.
 */
export function realtimeAzureView(ctx: SdkContext, scope: ModuleScope, settings: ExtrasSettings): RealtimeAzureView | undefined {
  const az = settings.azure;
  const rt = settings.realtime;
  if (!az || !rt) return undefined;
  // The same claim the Azure emitter makes, in a fresh context: the same name.
  const azureClass = new SdkContext(ctx.ir, settings).registry.claim(az.className);
  const param = az.apiVersionParam ?? 'api-version';
  return {
    className: scope.use('../azure.js', azureClass, true),
    error: scope.use('../core/error.js', 'SDKError', false),
    versionKey: propertyKey(param),
    doc: docComment(
      docLines(
        `Connects through a \`${azureClass}\`: its base URL plus \`${rt.path}\`, with \`${param}\` and \`deployment\` in the query and its key (or a fresh token) in the headers.`,
        'The deployment defaults to the client\'s.',
      ),
      '  ',
    ),
  };
}

import { SdkgenError } from '../../errors.js';
import type { IRDocument } from '../../ir/types.js';
import { render } from '../render.js';
import { literal } from '../sdk/literal.js';
import { SdkContext } from '../sdk/context.js';
import { docComment, docLines } from '../ts/doc-comment.js';
import { ModuleScope } from '../ts/names.js';
import type { GeneratedFile } from '../types.js';
import type { ExtrasSettings, SdkAdditions } from './additions.js';
import { azureApi } from './api-docs.js';

/**
 * `src/azure.ts`: a subclass of the client routed by deployment (`templates/runtime/core/azure.ts`),
 * configured by the config's `azure:` section and exported from the package index.
 */
export function emitAzure(ir: IRDocument, settings: ExtrasSettings): { files: GeneratedFile[]; additions: SdkAdditions } {
  const az = settings.azure;
  if (!az) return { files: [], additions: {} };
  const credentialOption = settings.defaultCredential;
  const credential = credentialOption ? settings.credentials[credentialOption] : undefined;
  if (!credentialOption || !credential) {
    throw new SdkgenError({
      level: 'error',
      stage: 'emit',
      pointer: '#/azure',
      message: 'the deployment-routed client replaces the default credential, but the client has none',
      expected: 'a credential with `default: true` under `credentials`',
    });
  }
  const ctx = new SdkContext(ir, settings);
  const className = ctx.registry.claim(az.className);
  const optionsName = ctx.registry.claim(`${className}ClientOptions`);
  const scope = new ModuleScope();
  scope.declare(className);
  scope.declare(optionsName);
  scope.declare('DEPLOYMENT_CONFIG');
  const view = {
    className,
    optionsName,
    clientName: scope.use('./client.js', settings.clientName, false),
    clientOptions: scope.use('./client.js', 'ClientOptions', true),
    resolve: scope.use('./core/azure.js', 'resolveAzureOptions', false),
    authHeaders: scope.use('./core/azure.js', 'deploymentAuthHeaders', false),
    azureConfig: scope.use('./core/azure.js', 'AzureConfig', true),
    azureOptions: scope.use('./core/azure.js', 'AzureOptions', true),
    credentialKey: literal(credentialOption),
    config: literal({
      name: className,
      endpointEnv: az.endpointEnv,
      apiKeyEnv: az.apiKeyEnv,
      apiVersionEnv: az.apiVersionEnv,
      apiKeyHeader: az.apiKeyHeader ?? 'api-key',
      apiVersionParam: az.apiVersionParam ?? 'api-version',
      basePath: az.basePath ?? '/openai',
      deploymentPaths: az.deploymentPaths,
      deploymentField: az.deploymentField ?? 'model',
      credentialHeader: credential.header,
      credentialOption,
    }),
    doc: docComment(
      docLines(
        `${settings.clientName} on a deployment-routed host: requests go to \`{endpoint}${az.basePath ?? '/openai'}\`, with the API version in every query and the key in the \`${az.apiKeyHeader ?? 'api-key'}\` header (or a bearer token from \`azureADTokenProvider\`).`,
        `Deployment paths (${az.deploymentPaths.map((p) => `\`${p}\``).join(', ')}) go through \`/deployments/{deployment}\`, using the \`deployment\` option or else the request's \`${az.deploymentField ?? 'model'}\`.`,
      ),
    ),
  };
  const file = { path: 'src/azure.ts', contents: render('extras/azure', { ...view, imports: scope.importLines() }) };
  const envs = [az.endpointEnv, az.apiKeyEnv, az.apiVersionEnv].filter((e): e is string => !!e);
  const api = azureApi({ className, optionsName, clientName: settings.clientName, envs, paths: az.deploymentPaths });
  return { files: [file], additions: { indexExports: [`export { ${className}, type ${optionsName} } from './azure.js';`], api: [api] } };
}

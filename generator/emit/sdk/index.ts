import type { Emitter, GeneratedFile } from '../types.js';
import { render } from '../render.js';
import { ModuleScope } from '../ts/names.js';
import { clientView } from './client-file.js';
import { SdkContext } from './context.js';
import { componentDeclarations } from './declarations.js';
import { indexExports } from './index-file.js';
import { resourceView } from './resource-file.js';
import { resourceTree, walk } from './resource-tree.js';

/**
 * The SDK emitter: `src/types.ts` (every component schema), one module + `index.ts` per
 * resource, `src/client.ts` and `src/index.ts`. Files are unformatted; `generate` runs prettier.
 */
export const sdkEmitter: Emitter = {
  name: 'sdk',
  emit({ ir, settings, additions }) {
    const ctx = new SdkContext(ir, settings);
    const files: GeneratedFile[] = [];

    const typesScope = new ModuleScope();
    const declarations = componentDeclarations(ctx, typesScope, './core');
    const hasTypes = declarations.length > 0;
    if (hasTypes) {
      files.push({
        path: 'src/types.ts',
        contents: render('types', { imports: typesScope.importLines(), declarations }),
        typesOnly: true,
      });
    }

    const root = resourceTree(ir.operations);
    const resources = walk(root).map((node) => resourceView(ctx, node, additions?.resourceClasses));
    for (const r of resources) {
      files.push({ path: r.path, contents: render('resource', r), isolatedDeclarations: true });
      const file = r.path.slice(r.path.lastIndexOf('/') + 1).replace(/\.ts$/, '.js');
      files.push({ path: r.indexPath, contents: render('resource-index', { ...r, file }), isolatedDeclarations: true });
    }

    const client = clientView(settings, root, ir.info.description, additions?.clientMembers, additions?.resourceClasses);
    files.push({ path: 'src/client.ts', contents: render('client', client), isolatedDeclarations: true });
    const polls = resources.some((r) => r.pollMethods.length > 0);
    const pollExports = polls ? [`export { PollTimeoutError, type PollOptions } from './core/polling.js';`] : [];
    const exports = indexExports(settings.clientName, resources, hasTypes, [...pollExports, ...(additions?.indexExports ?? [])]);
    files.push({ path: 'src/index.ts', contents: render('index', { exports }), isolatedDeclarations: true });
    return files;
  },
};

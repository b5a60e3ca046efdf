import { render } from '../render.js';
import { SdkContext } from '../sdk/context.js';
import { methodNames, resourceTree, type ResourceNode } from '../sdk/resource-tree.js';
import { propertyKey, quote } from '../ts/identifiers.js';
import type { Emitter, GeneratedFile } from '../types.js';
import { operationTests, type TestView } from './operation-test.js';

function testsOf(ctx: SdkContext, node: ResourceNode, access: string): TestView[] {
  const tests: TestView[] = [];
  for (const [op, name] of methodNames(node)) tests.push(...operationTests(ctx, op, `${access}.${name}`));
  for (const child of node.children) tests.push(...testsOf(ctx, child, `${access}.${child.property}`));
  return tests;
}

/**
 * Generated end-to-end tests, one file per top-level resource: every operation is called with
 * its required params only and with all params, against the mock server at
 * `TEST_API_BASE_URL` (Steady in this repository's e2e test), and must succeed.
 */
export const testsEmitter: Emitter = {
  name: 'tests',
  emit({ ir, settings }) {
    const ctx = new SdkContext(ir, settings);
    const root = resourceTree(ir.operations);
    const credentials = Object.keys(settings.credentials).map((k) => ({ key: propertyKey(k), value: quote(`My ${k}`) }));
    const files: GeneratedFile[] = [];
    for (const node of root.children) {
      const tests = testsOf(ctx, node, `client.${node.property}`);
      files.push({
        path: `tests/api-resources/${node.folders[0]}.test.ts`,
        contents: render('test', { clientName: settings.clientName, credentials, resource: quote(node.property), tests }),
      });
    }
    return files;
  },
};

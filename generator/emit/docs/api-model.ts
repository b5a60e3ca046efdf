import type { IRDocument, IROperation } from '../../ir/types.js';
import { SdkContext } from '../sdk/context.js';
import { resourceView } from '../sdk/resource-file.js';
import { resourceTree, type ResourceNode } from '../sdk/resource-tree.js';
import type { SdkSettings } from '../types.js';
import { customMethods } from './custom-methods.js';
import { methodExample } from './method-example.js';
import { splitSignature } from './signature.js';

/** One method as the docs show it. */
export interface ApiMethod {
  op: IROperation;
  name: string;
  /** `client.pets.photo.update` */
  callee: string;
  /** `post /pets/{pet_id}/photo` */
  http: string;
  /** Parameters as the SDK emitter printed them (`petID: string`, `options?: RequestOptions`). */
  params: string[];
  returnType: string;
  /** Overload signatures (streaming methods), without the implementation's. */
  overloads: string[];
  /** Example code using `client`, when one could be built. */
  example?: string;
}

/** One resource (a class reached from the client). */
export interface ApiResource {
  /** `client.pets.photo` */
  accessor: string;
  /** Property path below the client: `['pets', 'photo']`. */
  path: string[];
  className: string;
  /** The resource module, e.g. `src/resources/pets/photo/photo.ts`. */
  file: string;
  /** Types the resource module exports (params, responses, pages). */
  types: string[];
  methods: ApiMethod[];
  /** Its `poll` / `…AndPoll` helpers (`emit/sdk/poll-view.ts`): name and signature. */
  polls: { name: string; signature: string }[];
  /**
   * Public methods the SDK config's custom class for this resource declares (`custom-methods.ts`);
   * usually empty. Read on first access (it parses the custom modules; generation never needs it).
   */
  readonly custom: string[];
}

/** The whole documented surface: every resource in the order the SDK emitter writes them. */
export interface ApiModel {
  ctx: SdkContext;
  resources: ApiResource[];
  /** Every method, resource by resource. */
  methods: ApiMethod[];
}

/** The HTTP line of an operation: lower-case method and the path as the spec writes it. */
export function httpLine(op: IROperation): string {
  return `${op.method} ${op.pathKey || op.path}`;
}

/**
 * Builds the docs model on the SDK emitter's own view models: a fresh `SdkContext` and the
 * resources walked in the SDK emitter's order claim the same names, so every method and type
 * shown here is the one in the generated code.
 */
export function apiModel(ir: IRDocument, settings: SdkSettings): ApiModel {
  const ctx = new SdkContext(ir, settings);
  let customs: Map<string, string[]> | undefined;
  const customOf = (path: string): string[] => (customs ??= customMethods(settings)).get(path) ?? [];
  const resources: ApiResource[] = [];
  const visit = (node: ResourceNode, path: string[]) => {
    const view = resourceView(ctx, node);
    const accessor = ['client', ...path].join('.');
    const methods = view.methods.map((m, i): ApiMethod => {
      const op = node.operations[i]!;
      const split = splitSignature(m.signature);
      const callee = `${accessor}.${m.name}`;
      const method: ApiMethod = {
        op,
        name: m.name,
        callee,
        http: httpLine(op),
        params: split.params,
        returnType: split.returnType,
        overloads: m.overloads,
      };
      const example = methodExample(ctx, op, callee);
      if (example) method.example = example;
      return method;
    });
    resources.push({
      accessor,
      path,
      className: view.className,
      file: view.path,
      types: view.typeNames,
      methods,
      polls: view.pollMethods.map((p) => ({ name: p.name, signature: p.signature.replace(/^async /, '') })),
      get custom() {
        return customOf(node.propertyPath);
      },
    });
    for (const c of node.children) visit(c, [...path, c.property]);
  };
  for (const c of resourceTree(ir.operations).children) visit(c, [c.property]);
  return { ctx, resources, methods: resources.flatMap((r) => r.methods) };
}

import { ModuleScope } from '../ts/names.js';
import type { SdkContext } from './context.js';
import type { DeclarationView } from './declarations.js';
import type { IROperation } from '../../ir/types.js';
import { methodView, type MethodView } from './method-view.js';
import { pollingMethods } from './poll-view.js';
import { methodNames, type ResourceNode } from './resource-tree.js';

/** Everything the resource template needs for one resource module. */
export interface ResourceView {
  /** `src/resources/chat/completions/completions.ts` */
  path: string;
  /** `src/resources/chat/completions/index.ts` */
  indexPath: string;
  imports: string[];
  className: string;
  baseClass: string;
  children: { property: string; className: string }[];
  methods: MethodView[];
  /** `poll` and `…AndPoll` helpers, written after the methods (`poll-view.ts`). */
  pollMethods: MethodView[];
  declarations: DeclarationView[];
  /** Names of the exported types (for the index files). */
  typeNames: string[];
}

/** `src/resources/a/b/b.ts` for folders `['a', 'b']`. */
export function resourceFile(node: ResourceNode): string {
  return `src/resources/${node.folders.join('/')}/${node.folders[node.folders.length - 1]}.ts`;
}

/**
 * `resources/a/b/b.js`: the specifier (from `src/`) of the module that declares a resource class.
 * Generated modules import resources from here, never through the folder's `index.ts`: a consumer's
 * `tsc` then loads one declaration file per resource instead of two (the index files stay for
 * people who browse or deep-import the sources).
 */
export const resourceModule = (node: ResourceNode): string => resourceFile(node).replace(/^src\//, '').replace(/\.ts$/, '.js');

/** Custom subclasses by dotted resource path (`SdkAdditions.resourceClasses`). */
export type ResourceClasses = Record<string, { module: string; name: string }>;

export function resourceView(ctx: SdkContext, node: ResourceNode, replaced: ResourceClasses = {}): ResourceView {
  const scope = new ModuleScope();
  const up = '../'.repeat(node.folders.length + 1);
  const paths = { core: `${up}core`, types: `${up}types.js` };
  const className = scope.declare(node.className);
  const children = node.children.map((c) => {
    const custom = replaced[c.propertyPath];
    const className = custom
      ? scope.use(`${up}${custom.module}.js`, custom.name, false)
      : scope.use(`./${c.folders[c.folders.length - 1]}/${c.folders[c.folders.length - 1]}.js`, c.className, false);
    return { property: c.property, className };
  });
  const base = scope.use(`${paths.core}/resource.js`, 'APIResource', false);
  const methods: MethodView[] = [];
  const pages = new Map<string, string>();
  const views = new Map<IROperation, MethodView>();
  for (const [op, name] of methodNames(node)) {
    const view = methodView(ctx, scope, op, name, paths, pages);
    methods.push(view);
    views.set(op, view);
  }
  const pollMethods = pollingMethods(ctx, scope, node, views, paths);
  const declarations = methods.flatMap((m) => m.declarations);
  return {
    path: resourceFile(node),
    indexPath: `src/resources/${node.folders.join('/')}/index.ts`,
    imports: scope.importLines(),
    className,
    baseClass: base,
    children,
    methods,
    pollMethods,
    declarations,
    typeNames: declarations.map((d) => d.name),
  };
}

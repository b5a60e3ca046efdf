import { ModuleScope } from '../ts/names.js';
import type { SdkContext } from './context.js';
import type { DeclarationView } from './declarations.js';
import { namingOf } from './fallback-naming.js';
import { methodView, type MethodView } from './method-view.js';
import type { ResourceNode } from './resource-tree.js';

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
  declarations: DeclarationView[];
  /** Names of the exported types (for the index files). */
  typeNames: string[];
}

const MEMBER_RESERVED = new Set(['constructor', '_client', 'prototype']);

/** `src/resources/a/b/b.ts` for folders `['a', 'b']`. */
export function resourceFile(node: ResourceNode): string {
  return `src/resources/${node.folders.join('/')}/${node.folders[node.folders.length - 1]}.ts`;
}

export function resourceView(ctx: SdkContext, node: ResourceNode): ResourceView {
  const scope = new ModuleScope();
  const up = '../'.repeat(node.folders.length + 1);
  const paths = { core: `${up}core`, types: `${up}types.js` };
  const className = scope.declare(node.className);
  const members = new Set(MEMBER_RESERVED);
  const children = node.children.map((c) => {
    members.add(c.property);
    return { property: c.property, className: scope.use(`./${c.folders[c.folders.length - 1]}/index.js`, c.className, false) };
  });
  const base = scope.use(`${paths.core}/resource.js`, 'APIResource', false);
  const methods: MethodView[] = [];
  for (const op of node.operations) {
    let name = namingOf(op).method.replace(/[^A-Za-z0-9_$]/g, '_') || 'call';
    if (/^[0-9]/.test(name)) name = `_${name}`;
    for (let n = 2; members.has(name); n++) name = `${name.replace(/\d+$/, '')}${n}`;
    members.add(name);
    methods.push(methodView(ctx, scope, op, name, paths));
  }
  const declarations = methods.flatMap((m) => m.declarations);
  return {
    path: resourceFile(node),
    indexPath: `src/resources/${node.folders.join('/')}/index.ts`,
    imports: scope.importLines(),
    className,
    baseClass: base,
    children,
    methods,
    declarations,
    typeNames: declarations.map((d) => d.name),
  };
}

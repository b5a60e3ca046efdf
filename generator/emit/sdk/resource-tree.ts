import type { IRNaming, IROperation } from '../../ir/types.js';
import { camelCase, kebabCase, pascalCase } from '../ts/identifiers.js';
import { compareStrings } from '../../util/sort.js';
import { classMemberNames } from './context.js';
import { namingOf } from './fallback-naming.js';

/** One resource: a class in its own folder, with methods and child resources. */
export interface ResourceNode {
  /** Property name on the parent (`completions`). */
  property: string;
  /** Dotted path of properties from the client (`chat.completions`); `''` for the root. */
  propertyPath: string;
  /** Class name (`Completions`), unique only within its module. */
  className: string;
  /** Folder segments from `src/resources/` (`['chat', 'completions']`). */
  folders: string[];
  operations: IROperation[];
  /** Operations listed here under another method name (naming aliases: an old name kept). */
  aliasNames?: Map<IROperation, string>;
  children: ResourceNode[];
}

function child(parent: ResourceNode, segment: string): ResourceNode {
  // Reserved words are fine as property names (`client.new`); a member of the base class
  // (`BaseClient.request`, `APIResource._client`, `constructor`, `then`) is not.
  let property = camelCase(segment);
  const members = classMemberNames(parent.folders.length === 0 ? 'client.ts' : 'resource.ts');
  while (members.has(property)) property += '_';
  let node = parent.children.find((c) => c.property === property);
  if (!node) {
    // Folders differ case-insensitively from their siblings' (macOS and Windows file systems).
    const used = new Set(parent.children.map((c) => c.folders.at(-1)!.toLowerCase()));
    let folder = kebabCase(segment);
    for (let n = 2; used.has(folder.toLowerCase()); n++) folder = `${kebabCase(segment)}-${n}`;
    node = {
      property,
      propertyPath: parent.propertyPath ? `${parent.propertyPath}.${property}` : property,
      className: pascalCase(segment),
      folders: [...parent.folders, folder],
      operations: [],
      children: [],
    };
    parent.children.push(node);
  }
  return node;
}

/** Naming for an alias entry: its own params type name (`PermissionRetrieveParams`), the rest shared. */
function aliasNaming(naming: IRNaming, method: string): IRNaming {
  const from = pascalCase(naming.method);
  const to = pascalCase(method);
  const out: IRNaming = { ...naming, method };
  if (naming.paramsType?.includes(from)) out.paramsType = naming.paramsType.replace(from, to);
  delete out.aliases;
  return out;
}

/** Builds the resource tree from every operation's naming; children sorted by property name. */
export function resourceTree(operations: IROperation[]): ResourceNode {
  const root: ResourceNode = { property: '', propertyPath: '', className: '', folders: [], operations: [], children: [] };
  for (const op of operations) {
    const segments = namingOf(op).resource;
    let node = root;
    for (const segment of segments.length ? segments : ['api']) node = child(node, segment);
    node.operations.push(op);
    for (const alias of namingOf(op).aliases ?? []) {
      let at = root;
      for (const segment of alias.resource.length ? alias.resource : ['api']) at = child(at, segment);
      // A copy, so the alias is its own entry even on the operation's own resource.
      const copy = { ...op, naming: aliasNaming(namingOf(op), alias.method) };
      at.operations.push(copy);
      (at.aliasNames ??= new Map()).set(copy, alias.method);
    }
  }
  const sort = (node: ResourceNode) => {
    node.children.sort((a, b) => compareStrings(a.property, b.property));
    node.children.forEach(sort);
  };
  sort(root);
  return root;
}

/** Every resource below `node`, depth first, parents before children. */
export function walk(node: ResourceNode): ResourceNode[] {
  return node.children.flatMap((c) => [c, ...walk(c)]);
}

const MEMBER_RESERVED = ['constructor', '_client', 'prototype'];

/**
 * Method name per operation of a resource: the naming annotation's, made an identifier, and
 * unique among the resource's methods and child properties (`create2` on a clash).
 */
export function methodNames(node: ResourceNode): Map<IROperation, string> {
  const members = new Set([...MEMBER_RESERVED, ...classMemberNames('resource.ts'), ...node.children.map((c) => c.property)]);
  const out = new Map<IROperation, string>();
  for (const op of node.operations) {
    let base = (node.aliasNames?.get(op) ?? namingOf(op).method).replace(/[^A-Za-z0-9_$]/g, '_') || 'call';
    if (/^[0-9]/.test(base)) base = `_${base}`;
    let name = base;
    for (let n = 2; members.has(name); n++) name = `${base}${n}`;
    members.add(name);
    out.set(op, name);
  }
  return out;
}

import type { IROperation } from '../../ir/types.js';
import type { SdkContext } from '../sdk/context.js';
import { resourceTree, type ResourceNode } from '../sdk/resource-tree.js';
import { docLines } from '../ts/doc-comment.js';
import { methodExample } from './method-example.js';

/**
 * Operation → property path of its resource below the client, per operations list. Keyed by id
 * and method name, not object identity: alias entries are copies made anew by each tree build.
 */
const accessors = new WeakMap<IROperation[], Map<string, string>>();
const keyOf = (op: IROperation) => `${op.id}#${op.naming?.method ?? ''}`;

function accessorOf(ctx: SdkContext, op: IROperation): string {
  let map = accessors.get(ctx.ir.operations);
  if (!map) {
    const built = new Map<string, string>();
    const visit = (node: ResourceNode, path: string) => {
      for (const o of node.operations) built.set(keyOf(o), path);
      for (const c of node.children) visit(c, `${path}.${c.property}`);
    };
    for (const c of resourceTree(ctx.ir.operations).children) visit(c, `client.${c.property}`);
    accessors.set(ctx.ir.operations, built);
    map = built;
  }
  return map.get(keyOf(op)) ?? 'client';
}

/** `*\/` inside example code: only ever inside a string literal there, where `\/` is `/`. */
const safe = (line: string) => line.replace(/\*\//g, '*\\/');

/**
 * Doc lines of a method: the operation's summary and description, `@deprecated` when the spec
 * says so, and an `@example` (a fenced TypeScript block calling the method on `client` with its
 * required arguments). `name` is the method's name on its resource.
 */
export function methodDocLines(ctx: SdkContext, op: IROperation, name: string): string[] {
  const lines = docLines(op.summary, op.description !== op.summary && op.description);
  if (op.deprecated) lines.push(...(lines.length ? [''] : []), '@deprecated');
  let example: string | undefined;
  try {
    example = methodExample(ctx, op, `${accessorOf(ctx, op)}.${name}`);
  } catch {
    example = undefined; // an example is a bonus: never fail the SDK over it
  }
  if (example) {
    if (lines.length) lines.push('');
    lines.push('@example', '```ts', ...example.split('\n').map(safe), '```');
  }
  return lines;
}

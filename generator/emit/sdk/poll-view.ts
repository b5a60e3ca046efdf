import type { IROperation } from '../../ir/types.js';
import { docComment } from '../ts/doc-comment.js';
import { quote } from '../ts/identifiers.js';
import type { ModuleScope } from '../ts/names.js';
import type { SdkContext } from './context.js';
import type { MethodShape, MethodView, ModulePaths } from './method-view.js';
import type { ResourceNode } from './resource-tree.js';

const list = (values: string[]): string => values.map((v) => `\`${v}\``).join(', ');

/** Argument names of a shape, in call order. */
const argNames = (shape: MethodShape): string[] => [...shape.pathArgs.map((a) => a.arg), ...(shape.params ? [shape.params.argName] : [])];
/** Typed argument texts of a shape, in order. */
const argTexts = (shape: MethodShape): string[] => [...shape.pathArgs.map((a) => a.text), ...(shape.params ? [shape.params.text] : [])];

/**
 * The arguments of the retrieve call that re-reads what `op` returned: the item's `id` for the
 * polled parameter, the others from `op`'s own arguments; undefined when one cannot be found.
 */
function retrieveArgs(op: IROperation, shape: MethodShape, retrieve: MethodShape): string[] | undefined {
  const valueOf = (name: string): string | undefined => {
    if (name === op.polling?.idParam) return 'item.id';
    const positional = shape.pathArgs.find((a) => a.name === name);
    if (positional) return positional.arg;
    const key = shape.params?.pathKeys.get(name);
    return key && shape.params ? `${shape.params.argName}[${quote(key)}]` : undefined;
  };
  const out: string[] = [];
  for (const a of retrieve.pathArgs) {
    const v = valueOf(a.name);
    if (v === undefined) return undefined;
    out.push(v);
  }
  if (retrieve.params) {
    const members: string[] = [];
    for (const [name, key] of retrieve.params.pathKeys) {
      const v = valueOf(name);
      if (v === undefined) return undefined;
      members.push(`${quote(key)}: ${v}`);
    }
    out.push(`{ ${members.join(', ')} }`);
  }
  return out;
}

/**
 * `poll` (once per retrieve operation, named `poll` when that name is free) and `<method>AndPoll`
 * for every operation of the resource with a `polling` annotation whose retrieve operation is a
 * method of the same resource. `views` are the resource's generated methods by operation.
 */
export function pollingMethods(ctx: SdkContext, scope: ModuleScope, node: ResourceNode, views: Map<IROperation, MethodView>, paths: ModulePaths): MethodView[] {
  const taken = new Set([...[...views.values()].map((v) => v.name), ...node.children.map((c) => c.property)]);
  const out: MethodView[] = [];
  const pollNames = new Map<IROperation, string>();
  const use = (id: string, typeOnly: boolean): string => scope.use(`${paths.core}/polling.js`, id, typeOnly);
  for (const [op, view] of views) {
    if (!op.polling || node.aliasNames?.has(op)) continue;
    const retrieve = [...views.keys()].find((o) => o.id === op.polling!.retrieve && !node.aliasNames?.has(o));
    const rView = retrieve && views.get(retrieve);
    if (!retrieve || !rView?.shape?.data || !view.shape?.data) continue;
    const call = retrieveArgs(op, view.shape, rView.shape);
    if (!call) continue;
    const data = rView.shape.data;
    const options = `options?: ${use('PollOptions', true)}`;
    let poll = pollNames.get(retrieve);
    if (!poll && !taken.has('poll')) {
      poll = 'poll';
      taken.add(poll);
      pollNames.set(retrieve, poll);
      const spec = [`statusField: ${quote(op.polling.statusField)}`, `pending: [${op.polling.pending.map(quote).join(', ')}]`];
      if (ctx.settings.polling?.hintHeader) spec.push(`hintHeader: ${quote(ctx.settings.polling.hintHeader)}`);
      out.push({
        name: poll,
        doc: docComment(
          [
            `Re-reads the item with \`${rView.name}\` until its \`${op.polling.statusField}\` is no longer ${list(op.polling.pending)}, and returns it.`,
            `Waits \`pollIntervalMs\` between reads${ctx.settings.polling?.hintHeader ? `, else the server's \`${ctx.settings.polling.hintHeader}\` hint` : ''}, else 5 s;`,
            '`signal` aborts it and `pollTimeoutMs` bounds it (`PollTimeoutError`).',
          ],
          '  ',
        ),
        overloads: [],
        signature: `${poll}(${[...argTexts(rView.shape), options].join(', ')}): Promise<${data}>`,
        body: [`return ${use('pollUntilDone', false)}((o) => this.${rView.name}(${[...argNames(rView.shape), 'o'].join(', ')}), { ${spec.join(', ')} }, options);`],
        declarations: [],
      });
    }
    const name = `${view.name}AndPoll`;
    if (!poll || taken.has(name)) continue;
    taken.add(name);
    out.push({
      name,
      doc: docComment([`\`${view.name}\`, then \`${poll}\` until \`${op.polling.statusField}\` is ${list(op.polling.terminal)}.`], '  '),
      overloads: [],
      signature: `async ${name}(${[...argTexts(view.shape), options].join(', ')}): Promise<${data}>`,
      body: [
        `const item = await this.${view.name}(${[...argNames(view.shape), `${use('requestOptionsOf', false)}(options)`].join(', ')});`,
        `return this.${poll}(${[...call, 'options'].join(', ')});`,
      ],
      declarations: [],
    });
  }
  return out;
}

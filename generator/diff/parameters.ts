import type { IROperation, IRParameter } from '../ir/types.js';
import type { DiffContext, Found } from './context.js';
import { compareSchema } from './schema.js';

/** Path parameter names in the order they appear in the path template. */
function pathOrder(op: IROperation): string[] {
  return [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/** Matching key of a non-path parameter: place and name (header names are case-insensitive). */
function key(p: IRParameter): string {
  return `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

/**
 * Parameters of one operation. Path parameters are matched by position (the SDK passes them
 * positionally, so a rename is info); the others by place and name.
 */
export function compareParameters(ctx: DiffContext, label: string, o: IROperation, n: IROperation): void {
  const oldPath = pathOrder(o);
  const newPath = pathOrder(n);
  const pathParam = (op: IROperation, name: string) =>
    op.parameters.find((p) => p.in === 'path' && p.name === name);
  oldPath.forEach((name, i) => {
    const renamed = newPath[i];
    if (renamed === undefined) return;
    const a = pathParam(o, name);
    const b = pathParam(n, renamed);
    if (renamed !== name) {
      ctx.add(
        label,
        'request-parameter-renamed',
        b?.pointer ?? n.pointer,
        `path parameter {${name}} renamed to {${renamed}}`,
        name,
        renamed,
      );
    }
    if (a && b) compareOne(ctx, label, a, b);
  });
  const after = new Map(n.parameters.filter((p) => p.in !== 'path').map((p) => [key(p), p]));
  const before = new Set<string>();
  for (const a of o.parameters) {
    if (a.in === 'path') continue;
    before.add(key(a));
    const b = after.get(key(a));
    if (!b) {
      ctx.add(
        label,
        'request-parameter-removed',
        a.pointer,
        `${a.in} parameter ${a.name} was removed`,
        a.name,
        undefined,
      );
      continue;
    }
    if (!a.required && b.required) {
      ctx.add(
        label,
        'request-parameter-became-required',
        b.pointer,
        `${b.in} parameter ${b.name} became required`,
        false,
        true,
      );
    } else if (a.required && !b.required) {
      ctx.add(
        label,
        'request-parameter-became-optional',
        b.pointer,
        `${b.in} parameter ${b.name} became optional`,
        true,
        false,
      );
    }
    compareOne(ctx, label, a, b);
  }
  for (const b of n.parameters) {
    if (b.in === 'path' || before.has(key(b))) continue;
    const id = b.required ? 'request-parameter-added-required' : 'request-parameter-added-optional';
    ctx.add(
      label,
      id,
      b.pointer,
      `${b.in} parameter ${b.name} was added (${b.required ? 'required' : 'optional'})`,
      undefined,
      b.name,
    );
  }
}

function compareOne(ctx: DiffContext, label: string, a: IRParameter, b: IRParameter): void {
  if (!a.deprecated && b.deprecated) {
    ctx.add(label, 'request-parameter-deprecated', b.pointer, `${b.in} parameter ${b.name} is deprecated`);
  }
  const out: Found[] = [];
  compareSchema(ctx, a.schema, b.schema, 'request', `${b.in} parameter ${b.name}`, out);
  ctx.report(label, out);
}

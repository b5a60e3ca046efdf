import type { IRNaming, IROperation } from '../../ir/types.js';
import { propertyKey, quote } from '../ts/identifiers.js';
import type { ParamsView } from './params-view.js';
import { literalType } from '../ts/type-printer.js';

/** Escapes literal text for a template literal: backslash, backtick and `${`. */
function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** The path expression: a quoted string, or a `path` tagged template with the arguments. */
export function pathExpression(op: IROperation, args: Map<string, string>, use: (f: string, id: string, t?: boolean) => string): string {
  const parts = op.path.split(/\{([^}]+)\}/);
  if (parts.length === 1 || args.size === 0) return quote(op.path);
  let out = '';
  parts.forEach((part, i) => {
    if (i % 2 === 0) out += templateText(part);
    else out += args.has(part) ? `\${${args.get(part)}}` : templateText(`{${part}}`);
  });
  return `${use('path.js', 'path', false)}\`${out}\``;
}

function objectLiteral(entries: string[]): string {
  return `{ ${entries.join(', ')} }`;
}

/** The `RequestSpec` object literal handed to `this._client.request(...)`. */
export function requestSpec(
  op: IROperation,
  naming: IRNaming,
  pathArgs: Map<string, string>,
  params: ParamsView | undefined,
  use: (f: string, id: string, t?: boolean) => string,
  defaultCredential?: string,
): string {
  const entries = [`method: ${quote(op.method)}`, `path: ${pathExpression(op, pathArgs, use)}`];
  const fixed = Object.entries(op.fixedQuery ?? {}).map(([k, v]) => `${propertyKey(k)}: ${quote(v)}`);
  if (params?.query && fixed.length) entries.push(`query: ${objectLiteral([...fixed, `...${params.query}`])}`);
  else if (params?.query) entries.push(params.query === 'query' ? 'query' : `query: ${params.query}`);
  else if (fixed.length) entries.push(`query: ${objectLiteral(fixed)}`);
  if (params?.body) entries.push(params.body === 'body' ? 'body' : `body: ${params.body}`);
  if (op.multipart && params?.body) entries.push(`bodyType: 'multipart'`);
  const headers = [
    ...Object.entries(naming.headers ?? {}).map(([k, v]) => `${propertyKey(k)}: ${quote(v)}`),
    ...(params?.headers ?? []),
  ];
  if (headers.length) entries.push(`headers: ${objectLiteral(headers)}`);
  if (naming.auth && naming.auth !== defaultCredential) entries.push(`credential: ${quote(naming.auth)}`);
  if (op.streaming && !op.binary) {
    const flag = op.streaming.flag;
    if (!flag) entries.push('stream: true');
    else if (params?.body) {
      const access = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(flag) ? `.${flag}` : `[${quote(flag)}]`;
      entries.push(`stream: ${params.body}${access} === ${literalType(op.streaming.flagValue ?? true)}`);
    }
    const prefixes = op.streaming.envelopePrefixes;
    if (prefixes?.length) entries.push(`streamEnvelopePrefixes: [${prefixes.map(quote).join(', ')}]`);
  }
  if (op.binary) {
    entries.push('binary: true');
    if (op.binary.mediaTypes.length) entries.push(`accept: ${quote(op.binary.mediaTypes.join(', '))}`);
  }
  if (op.pagination) {
    const p = op.pagination;
    const page = [`itemsField: ${quote(p.itemsField)}`];
    if (p.style === 'cursor') {
      page.push(`cursorParam: ${quote(p.cursorParam)}`);
      if (p.hasMoreField) page.push(`hasMoreField: ${quote(p.hasMoreField)}`);
      page.push(`nextCursor: { from: ${quote(p.nextCursor.from)}, field: ${quote(p.nextCursor.field)} }`);
    }
    entries.push(`page: ${objectLiteral(page)}`);
  }
  return objectLiteral(entries);
}

import type { IRDocument, IRNaming, IROperation } from '../../ir/types.js';
import { propertyKey, quote } from '../ts/identifiers.js';
import type { ParamsView } from './params-view.js';
import { literalType } from '../ts/type-printer.js';
import { valueShape } from '../../annotate/wire/shape.js';
import { bodyContent } from './params-view.js';
import { fieldStyles, needsStyle, queryStyles, styleLiteral } from './wire-view.js';

type Use = (f: string, id: string, t?: boolean) => string;

/** Escapes literal text for a template literal: backslash, backtick and `${`. */
function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/**
 * The path expression: a quoted string, or a `path` tagged template with the arguments; a
 * parameter whose style matters (label, matrix, arrays, objects) goes through `pathParam`.
 */
export function pathExpression(op: IROperation, args: Map<string, string>, use: Use, ir?: IRDocument): string {
  const parts = op.path.split(/\{([^}]+)\}/);
  if (parts.length === 1 || args.size === 0) return quote(op.path);
  let out = '';
  parts.forEach((part, i) => {
    if (i % 2 === 0) out += templateText(part);
    else if (!args.has(part)) out += templateText(`{${part}}`);
    else {
      const p = op.parameters.find((q) => q.in === 'path' && q.name === part);
      const styled = ir && p?.wire && needsStyle(ir, p.wire, p.schema, 'path');
      const value = styled ? `${use('path.js', 'pathParam', false)}(${quote(part)}, ${args.get(part)}, ${styleLiteral(p.wire!)})` : args.get(part);
      out += `\${${value}}`;
    }
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
  use: Use,
  defaultCredential?: string,
  ir?: IRDocument,
): string {
  const entries = [`method: ${quote(op.method)}`, `path: ${pathExpression(op, pathArgs, use, ir)}`];
  const fixed = Object.entries(op.fixedQuery ?? {}).map(([k, v]) => `${propertyKey(k)}: ${quote(v)}`);
  if (params?.query && fixed.length) entries.push(`query: ${objectLiteral([...fixed, `...${params.query}`])}`);
  else if (params?.query) entries.push(params.query === 'query' ? 'query' : `query: ${params.query}`);
  else if (fixed.length) entries.push(`query: ${objectLiteral(fixed)}`);
  const qStyles = ir && (params?.query || fixed.length) ? queryStyles(ir, op) : [];
  if (qStyles.length) entries.push(`queryStyles: ${objectLiteral(qStyles)}`);
  if (params?.body) entries.push(params.body === 'body' ? 'body' : `body: ${params.body}`);
  if (params?.body) entries.push(...bodyEntries(op, ir));
  const headers = [
    ...Object.entries(naming.headers ?? {}).map(([k, v]) => `${propertyKey(k)}: ${quote(v)}`),
    ...(params?.headers ?? []),
    ...(params?.styledHeaders ?? []).map(
      (h) => `${propertyKey(h.name)}: ${use('header-styles.js', 'headerParam', false)}(${h.local}, ${styleLiteral(h.param.wire ?? { style: 'simple', explode: false })})`,
    ),
  ];
  if (params?.cookies.length) headers.push(`Cookie: ${cookieExpression(op, params, use, ir)}`);
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
  } else if (op.responseMedia && op.responseMedia.kind !== 'stream' && !/^application\/json\s*(;|$)/i.test(op.responseMedia.mediaType)) {
    entries.push(`accept: ${quote(op.responseMedia.mediaType)}`);
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

/**
 * `bodyType`, `contentType` and `encoding` for a body that is not a plain `application/json`
 * object. A JSON body that is a string or an array says `bodyType: 'json'`, so that a string is
 * sent as JSON text rather than as a body the caller encoded.
 */
function bodyEntries(op: IROperation, ir?: IRDocument): string[] {
  const media = op.requestMedia;
  if (!media) return op.multipart ? [`bodyType: 'multipart'`] : [];
  const out: string[] = [];
  const schema = bodyContent(op)?.schema;
  const primitive = !!ir && !!schema && valueShape(ir, schema) !== 'object';
  if (media.kind !== 'json' || primitive) out.push(`bodyType: ${quote(media.kind)}`);
  const defaults: Record<string, string> = {
    json: 'application/json',
    form: 'application/x-www-form-urlencoded',
    text: 'text/plain',
    binary: 'application/octet-stream',
  };
  if (media.kind !== 'multipart' && media.mediaType !== defaults[media.kind]) out.push(`contentType: ${quote(media.mediaType)}`);
  const fields = fieldStyles(op);
  if (fields.length) out.push(`encoding: ${objectLiteral(fields)}`);
  return out;
}

/** `cookieHeader({ name: local, ... }, styles)` for the operation's cookie parameters. */
function cookieExpression(op: IROperation, params: ParamsView, use: Use, ir?: IRDocument): string {
  const values = params.cookies.map((c) => (c.local === c.name ? c.local : `${propertyKey(c.name)}: ${c.local}`));
  const styles = op.parameters
    .filter((p) => p.in === 'cookie' && p.wire && ir && needsStyle(ir, p.wire, p.schema, 'cookie'))
    .map((p) => `${propertyKey(p.name)}: ${styleLiteral(p.wire!)}`);
  const args = [objectLiteral(values), ...(styles.length ? [objectLiteral(styles)] : [])];
  return `${use('header-styles.js', 'cookieHeader', false)}(${args.join(', ')})`;
}

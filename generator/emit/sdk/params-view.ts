import type { IRMediaContent, IROperation, IRParameter, IRProperty, IRSchema } from '../../ir/types.js';
import { propertyKey, safeIdentifier } from '../ts/identifiers.js';
import type { PrintContext } from '../ts/type-printer.js';
import { docLines } from '../ts/doc-comment.js';
import type { SdkContext } from './context.js';
import { declareType, type DeclarationView } from './declarations.js';
import { queryKey } from './wire-view.js';

/** How a method's one params object is typed and split into query, headers and body. */
export interface ParamsView {
  /** Argument name: `body`, `query` or `params`. */
  argName: string;
  typeName: string;
  required: boolean;
  declarations: DeclarationView[];
  /** `const { a, ...body } = params;` or undefined when the argument is used whole. */
  destructure?: string;
  query?: string;
  headers: string[];
  /** Header parameters whose value needs its style (objects, `content`): wire name, local, parameter. */
  styledHeaders: { name: string; local: string; param: IRParameter }[];
  /** Cookie parameters: wire name and local. */
  cookies: { name: string; local: string }[];
  body?: string;
  /** The default written for an optional argument: `{}`, cast when `{}` would not type-check; '' for none (`arg?: T`). */
  defaultValue: string;
  /** Path parameters taken from the params object (not positional): name → local variable. */
  pathLocals: Map<string, string>;
  /** Streaming variants of the params type, when the body has a stream flag. */
  streaming?: { flag: string; on: string; off: string };
}

/**
 * The request body content the SDK sends: the wire pass's choice (`requestMedia`; a text or
 * binary body without a schema is a string or a file), else multipart when annotated, else JSON,
 * else the first. None for GET and HEAD.
 */
export function bodyContent(op: IROperation): IRMediaContent | undefined {
  // fetch cannot send a body with GET or HEAD: the wire pass warns and the SDK leaves it out.
  if (op.method === 'get' || op.method === 'head') return undefined;
  const chosen = op.requestMedia;
  if (chosen) {
    const content = op.requestBody?.contents.find((c) => c.mediaType === chosen.mediaType);
    if (content?.schema || !content) return content;
    if (chosen.kind === 'text') return { ...content, schema: { kind: 'string', pointer: op.requestBody!.pointer } };
    if (chosen.kind === 'binary') return { ...content, schema: { kind: 'string', format: 'binary', pointer: op.requestBody!.pointer } };
    return content;
  }
  const contents = (op.requestBody?.contents ?? []).filter((c) => c.schema);
  const pick = (re: RegExp) => contents.find((c) => re.test(c.mediaType));
  return (op.multipart ? pick(/^multipart\//) : undefined) ?? pick(/json/) ?? contents[0];
}

/** The parameters carried in the params object: query, header, cookie and non-positional path ones. */
export function paramMembers(op: IROperation, positional: Set<string>): IRParameter[] {
  return op.parameters.filter((p) => p.in !== 'path' || !positional.has(p.name));
}

function isStringy(ctx: SdkContext, schema: IRSchema): boolean {
  const s = ctx.resolve(schema);
  return s.kind === 'string' || (s.kind === 'enum' && s.values.every((v) => typeof v === 'string'));
}

/**
 * The params-object key of a parameter: its SDK name from the wire pass (a rename,
 * `x-stainless-param`, or `include` for a bracket array `include[]`), else the spec name.
 */
export function memberKey(_ctx: SdkContext, p: IRParameter): string {
  return p.wire?.sdkName ?? p.name;
}

function paramProperty(ctx: SdkContext, p: IRParameter): IRProperty {
  const schema: IRSchema = { ...p.schema };
  if (p.description && !schema.description) schema.description = p.description;
  if (p.deprecated) schema.deprecated = true;
  return { name: memberKey(ctx, p), schema, required: p.required };
}

/**
 * The params object of a method: query, header and non-positional path parameters, merged
 * with the body's properties (`spread`), or with the body under a `body` key when the body is
 * not an object (`wrapped`).
 */
export function paramsView(
  ctx: SdkContext,
  op: IROperation,
  typeName: string,
  print: PrintContext,
  taken: Set<string>,
  positional: Set<string>,
): ParamsView | undefined {
  const members = paramMembers(op, positional);
  const content = bodyContent(op);
  if (members.length === 0 && !content?.schema) return undefined;
  const bodySchema = content?.schema;
  const mode = !bodySchema ? 'none' : ctx.isObjectLike(bodySchema) ? 'spread' : 'wrapped';
  const props = members.map((p) => paramProperty(ctx, p));
  const names = new Set(props.map((p) => p.name));
  const wrapKey = names.has('body') ? 'requestBody' : 'body';
  if (mode === 'wrapped') props.push({ name: wrapKey, schema: bodySchema!, required: op.requestBody!.required });

  let decl: DeclarationView;
  // A referenced object body whose properties collide with a parameter name is inlined too:
  // `Body & { name: Param }` would intersect the two types of `name`.
  const resolved = mode === 'spread' ? ctx.resolve(bodySchema!) : undefined;
  const collides = resolved?.kind === 'object' && resolved.properties.some((p) => names.has(p.name));
  const inline =
    resolved?.kind === 'object' && !resolved.nullable && (bodySchema!.kind === 'object' || collides) ? resolved : undefined;
  if (inline) {
    const merged = [...props, ...inline.properties.filter((p) => !names.has(p.name))];
    decl = declareType(typeName, { ...inline, properties: merged }, print, docLines(op.requestBody?.description));
  } else if (mode === 'spread') {
    // Members beside a ref or union body: an intersection, which the printer parenthesizes.
    const members: IRSchema = { kind: 'object', pointer: op.pointer, properties: props };
    const schema: IRSchema = props.length ? { kind: 'intersection', pointer: op.pointer, members: [bodySchema!, members] } : bodySchema!;
    decl = declareType(typeName, schema, print);
  } else {
    const object = { kind: 'object' as const, pointer: op.pointer, properties: props, additionalProperties: false };
    decl = declareType(typeName, object, print, [], mode === 'none');
  }

  // An optional body (`requestBody.required` absent or false) leaves the argument optional; when
  // its schema has required properties, `{}` would not type-check, so it has no default.
  const bodyRequired = !!op.requestBody?.required;
  const noDefault = mode === 'spread' && !bodyRequired && ctx.hasRequired(bodySchema!);
  const required = props.some((p) => p.required) || (mode === 'spread' && bodyRequired && ctx.hasRequired(bodySchema!));
  // `query` only when the argument is the query as it is: a renamed member is pulled out into a
  // `...query` rest, which must not redeclare the argument.
  const asQuery = mode === 'none' && members.every((m) => m.in === 'query' && memberKey(ctx, m) === queryKey(m));
  const argName = mode === 'spread' ? (members.length ? 'params' : 'body') : asQuery ? 'query' : 'params';
  // `{}` inherits `constructor`, `toString`, ...: a property with such a name makes `{}` a type error.
  const names_ = new Set([...props.map((p) => p.name), ...(bodySchema ? ctx.propertyNames(bodySchema) : [])]);
  const inherited = [...names_].some((n) => n in Object.prototype);
  const defaultValue = noDefault ? '' : inherited ? `{} as ${typeName}` : '{}';
  const view: ParamsView = {
    argName,
    typeName,
    required,
    declarations: [decl],
    headers: [],
    styledHeaders: [],
    cookies: [],
    defaultValue,
    pathLocals: new Map(),
  };

  // Pull named members out of the argument; the rest is the body (spread) or the query.
  const pulled: string[] = [];
  const local = (name: string) => {
    let id = safeIdentifier(name);
    while (taken.has(id)) id = `${id}_`;
    taken.add(id);
    pulled.push(id === name ? id : `${propertyKey(name)}: ${id}`);
    return id;
  };
  const queryPairs: string[] = [];
  for (const p of members) {
    const key = memberKey(ctx, p);
    if (p.in === 'path') view.pathLocals.set(p.name, local(key));
    else if (p.in === 'header') {
      // Header values are strings: anything else is sent in its `String()` form (arrays: `a,b`),
      // objects and `content` values in their style.
      const id = local(key);
      if (p.contentType || (!isStringy(ctx, p.schema) && ctx.resolve(p.schema).kind === 'object')) {
        view.styledHeaders.push({ name: p.name, local: id, param: p });
        continue;
      }
      const value = isStringy(ctx, p.schema) ? id : `${id} == null ? ${id} : String(${id})`;
      view.headers.push(`${propertyKey(p.name)}: ${value}`);
    } else if (p.in === 'cookie') view.cookies.push({ name: p.name, local: local(key) });
    else if (mode === 'spread' || key !== queryKey(p)) {
      const wire = queryKey(p);
      const id = local(key);
      queryPairs.push(id === wire ? id : `${propertyKey(wire)}: ${id}`);
    }
  }
  if (mode === 'wrapped') view.body = local(wrapKey);
  const rest = mode === 'spread' ? 'body' : 'query';
  if (pulled.length === 0) {
    if (mode === 'spread') view.body = argName;
    else if (members.length) view.query = argName;
    return view;
  }
  const hasRest = mode === 'spread' || members.some((m) => m.in === 'query');
  const source = !required && noDefault ? `${argName} ?? ({} as ${typeName})` : argName;
  view.destructure = `const { ${pulled.join(', ')}${hasRest ? `, ...${rest}` : ''} } = ${source};`;
  if (mode === 'spread') {
    view.body = 'body';
    if (queryPairs.length) view.query = `{ ${queryPairs.join(', ')} }`;
  } else if (queryPairs.length) view.query = `{ ...query, ${queryPairs.join(', ')} }`;
  else if (hasRest) view.query = 'query';
  return view;
}

import type { IROperation } from '../../ir/types.js';
import { methodDocLines } from '../docs/method-doc.js';
import { docComment } from '../ts/doc-comment.js';
import { pascalCase, propertyKey, quote, safeIdentifier } from '../ts/identifiers.js';
import { literalType, printType } from '../ts/type-printer.js';
import type { ModuleScope } from '../ts/names.js';
import { methodReservedNames, type SdkContext } from './context.js';
import { printContext, type DeclarationView } from './declarations.js';
import { namingOf } from './fallback-naming.js';
import { memberKey, paramsView, type ParamsView } from './params-view.js';
import { responseType, successSchema } from './response-view.js';
import { requestSpec } from './request-spec.js';

/** One resource method: doc, overload signatures, implementation signature and body lines. */
export interface MethodView {
  name: string;
  doc: string;
  overloads: string[];
  signature: string;
  body: string[];
  declarations: DeclarationView[];
  /** The pieces a wrapper method reuses (`…AndPoll` and `poll`, `poll-view.ts`). */
  shape?: MethodShape;
}

/** A method's arguments and data type, for methods that wrap it. */
export interface MethodShape {
  /** Positional path arguments: parameter name, argument name, typed argument text. */
  pathArgs: { name: string; arg: string; text: string }[];
  /** The params argument (non-streaming type) and the path parameters it carries: name → member key. */
  params?: { argName: string; text: string; pathKeys: Map<string, string> };
  /** The (non-streaming) response data type; none for pages and binary responses. */
  data?: string;
}

/** Module paths a resource file needs, relative to itself. */
export interface ModulePaths {
  core: string;
  types: string;
}

/**
 * `pages` holds the page aliases already declared in this module (two methods listing the same
 * items share one `XPage` type).
 */
export function methodView(
  ctx: SdkContext,
  scope: ModuleScope,
  op: IROperation,
  name: string,
  paths: ModulePaths,
  pages: Map<string, string> = new Map(),
): MethodView {
  const naming = namingOf(op);
  const print = printContext(ctx, scope, paths.core, paths.types);
  const use = (file: string, id: string, typeOnly = true) => scope.use(`${paths.core}/${file}`, id, typeOnly);
  const declarations: DeclarationView[] = [];
  const taken = methodReservedNames();
  const args: string[] = [];
  const pathArgs = new Map<string, string>();
  for (const pp of naming.pathParams) {
    let arg = safeIdentifier(pp.argName);
    while (taken.has(arg)) arg = `${arg}_`;
    taken.add(arg);
    pathArgs.set(pp.name, arg);
    const param = op.parameters.find((p) => p.in === 'path' && p.name === pp.name);
    args.push(`${arg}: ${param ? printType(param.schema, print) : 'string'}`);
  }

  const positional = naming.pathParams.map((pp, i) => ({ name: pp.name, arg: pathArgs.get(pp.name)!, text: args[i]! }));
  let shapeParamsType: string | undefined;
  let shapeData: string | undefined;
  const needsParams =
    !!op.requestBody || op.parameters.some((p) => p.in === 'query' || p.in === 'header' || (p.in === 'path' && !pathArgs.has(p.name)));
  const wanted = naming.paramsType ?? (needsParams ? `${pascalCase(naming.resource.at(-1) ?? '')}${pascalCase(name)}Params` : undefined);
  const paramsName = wanted ? scope.declare(ctx.registry.claim(wanted)) : undefined;
  const params = paramsName ? paramsView(ctx, op, paramsName, print, taken, new Set(pathArgs.keys())) : undefined;
  if (params) declarations.push(...params.declarations);
  for (const [name, id] of params?.pathLocals ?? []) pathArgs.set(name, id);

  const options = `options?: ${use('request-options.js', 'RequestOptions')}`;
  const response = successSchema(op);
  let returnType: string;
  const overloads: string[] = [];
  const spec = requestSpec(op, naming, pathArgs, params, use, ctx.settings.defaultCredential, ctx.ir);
  let call: string;
  if (op.binary) {
    returnType = `${use('api-promise.js', 'APIPromise')}<${scope.global('Response')}>`;
    call = `this._client.request(${spec}, options)`;
  } else if (op.pagination) {
    const item = printType(op.pagination.item, print);
    const pageClass = use('pagination.js', op.pagination.style === 'cursor' ? 'CursorPage' : 'Page', false);
    const wantedPage = naming.pageType ?? `${naming.paramsType ?? name}Page`;
    const pageKey = `${wantedPage} = ${pageClass}<${item}>`;
    let pageName = pages.get(pageKey);
    if (!pageName) {
      pageName = scope.declare(ctx.registry.claim(wantedPage));
      pages.set(pageKey, pageName);
      declarations.push({ name: pageName, doc: '', text: `export type ${pageName} = ${pageClass}<${item}>;` });
    }
    returnType = `${use('pagination.js', 'PagePromise')}<${pageName}, ${item}>`;
    call = `this._client.requestPage(${pageClass}<${item}>, ${spec}, options)`;
  } else {
    const data = responseType(ctx, scope, print, response, naming.responseType, declarations);
    const promise = use('api-promise.js', 'APIPromise');
    returnType = `${promise}<${data}>`;
    shapeData = data;
    call = `this._client.request(${spec}, options)`;
    if (op.streaming) {
      const event = `${use('streaming.js', 'Stream', true)}<${printType(op.streaming.event, print)}>`;
      const flag = op.streaming.flag;
      if (flag && params) {
        const on = scope.declare(ctx.registry.claim(`${params.typeName}Streaming`));
        const off = scope.declare(ctx.registry.claim(`${params.typeName}NonStreaming`));
        const key = propertyKey(flag);
        const value = op.streaming.flagValue ?? true;
        const offType = value === true ? 'false | null' : `Exclude<${params.typeName}[${quote(flag)}], ${literalType(value)}>`;
        declarations.push(
          { name: on, doc: '', text: `export type ${on} = ${params.typeName} & { ${key}: ${literalType(value)} };` },
          { name: off, doc: '', text: `export type ${off} = ${params.typeName} & { ${key}?: ${offType} };` },
        );
        const head = args.join(', ');
        const sig = (t: string, opt: boolean) => `${name}(${head ? head + ', ' : ''}${params.argName}${opt ? '?' : ''}: ${t}, ${options})`;
        overloads.push(`${sig(on, false)}: ${promise}<${event}>`);
        overloads.push(`${sig(off, !params.required)}: ${promise}<${data}>`);
        overloads.push(`${sig(params.typeName, !params.required)}: ${promise}<${event} | ${data}>`);
        returnType = `${promise}<${event} | ${data}>`;
        shapeParamsType = off;
      } else {
        returnType = `${promise}<${event}>`;
      }
    }
  }
  // The params argument typed as `type`: `p: T`, `p?: T` or `p: T = {}`.
  const paramsArg = (p: ParamsView, type: string): string => {
    const optional = !p.required && !p.defaultValue ? '?' : '';
    const init = p.required || !p.defaultValue ? '' : ` = ${p.defaultValue}`;
    return `${p.argName}${optional}: ${type}${init}`;
  };
  if (params) args.push(paramsArg(params, params.typeName));
  args.push(options);
  const body = params?.destructure ? [params.destructure] : [];
  body.push(`return ${call};`);
  // Summary, description, @deprecated and an @example (see emit/docs/method-doc.ts).
  const doc = docComment(methodDocLines(ctx, op, name));
  const shape: MethodShape = { pathArgs: positional };
  if (shapeData && !(op.streaming && !shapeParamsType)) shape.data = shapeData;
  if (params) {
    const pathKeys = new Map<string, string>();
    for (const pathName of params.pathLocals.keys()) {
      const p = op.parameters.find((x) => x.in === 'path' && x.name === pathName);
      if (p) pathKeys.set(pathName, memberKey(ctx, p));
    }
    shape.params = { argName: params.argName, text: paramsArg(params, shapeParamsType ?? params.typeName), pathKeys };
  }
  return { name, doc, overloads, signature: `${name}(${args.join(', ')}): ${returnType}`, body, declarations, shape };
}

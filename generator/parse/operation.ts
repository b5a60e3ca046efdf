import type { HTTPMethod, IROperation, IRParameter, IRSecurityRequirement } from '../ir/types.js';
import { extensions, flag, str, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { mergeParameters, parseParameters } from './parameter.js';
import { derivedOperationId, templateParams } from './path-key.js';
import { parseRequestBody } from './request-body.js';
import { parseResponses } from './response.js';
import { parseSecurity } from './security.js';

/** Where an operation sits and what it inherits from its path item and the document. */
export interface OperationSite {
  method: HTTPMethod;
  pathKey: string;
  path: string;
  fixedQuery?: Record<string, string>;
  pathParameters: IRParameter[];
  /** The document's `security`, used when the operation has none of its own. */
  documentSecurity: IRSecurityRequirement[];
  /** operationId → pointer of the operation that took it. */
  usedIds: Map<string, string>;
}

/** One operation object: id, merged parameters, body, responses, effective security. */
export function parseOperation(
  ctx: ParseContext,
  op: JsonObject,
  pointer: string,
  site: OperationSite,
): IROperation {
  // Each operation gets its own copies of what it inherits, so a later pass can edit one safely.
  const inherited = structuredClone(site.pathParameters);
  const parameters = mergeParameters(
    inherited,
    parseParameters(ctx, op.parameters, join(pointer, 'parameters')),
  );
  checkPathParameters(ctx, site.path, parameters, pointer);
  const out: IROperation = {
    id: operationId(ctx, op, pointer, site),
    method: site.method,
    path: site.path,
    pathKey: site.pathKey,
    tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
    parameters,
    responses: parseResponses(ctx, op.responses, join(pointer, 'responses')),
    security:
      op.security !== undefined
        ? parseSecurity(ctx, op.security, join(pointer, 'security'), ctx.securitySchemes)
        : structuredClone(site.documentSecurity),
    pointer,
  };
  if (site.fixedQuery) out.fixedQuery = site.fixedQuery;
  const summary = str(op, 'summary');
  if (summary !== undefined) out.summary = summary;
  const description = str(op, 'description');
  if (description !== undefined) out.description = description;
  if (flag(op, 'deprecated')) out.deprecated = true;
  if (op.requestBody !== undefined) {
    const body = parseRequestBody(ctx, op.requestBody, join(pointer, 'requestBody'));
    if (body) out.requestBody = body;
  }
  const ext = extensions(op);
  if (ext) out.extensions = ext;
  return out;
}

function operationId(ctx: ParseContext, op: JsonObject, pointer: string, site: OperationSite): string {
  let id = str(op, 'operationId');
  if (id === undefined) {
    const base = derivedOperationId(site.method, site.path);
    id = base;
    for (let n = 2; site.usedIds.has(id); n++) id = `${base}_${n}`;
    ctx.warn(pointer, `operation has no operationId; using "${id}"`, 'an "operationId" string');
  } else if (site.usedIds.has(id)) {
    ctx.error(
      join(pointer, 'operationId'),
      `operationId "${id}" is already used by ${site.usedIds.get(id)}`,
      'a unique operationId',
    );
  }
  site.usedIds.set(id, pointer);
  return id;
}

/** Every `{name}` in the template needs a path parameter; unused path parameters are warned about. */
function checkPathParameters(
  ctx: ParseContext,
  path: string,
  parameters: IRParameter[],
  pointer: string,
): void {
  const inTemplate = templateParams(path);
  const declared = parameters.filter((p) => p.in === 'path');
  for (const name of inTemplate) {
    if (!declared.some((p) => p.name === name)) {
      if (ctx.options.lenientPathParams) {
        const schema = { kind: 'string' as const, pointer };
        parameters.push({ name, in: 'path', required: true, schema, style: 'simple', explode: false, pointer });
        ctx.warn(pointer, `path parameter "${name}" is used in "${path}" but never declared; taken as a string`);
        continue;
      }
      ctx.error(
        pointer,
        `path parameter "${name}" is used in "${path}" but never declared`,
        `a parameter with name: ${name} and in: path`,
      );
    }
  }
  for (const p of declared) {
    if (!inTemplate.includes(p.name))
      ctx.warn(
        p.pointer,
        `path parameter "${p.name}" does not appear in "${path}"`,
        `{${p.name}} in the path template`,
      );
  }
}

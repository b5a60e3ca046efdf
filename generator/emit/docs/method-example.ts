import type { IROperation, IRSchema } from '../../ir/types.js';
import type { SdkContext } from '../sdk/context.js';
import { namingOf } from '../sdk/fallback-naming.js';
import { bodyContent, memberKey } from '../sdk/params-view.js';
import { successSchema } from '../sdk/response-view.js';
import { camelCase, isIdentifier, RESERVED } from '../ts/identifiers.js';
import { printCall } from './print-sample.js';
import { sampleValue, type Sample } from './sample-value.js';

/** Names an example must not bind: the client and the helpers a reader may have imported. */
const TAKEN = new Set(['client', 'toFile', 'response', 'page', 'stream', 'item', 'File', 'Blob', 'console']);

/** A variable name for a value of the given type name (`ChatCompletion` → `chatCompletion`). */
export function variableFor(typeName: string | undefined, fallback: string): string {
  const name = typeName ? camelCase(typeName) : fallback;
  return isIdentifier(name) && !RESERVED.has(name) && !TAKEN.has(name) ? name : fallback;
}

/** The TypeScript name of a schema when it is a component ref, else undefined. */
function refName(ctx: SdkContext, schema: IRSchema | undefined): string | undefined {
  return schema?.kind === 'ref' ? ctx.typeNames.get(schema.name) : undefined;
}

/**
 * The arguments of a call with only what is required: positional path parameters, then the
 * params object with the required query/header parameters and required body fields (or the
 * whole body when it is not an object). The object is left out when nothing in it is required.
 */
export function exampleArgs(ctx: SdkContext, op: IROperation): Sample[] | undefined {
  const naming = namingOf(op);
  const args: Sample[] = [];
  for (const pp of naming.pathParams) {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === pp.name);
    const sample = param ? sampleValue(ctx, param.schema, 0, pp.name) : { kind: 'code' as const, text: `'${pp.name}'` };
    if (!sample) return undefined;
    args.push(sample);
  }
  const positional = new Set(naming.pathParams.map((p) => p.name));
  const inParams = op.parameters.filter((p) => p.in === 'path' && !positional.has(p.name));
  const members = op.parameters.filter((p) => p.in === 'query' || p.in === 'header' || p.in === 'cookie');
  const entries: { key: string; value: Sample }[] = [];
  for (const p of [...inParams, ...members.filter((m) => m.required)]) {
    const value = sampleValue(ctx, p.schema, 0, p.name);
    if (!value) return undefined;
    entries.push({ key: memberKey(ctx, p), value });
  }
  const body = bodyContent(op)?.schema;
  let required = entries.length > 0;
  if (body && ctx.isObjectLike(body)) {
    const sample = sampleValue(ctx, body);
    if (!sample || sample.kind !== 'object') return undefined;
    for (const e of sample.entries) if (!entries.some((x) => x.key === e.key)) entries.push(e);
    required ||= ctx.hasRequired(body);
  } else if (body && op.requestBody?.required) {
    const value = sampleValue(ctx, body);
    if (!value) return undefined;
    entries.push({ key: members.some((m) => m.name === 'body') ? 'requestBody' : 'body', value });
    required = true;
  }
  if (required) args.push({ kind: 'object', entries });
  return args;
}

/**
 * Example code calling one method, using `client` (an instance of the generated client): the
 * call with required arguments, and what to do with the result — iterate a list, read a binary
 * body, or look at the returned value. Undefined when no valid arguments can be built.
 */
export function methodExample(ctx: SdkContext, op: IROperation, callee: string): string | undefined {
  const args = exampleArgs(ctx, op);
  if (!args) return undefined;
  const naming = namingOf(op);
  if (op.pagination) {
    const item = variableFor(refName(ctx, op.pagination.item), 'item');
    const call = printCall(callee, args, '');
    return `// Fetches further pages as the loop goes on.\nfor await (const ${item} of ${call}) {\n  console.log(${item});\n}`;
  }
  if (op.binary) {
    const call = printCall(callee, args, '');
    return `const response = await ${call};\nconst content = await response.arrayBuffer();\nconsole.log(content.byteLength);`;
  }
  if (op.streaming && !op.streaming.flag) {
    const call = printCall(callee, args, '');
    return `const stream = await ${call};\nfor await (const event of stream) {\n  console.log(event);\n}`;
  }
  const schema = successSchema(op);
  if (!schema) return `await ${printCall(callee, args, '')};`;
  const name = variableFor(refName(ctx, schema) ?? naming.responseType, 'result');
  const head = `const ${name} = await `;
  return `${head}${printCall(callee, args, '')};\nconsole.log(${name});`;
}

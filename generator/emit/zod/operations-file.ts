import type { IRDocument, IRMediaContent, IROperation, IRSchema } from '../../ir/types.js';
import { sortBy } from '../../util/sort.js';
import { queryKey } from '../sdk/wire-view.js';
import { quote, valueKey } from '../ts/identifiers.js';
import type { ZodPrintContext } from './context.js';
import { componentIdents } from './names.js';
import { printSchema } from './printer.js';

const isJson = (mediaType: string): boolean => /^application\/(?:[\w.+-]+\+)?json\b/i.test(mediaType);

/** The body the client sends: the wire pass's choice (`requestMedia`), when it has a schema. */
function bodySchema(op: IROperation): IRMediaContent | undefined {
  const media = op.requestMedia;
  return media && op.requestBody?.contents.find((c) => c.mediaType === media.mediaType && c.schema);
}

/** The JSON body of the first success response, if any (binary and empty responses have none). */
export function responseSchema(op: IROperation): IRSchema | undefined {
  for (const r of op.responses) {
    if (!r.status.startsWith('2')) continue;
    const json = r.contents.find((c) => isJson(c.mediaType) && c.schema);
    if (json) return json.schema;
  }
  return undefined;
}

/**
 * `{ query?, body? }` as the client holds them when it sends the request (query keys as the wire
 * pass names them: `ids` for a bracket array `ids[]`); undefined when there is neither.
 */
function paramsExpr(op: IROperation, ctx: ZodPrintContext): string | undefined {
  const members: string[] = [];
  const query = op.parameters.filter((p) => p.in === 'query');
  if (query.length > 0) {
    const props = query.map((p) => `${valueKey(queryKey(p))}: ${printSchema(p.schema, ctx)}${p.required ? '' : '.optional()'}`);
    const required = query.some((p) => p.required);
    members.push(`query: z.object({ ${props.join(', ')} })${required ? '' : '.optional()'}`);
  }
  const body = bodySchema(op);
  if (body?.schema) {
    members.push(`body: ${printSchema(body.schema, ctx)}${op.requestBody?.required ? '' : '.optional()'}`);
  }
  return members.length > 0 ? `z.object({ ${members.join(', ')} })` : undefined;
}

/** The declared type of a printed schema: a component's own (`typeof $S.X`), else any zod schema. */
const schemaType = (expr: string): string => (/^\$S\.[\w$]+$/.test(expr) ? `typeof ${expr}` : 'z.ZodType');

/**
 * The source of `operations.ts`: operation id → `{ params?, response?, event? }`, the schemas the
 * runtime validation hook looks up (`templates/runtime/core/validation.ts`), and webhook name →
 * payload schema. Sorted by id and name. Every export has its type written out, so the module's
 * declaration is made from its text alone (`isolatedDeclarations`), without a type checker.
 */
export function operationsSource(ir: IRDocument, clientName?: string): string {
  const idents = componentIdents(ir, clientName);
  const ctx: ZodPrintContext = {
    ref: (name) => `$S.${idents.get(name) ?? name}`,
    resolve: (name) => ir.schemas[name]?.schema,
    binary: () => '$S.$binary',
  };
  const entries: string[] = [];
  const types: string[] = [];
  for (const op of sortBy(ir.operations, (o) => o.id)) {
    const parts: string[] = [`method: ${quote(op.method)}`, `path: ${quote(op.path)}`];
    const typed: string[] = ['method: string', 'path: string'];
    const schemas: [string, string | undefined][] = [
      ['params', paramsExpr(op, ctx)],
      ['response', ((s) => s && printSchema(s, ctx))(responseSchema(op))],
      ['event', op.streaming && printSchema(op.streaming.event, ctx)],
    ];
    for (const [key, expr] of schemas) {
      if (expr === undefined) continue;
      parts.push(`${key}: ${expr}`);
      typed.push(`${key}: ${schemaType(expr)}`);
    }
    entries.push(`${valueKey(op.id)}: { ${parts.join(', ')} },`);
    types.push(`${valueKey(op.id)}: { ${typed.join('; ')} };`);
  }
  const hookList = sortBy(ir.webhooks, (w) => w.name)
    .filter((w) => w.payload)
    .map((w) => [valueKey(w.name), printSchema(w.payload!, ctx)] as const);
  const hooks = hookList.map(([key, expr]) => `${key}: ${expr},`);
  const hookTypes = hookList.map(([key, expr]) => `${key}: ${schemaType(expr)};`);
  return [
    `import * as z from 'zod';`,
    `import * as $S from './schemas.js';`,
    '',
    '/** Per operation id: method and path template, the request params (`{ query, body }`), the JSON response, the stream event. */',
    `export const operations: {\n${types.join('\n')}\n} = {\n${entries.join('\n')}\n};`,
    '',
    `/** The client's \`validators\` option: \`new ${clientName ?? 'Client'}({ validate: 'strict', validators })\`. */`,
    'export const validators: { operations: typeof operations } = { operations };',
    '',
    '/** Per webhook name: the payload schema (e.g. for `webhooks.unwrap(..., { schema })`). */',
    `export const webhooks: {\n${hookTypes.join('\n')}\n} = {\n${hooks.join('\n')}\n};`,
    '',
  ].join('\n');
}

import type { IRDocument, IRNamedSchema } from '../ir/types.js';
import { isObject, str, type JsonObject } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';
import { parsePaths } from './paths.js';
import { parseSchema } from './schema.js';
import { parseSecurity, parseSecuritySchemes } from './security.js';
import { parseWebhooks } from './webhook.js';

/** The whole document → IR. Version checks are done by the caller (`parseSpec`). */
export function parseDocument(ctx: ParseContext, version: string): IRDocument {
  const doc = ctx.doc;
  const components = isObject(doc.components) ? doc.components : {};
  ctx.securitySchemes = parseSecuritySchemes(ctx, components.securitySchemes, '#/components/securitySchemes');
  const documentSecurity =
    doc.security === undefined ? [] : parseSecurity(ctx, doc.security, '#/security', ctx.securitySchemes);
  const ir: IRDocument = {
    openapi: version,
    info: parseInfo(ctx, doc.info),
    servers: Array.isArray(doc.servers)
      ? doc.servers.flatMap((s) => (isObject(s) && typeof s.url === 'string' ? [s.url] : []))
      : [],
    schemas: parseComponentSchemas(ctx, components.schemas),
    operations: parsePaths(ctx, doc.paths, documentSecurity),
    webhooks: parseWebhooksIfSupported(ctx, doc.webhooks),
    securitySchemes: ctx.securitySchemes,
    tags: parseTags(doc.tags),
    // The load stage's repairs first (`load/repair.ts`), then this stage's warnings.
    diagnostics: [...(ctx.loaded.warnings ?? []), ...ctx.warnings],
  };
  return ir;
}

/** `webhooks:` exists from 3.1 on; in a 3.0 document it is reported and ignored. */
function parseWebhooksIfSupported(ctx: ParseContext, raw: unknown): IRDocument['webhooks'] {
  if (ctx.dialect.webhooks) return parseWebhooks(ctx, raw);
  if (raw !== undefined)
    ctx.warn(
      '#/webhooks',
      `webhooks are not part of OpenAPI ${ctx.dialect.name}; ignored`,
      'openapi: 3.1.x to declare webhooks',
    );
  return [];
}

function parseInfo(ctx: ParseContext, raw: unknown): IRDocument['info'] {
  const info: JsonObject = isObject(raw) ? raw : {};
  const title = str(info, 'title');
  const version = str(info, 'version');
  if (title === undefined || version === undefined)
    ctx.warn('#/info', 'info needs a "title" and a "version"', 'info.title and info.version strings');
  const out: IRDocument['info'] = { title: title ?? '', version: version ?? '' };
  const description = str(info, 'description');
  if (description !== undefined) out.description = description;
  return out;
}

function parseComponentSchemas(ctx: ParseContext, raw: unknown): Record<string, IRNamedSchema> {
  const out: Record<string, IRNamedSchema> = {};
  if (!isObject(raw)) return out;
  for (const [name, schema] of Object.entries(raw)) {
    out[name] = { name, schema: parseSchema(ctx, schema, join('#/components/schemas', name)) };
  }
  return out;
}

function parseTags(raw: unknown): IRDocument['tags'] {
  const out: IRDocument['tags'] = {};
  if (!Array.isArray(raw)) return out;
  for (const tag of raw) {
    if (!isObject(tag) || typeof tag.name !== 'string') continue;
    out[tag.name] = typeof tag.description === 'string' ? { description: tag.description } : {};
  }
  return out;
}

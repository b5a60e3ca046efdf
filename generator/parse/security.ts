import type { IRSecurityRequirement, IRSecurityScheme } from '../ir/types.js';
import { isObject, str } from '../util/json.js';
import { join } from '../util/pointer.js';
import type { ParseContext } from './context.js';

const TYPES: IRSecurityScheme['type'][] = ['http', 'apiKey', 'oauth2', 'openIdConnect', 'mutualTLS'];
const PLACES = ['header', 'query', 'cookie'] as const;

/** `components.securitySchemes` by key. */
export function parseSecuritySchemes(
  ctx: ParseContext,
  raw: unknown,
  pointer: string,
): Record<string, IRSecurityScheme> {
  const out: Record<string, IRSecurityScheme> = {};
  if (!isObject(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    const resolved = ctx.deref(value, join(pointer, key));
    if (!resolved) continue;
    const s = resolved.value;
    const type = isObject(s) ? s.type : undefined;
    if (!isObject(s) || !TYPES.includes(type as IRSecurityScheme['type'])) {
      ctx.error(
        join(resolved.pointer, 'type'),
        `unknown security scheme type ${JSON.stringify(type)}`,
        `one of ${TYPES.join(', ')}`,
      );
      continue;
    }
    const scheme: IRSecurityScheme = { key, type: type as IRSecurityScheme['type'] };
    const httpScheme = str(s, 'scheme');
    if (httpScheme !== undefined) scheme.scheme = httpScheme.toLowerCase();
    const name = str(s, 'name');
    if (name !== undefined) scheme.name = name;
    if (PLACES.includes(s.in as (typeof PLACES)[number])) scheme.in = s.in as IRSecurityScheme['in'];
    const description = str(s, 'description');
    if (description !== undefined) scheme.description = description;
    out[key] = scheme;
  }
  return out;
}

/** A `security` array; requirements naming an unknown scheme are reported. */
export function parseSecurity(
  ctx: ParseContext,
  raw: unknown,
  pointer: string,
  schemes: Record<string, IRSecurityScheme>,
): IRSecurityRequirement[] {
  if (!Array.isArray(raw)) {
    ctx.error(pointer, 'security must be an array', 'an array of security requirement objects');
    return [];
  }
  return raw.map((req, i) => {
    const out: IRSecurityRequirement = {};
    if (!isObject(req)) return out;
    for (const [key, scopes] of Object.entries(req)) {
      if (!schemes[key])
        ctx.warn(
          join(pointer, i, key),
          `security requirement names unknown scheme "${key}"`,
          'a key of #/components/securitySchemes',
        );
      out[key] = Array.isArray(scopes) ? scopes.filter((x): x is string => typeof x === 'string') : [];
    }
    return out;
  });
}

import type { IROperation, IRSecurityRequirement, IRSecurityScheme } from '../ir/types.js';
import type { DiffContext } from './context.js';

/** True when a caller holding `held` credentials satisfies requirement `req`. */
function satisfies(held: IRSecurityRequirement, req: IRSecurityRequirement): boolean {
  return Object.entries(req).every(([scheme, scopes]) => {
    const have = held[scheme];
    return have !== undefined && scopes.every((s) => have.includes(s));
  });
}

/** Same schemes, ignoring scopes. */
function sameSchemes(a: IRSecurityRequirement, b: IRSecurityRequirement): boolean {
  const x = Object.keys(a).sort();
  const y = Object.keys(b).sort();
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/**
 * Operation security. Every way an old caller could authenticate (each old requirement, or none
 * at all when the old list was empty) must still satisfy some new requirement.
 */
export function compareSecurity(ctx: DiffContext, label: string, o: IROperation, n: IROperation): void {
  const olds: IRSecurityRequirement[] = o.security.length === 0 ? [{}] : o.security;
  const news: IRSecurityRequirement[] = n.security.length === 0 ? [{}] : n.security;
  for (const held of olds) {
    if (news.some((req) => satisfies(held, req))) continue;
    const more = news.find((req) => sameSchemes(held, req));
    const id = more ? 'security-scope-added' : 'security-requirement-added';
    const what = more ? 'needs more scopes' : 'needs credentials it did not need';
    ctx.add(
      label,
      id,
      n.pointer,
      `the operation ${what}: ${JSON.stringify(held)} → ${JSON.stringify(n.security)}`,
      held,
      n.security,
    );
    return;
  }
  if (JSON.stringify(o.security) !== JSON.stringify(n.security)) {
    ctx.add(
      label,
      'security-requirement-removed',
      n.pointer,
      'the security requirements changed; every old way to authenticate still works',
      o.security,
      n.security,
    );
  }
}

/** How a credential is sent, as one comparable string. */
function shape(s: IRSecurityScheme): string {
  return [
    s.type,
    s.scheme?.toLowerCase() ?? '',
    s.in ?? '',
    s.in === 'header' ? (s.name ?? '').toLowerCase() : (s.name ?? ''),
  ].join('|');
}

/** Security schemes present in both documents whose wire shape changed. */
export function compareSecuritySchemes(ctx: DiffContext): void {
  const after = ctx.newDoc.securitySchemes;
  for (const [key, a] of Object.entries(ctx.oldDoc.securitySchemes)) {
    const b = after[key];
    if (b && shape(a) !== shape(b)) {
      ctx.add(
        '',
        'security-scheme-changed',
        `#/components/securitySchemes/${key}`,
        `security scheme ${key} changed how the credential is sent`,
        shape(a),
        shape(b),
      );
    }
  }
}

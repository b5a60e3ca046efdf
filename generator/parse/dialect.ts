/**
 * The OpenAPI versions parse accepts and how they differ. Schema parsing is tolerant of both
 * spellings (3.0 `nullable`/boolean `exclusiveMinimum`, 3.1 `type` arrays/`const`/`examples`),
 * because real 3.1 documents still contain 3.0 idioms; the dialect decides the rest.
 */
export interface Dialect {
  /** `3.0` or `3.1`. */
  name: '3.0' | '3.1';
  /** Whether top-level `webhooks:` is part of this version. */
  webhooks: boolean;
}

export const DIALECTS: { pattern: RegExp; dialect: Dialect }[] = [
  { pattern: /^3\.0\.\d+$/, dialect: { name: '3.0', webhooks: false } },
  { pattern: /^3\.1\.\d+$/, dialect: { name: '3.1', webhooks: true } },
];

export const ACCEPTED_VERSIONS = '"3.0.x" or "3.1.x"';

/** The dialect for an `openapi:` value, or undefined when the version is not supported. */
export function dialectFor(version: unknown): Dialect | undefined {
  if (typeof version !== 'string') return undefined;
  return DIALECTS.find((d) => d.pattern.test(version))?.dialect;
}

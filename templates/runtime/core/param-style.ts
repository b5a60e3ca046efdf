/**
 * How one parameter or form field is serialized, in OpenAPI's terms (`style`, `explode`,
 * `allowReserved`, a `content` media type), plus `brackets` (`a[]=1&o[k]=v`). Generated code
 * passes these only for values whose style matters; see CONTRACT.md.
 */
export interface ParamStyle {
  style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'simple' | 'label' | 'matrix' | 'brackets';
  /** Default: `true` for `form`, `false` otherwise (OpenAPI's default). */
  explode?: boolean;
  /** Leave reserved characters unencoded (except `#`, `&`, `=` and `+`, which would change the query). */
  allowReserved?: boolean;
  /** Send the value serialized as this media type (JSON for `application/json` and `+json`, else text). */
  contentType?: string;
}

/** Whether the style explodes arrays and objects (OpenAPI default: only `form` does). */
export function exploded(s: ParamStyle): boolean {
  return s.explode ?? s.style === 'form';
}

/** Whether a media type is JSON-shaped (`application/json`, `application/problem+json`, `text/json`). */
export function isJsonType(type: string): boolean {
  return /^(?:application\/(?:[\w.+-]*\+)?json|text\/json)\s*(?:;|$)/i.test(type.trim());
}

/** A leaf value as text: dates in ISO form, `null` empty, nested objects as JSON. */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A value sent with a `content` media type, as text. */
export function contentText(value: unknown, contentType: string): string {
  return isJsonType(contentType) ? JSON.stringify(value) : scalarText(value);
}

/** The defined `[name, value]` pairs of a plain object. */
export function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/** A plain object (not an array, date, Blob or other class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const RESERVED_KEPT = /%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2C|3B)/gi;

/** Percent-encoding for a query value; with `allowReserved`, reserved characters stay as they are. */
export function encoderFor(s: ParamStyle): (text: string) => string {
  if (!s.allowReserved) return encodeURIComponent;
  return (text) => encodeURIComponent(text).replace(RESERVED_KEPT, (m) => decodeURIComponent(m));
}

/** The separator of a non-exploded list: `,` (form, simple), `%20` (space), `|` (pipe). */
export function listSeparator(s: ParamStyle): string {
  if (s.style === 'spaceDelimited') return '%20';
  if (s.style === 'pipeDelimited') return '|';
  return ',';
}

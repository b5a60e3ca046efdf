/**
 * Request bodies as `multipart/form-data`. Files become file parts (their names sanitised);
 * nested objects and arrays use bracket names as the query string does (`a[b]=1`, `arr[]=x`,
 * `arr[][k]=v`); numbers and booleans are sent as text; `undefined` is skipped; `null` is an
 * error. The result holds only strings and Blobs (file-backed ones stay on disk until sent),
 * so fetch can send it again on a retry.
 */
import { SDKError } from './error.js';
import { contentText, definedEntries, exploded, isJsonType, isPlainObject, listSeparator, scalarText, type ParamStyle } from './param-style.js';
import { isUploadable, sanitizeFilename, toFile, type ToFileInput } from './uploads.js';

/**
 * Builds the form for `body`, field by field in key order. A field with an `encoding` entry is
 * written in that style instead (see `appendStyled`).
 */
export async function multipartBody(
  body: Record<string, unknown>,
  encoding?: Readonly<Record<string, ParamStyle>>,
): Promise<FormData> {
  const form = new FormData();
  for (const [key, value] of Object.entries(body ?? {})) {
    const style = encoding?.[key];
    const bracketed = !style || style.style === 'brackets' || (style.style === 'deepObject' && isPlainObject(value));
    if (bracketed || value === undefined || isFileValue(value)) await append(form, key, value);
    else appendStyled(form, key, value, style);
  }
  return form;
}

/** A value sent as a file part: an uploadable, an `ArrayBuffer` or a typed array / `DataView`. */
function isFileLike(value: unknown): value is ToFileInput {
  return isUploadable(value) || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function isFileValue(value: unknown): boolean {
  return isFileLike(value) || (Array.isArray(value) && value.some(isFileValue));
}

/**
 * One field in its `encoding` style: a `contentType` part (JSON for JSON types: `{"a":1}` with
 * that type); exploded arrays as repeated parts (`tags=a`, `tags=b`); other arrays as one part
 * (`a,b`, `a b`, `a|b`); exploded objects as one part per property. (`brackets` and
 * `deepObject` objects use the bracket names of `append`.)
 */
function appendStyled(form: FormData, key: string, value: unknown, style: ParamStyle): void {
  if (style.contentType) {
    const type = style.contentType;
    form.append(key, isJsonType(type) ? new Blob([contentText(value, type)], { type }) : contentText(value, type));
  } else if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined).map(scalarText);
    if (exploded(style) || style.style === 'deepObject') for (const item of items) form.append(key, item);
    else form.append(key, items.join(listSeparator(style) === '%20' ? ' ' : listSeparator(style)));
  } else if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (exploded(style)) for (const [k, v] of entries) form.append(k, scalarText(v));
    else form.append(key, entries.flatMap(([k, v]) => [k, scalarText(v)]).join(','));
  } else form.append(key, scalarText(value));
}

async function append(form: FormData, key: string, value: unknown): Promise<void> {
  if (value === undefined) return;
  if (value === null) {
    throw new TypeError(`multipart field "${key}" is null; omit it or send the string 'null'`);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    form.append(key, String(value));
  } else if (value instanceof Date) {
    form.append(key, value.toISOString());
  } else if (isFileLike(value)) {
    const file = await toFile(value);
    form.append(key, file, sanitizeFilename(file.name));
  } else if (Array.isArray(value)) {
    for (const item of value) await append(form, `${key}[]`, item);
  } else if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) await append(form, `${key}[${name}]`, item);
  } else {
    throw new TypeError(`multipart field "${key}" cannot be sent: got a ${typeof value}`);
  }
}

/**
 * Whether fetch can send `body` again (for a retry): strings, bytes, Blobs, `FormData` and
 * `URLSearchParams` can; a `ReadableStream` or other one-shot stream cannot.
 */
export function isReplayable(body: unknown): boolean {
  return (
    body === null ||
    body === undefined ||
    typeof body === 'string' ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof Blob ||
    body instanceof FormData ||
    body instanceof URLSearchParams
  );
}

/** The error for a retry the body cannot take part in. */
export function notReplayableError(): SDKError {
  return new SDKError(
    'The request failed after its body, a one-shot stream, was sent; it cannot be retried. ' +
      'Wrap the data with toFile() (or pass bytes or a Blob) to make retries possible.',
  );
}

/**
 * Extra fetch options for sending `body`. Node's built-in fetch (undici 6/7) keeps every byte
 * of a streamed request body in memory so it could follow a redirect (nodejs/undici#4058);
 * with `redirect: 'error'` it streams file parts from disk instead. Measured on a 200 MB
 * file: peak RSS ~95 MB instead of ~285 MB. Only bodies with file parts get it.
 */
export function uploadFetchOptions(body: unknown): { redirect?: 'error' } {
  if (!(body instanceof FormData)) return {};
  // forEach, not for-of: compiles without the DOM.Iterable lib.
  let hasFile = false;
  body.forEach((value) => (hasFile ||= typeof value !== 'string'));
  return hasFile ? { redirect: 'error' } : {};
}

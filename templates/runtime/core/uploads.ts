/**
 * File inputs for multipart requests. `toFile()` turns bytes from anywhere into a web `File`;
 * a Node `fs.ReadStream` (found by duck typing, no `node:` import) becomes a file-backed
 * `File` that is read lazily while the request is sent, never loaded whole into memory.
 */
export { multipartBody } from './multipart.js';

/** What `fs.createReadStream()` returns, as far as we rely on it. */
export interface FsReadStreamLike extends AsyncIterable<unknown> {
  path: string | { toString(): string } | undefined;
  bytesRead: number;
  start?: number | undefined;
  end?: number | undefined;
  pipe(destination: unknown): unknown;
  destroy(): unknown;
}

/** A value a multipart file field accepts as it is. */
export type Uploadable = File | Blob | Response | FsReadStreamLike | AsyncIterable<BytesLike> | ReadableStream<BytesLike>;

/** Bytes as `toFile()` takes them, chunk by chunk. */
export type BytesLike = ArrayBuffer | ArrayBufferView | Blob | string;

/** Everything `toFile()` can read. */
export type ToFileInput = Uploadable | ArrayBuffer | ArrayBufferView;

export interface ToFileOptions {
  /** MIME type of the file; default: the source's own (Blob type, Response content-type). */
  type?: string;
  lastModified?: number;
}

/** Turns `value` (or a promise of it) into a `File` named `name` (default: the source's name). */
export async function toFile(
  value: ToFileInput | PromiseLike<ToFileInput>,
  name?: string | null,
  options: ToFileOptions = {},
): Promise<File> {
  const input = await value;
  const fileName = sanitizeFilename(name ?? nameOf(input) ?? '');
  const bag: FilePropertyBag = { type: options.type ?? typeOf(input) };
  if (options.lastModified !== undefined) bag.lastModified = options.lastModified;
  if (input instanceof File && fileName === input.name && bag.type === input.type && !bag.lastModified) return input;
  if (input instanceof Blob) return new File([input], fileName, bag);
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return new File([copyBytes(input)], fileName, bag);
  if (input instanceof Response) return new File([await input.blob()], fileName, bag);
  if (isFsReadStream(input)) {
    const blob = await fileBackedBlob(input);
    if (blob) return new File([blob], fileName, bag);
  }
  if (isAsyncIterable(input)) return new File(await collect(input), fileName, bag);
  if (isReadableStream(input)) return new File(await collect(readerIterable(input)), fileName, bag);
  throw new TypeError(`toFile() cannot read ${describe(input)}; pass bytes, a Blob/File, a Response, a ReadStream or an async iterable of bytes`);
}

/** True for values a file field takes without `toFile()`. */
export function isUploadable(value: unknown): value is Uploadable {
  return value instanceof Blob || value instanceof Response || isAsyncIterable(value) || isReadableStream(value);
}

/** A web ReadableStream, also where it is not async-iterable (some browsers). */
function isReadableStream(value: unknown): value is ReadableStream<unknown> {
  return typeof (value as ReadableStream | null)?.getReader === 'function';
}

async function* readerIterable(stream: ReadableStream<unknown>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    reader.releaseLock();
  }
}

export function isFsReadStream(value: unknown): value is FsReadStreamLike {
  const v = value as Partial<FsReadStreamLike> | null;
  return typeof v === 'object' && v !== null && 'path' in v && typeof v.bytesRead === 'number' &&
    typeof v.pipe === 'function' && isAsyncIterable(v);
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value != null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/** Last path segment, without characters that could break a Content-Disposition header. */
export function sanitizeFilename(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '_');
  return clean === '' || clean === '.' || clean === '..' ? 'upload' : clean;
}

function nameOf(value: unknown): string | undefined {
  if (value instanceof File) return value.name;
  if (value instanceof Response) {
    try {
      const last = new URL(value.url).pathname.split('/').pop();
      return last ? decodeURIComponent(last) : undefined;
    } catch {
      return undefined;
    }
  }
  if (isFsReadStream(value) && value.path !== undefined) return String(value.path);
  const named = (value as { name?: unknown } | null)?.name;
  return typeof named === 'string' ? named : undefined;
}

function typeOf(value: unknown): string {
  if (value instanceof Blob) return value.type;
  if (value instanceof Response) return value.headers.get('content-type') ?? '';
  return '';
}

/** With Node's `fs.openAsBlob`, a Blob that reads the file only when it is sent. */
async function fileBackedBlob(stream: FsReadStreamLike): Promise<Blob | undefined> {
  type Fs = { openAsBlob?: (path: string) => Promise<Blob> };
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as Fs | undefined;
  if (!fs?.openAsBlob || stream.path === undefined || stream.bytesRead > 0) return undefined;
  const blob = await fs.openAsBlob(String(stream.path));
  stream.destroy(); // we read the file ourselves; release the stream's descriptor
  const start = stream.start ?? 0;
  const end = stream.end === undefined || stream.end === Infinity ? undefined : stream.end + 1;
  return start > 0 || end !== undefined ? blob.slice(start, end) : blob;
}

async function collect(source: AsyncIterable<unknown>): Promise<BlobPart[]> {
  const parts: BlobPart[] = [];
  for await (const chunk of source) {
    if (typeof chunk === 'string' || chunk instanceof Blob) parts.push(chunk);
    else if (chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk)) parts.push(copyBytes(chunk));
    else throw new TypeError(`toFile() expected chunks of bytes, got ${describe(chunk)}`);
  }
  return parts;
}

function copyBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array<ArrayBuffer> {
  const view = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(view);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  return `an object of class ${(value as object).constructor?.name ?? 'Object'} with keys [${Object.keys(value).slice(0, 5).join(', ')}]`;
}

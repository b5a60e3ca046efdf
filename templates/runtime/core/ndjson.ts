/**
 * Newline-delimited JSON: the format `Stream.toReadableStream()` writes and
 * `Stream.fromReadableStream()` reads back (one JSON value per line, UTF-8).
 */
import { SDKError } from './error.js';
import type { FrameDecoder } from './frame-iterator.js';

/** Splits bytes into non-empty lines (LF or CRLF), keeping UTF-8 characters split across chunks whole. */
export class LineDecoder implements FrameDecoder<string> {
  #text = new TextDecoder('utf-8');
  #tail = '';

  push(chunk: Uint8Array): string[] {
    return this.#split(this.#text.decode(chunk, { stream: true }), false);
  }

  end(): string[] {
    return this.#split(this.#text.decode(), true);
  }

  #split(text: string, last: boolean): string[] {
    const out: string[] = [];
    let pos = 0;
    let nl = text.indexOf('\n');
    if (this.#tail && nl === -1 && !last) {
      this.#tail += text;
      return out;
    }
    if (this.#tail) {
      text = this.#tail + text;
      this.#tail = '';
      nl = text.indexOf('\n');
    }
    while (nl !== -1) {
      pushLine(out, text, pos, nl);
      pos = nl + 1;
      nl = text.indexOf('\n', pos);
    }
    if (last) pushLine(out, text, pos, text.length);
    else if (pos < text.length) this.#tail = text.slice(pos);
    return out;
  }
}

function pushLine(out: string[], text: string, start: number, end: number): void {
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  if (end > start) out.push(text.slice(start, end));
}

/** Parses one line, with an error that shows the line when it is not JSON. */
export function parseJSONLine(line: string, what: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    const shown = line.length > 200 ? `${line.slice(0, 200)}…` : line;
    throw new SDKError(`Could not parse ${what} as JSON (${(error as Error).message}): ${shown}`);
  }
}

const encoder = new TextEncoder();

/** One value as a line of NDJSON bytes. */
export function encodeJSONLine(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value) + '\n');
}

/**
 * Server-sent events decoder (WHATWG HTML "event stream interpretation"): bytes in, frames out.
 *
 * Handles `event`, `data` (several lines joined with `\n`), `id` (kept across frames, as the
 * spec's last-event-ID buffer), `retry`, comment lines, LF / CR / CRLF line endings (also a CR
 * ending one chunk and its LF starting the next), UTF-8 characters split across chunks and a
 * leading BOM. One deliberate leniency: at end of input a last line without a newline and a
 * frame without its closing blank line are still dispatched (servers often omit them).
 *
 * This is the hot path of every streamed response: lines are found with `indexOf` on decoded
 * text, never byte by byte, and only the unfinished tail of a chunk is carried over.
 */

export interface ServerSentEvent {
  /** The `event:` field, or null when the frame had none (the spec's default type "message"). */
  event: string | null;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last `id:` seen on the stream so far (spec: it persists across frames), or null. */
  id: string | null;
  /** The `retry:` value (milliseconds) given in this frame, or null. */
  retry: number | null;
}

const LF = 10;

export class SSEDecoder {
  #text = new TextDecoder('utf-8');
  /** Pieces of an unfinished line carried over from earlier chunks. */
  #tail: string[] = [];
  /** The previous chunk ended with CR: a LF at the start of the next one belongs to it. */
  #skipLF = false;
  #event: string | null = null;
  #data: string | null = null;
  #id: string | null = null;
  #retry: number | null = null;
  /** Reconnection time last announced by the server (`retry:`), or null. */
  reconnectionTime: number | null = null;

  /** Decodes one chunk of bytes; returns the frames completed by it (often none or several). */
  push(chunk: Uint8Array): ServerSentEvent[] {
    return this.#lines(this.#text.decode(chunk, { stream: true }), false);
  }

  /** Ends the input: flushes a final unterminated line and frame. */
  end(): ServerSentEvent[] {
    return this.#lines(this.#text.decode(), true);
  }

  #lines(text: string, last: boolean): ServerSentEvent[] {
    const out: ServerSentEvent[] = [];
    const n = text.length;
    let pos = 0;
    if (this.#skipLF && n > 0) {
      this.#skipLF = false;
      if (text.charCodeAt(0) === LF) pos = 1;
    }
    let nl = text.indexOf('\n', pos);
    let cr = text.indexOf('\r', pos);
    while (pos < n) {
      if (nl !== -1 && nl < pos) nl = text.indexOf('\n', pos);
      if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
      let end: number;
      let next: number;
      if (cr === -1 || (nl !== -1 && nl < cr)) {
        if (nl === -1) break;
        end = nl;
        next = nl + 1;
      } else {
        end = cr;
        next = cr + 1;
        if (next < n) {
          if (text.charCodeAt(next) === LF) next++;
        } else this.#skipLF = true;
      }
      if (this.#tail.length > 0) {
        // Only a line that started in an earlier chunk pays for a concatenation.
        const line = this.#tail.join('') + text.slice(pos, end);
        this.#tail.length = 0;
        this.#line(line, 0, line.length, out);
      } else this.#line(text, pos, end, out);
      pos = next;
    }
    if (pos < n) this.#tail.push(pos === 0 ? text : text.slice(pos));
    if (last) {
      const line = this.#tail.join('');
      this.#tail.length = 0;
      if (line) this.#line(line, 0, line.length, out);
      this.#skipLF = false;
      this.#dispatch(out);
    }
    return out;
  }

  /** Interprets the line `text[start, end)`. */
  #line(text: string, start: number, end: number, out: ServerSentEvent[]): void {
    if (start === end) return this.#dispatch(out);
    const first = text.charCodeAt(start);
    if (first === 58 /* ':' comment */) return;
    let colon = text.indexOf(':', start);
    if (colon === -1 || colon > end) colon = end;
    let valueStart = colon + 1;
    if (valueStart < end && text.charCodeAt(valueStart) === 32) valueStart++;
    const value = valueStart >= end ? '' : text.slice(valueStart, end);
    const nameLength = colon - start;
    if (nameLength === 4 && text.startsWith('data', start)) {
      this.#data = this.#data === null ? value : this.#data + '\n' + value;
    } else if (nameLength === 5 && text.startsWith('event', start)) {
      this.#event = value || null; // an empty type means the default, "message"
    } else if (nameLength === 2 && text.startsWith('id', start)) {
      if (!value.includes('\0')) this.#id = value;
    } else if (nameLength === 5 && text.startsWith('retry', start)) {
      if (/^[0-9]+$/.test(value)) this.#retry = this.reconnectionTime = Number(value);
    }
  }

  #dispatch(out: ServerSentEvent[]): void {
    if (this.#data !== null) {
      out.push({ event: this.#event, data: this.#data, id: this.#id, retry: this.#retry });
    }
    this.#data = null;
    this.#event = null;
    this.#retry = null;
  }
}

/** Decodes a whole byte stream into frames, chunk by chunk. */
export async function* iterateSSE(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new SSEDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* decoder.push(value);
    }
    yield* decoder.end();
  } finally {
    reader.releaseLock();
  }
}

/**
 * A strict `multipart/form-data` reader for the echo servers: splits the body on the boundary
 * from the Content-Type header and returns each part's name, filename, type and exact bytes.
 */
import type { Recorded } from './server.js';

export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export function parseMultipart(req: Recorded): Part[] {
  const type = req.headers['content-type'] ?? '';
  const match = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!match) throw new Error(`not multipart/form-data: content-type is "${type}"`);
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
  const body = req.body;
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  if (pos !== 0) throw new Error('multipart body does not start with the boundary');
  for (let guard = 0; guard < 10_000; guard++) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString() === '--') return parts;
    if (body.subarray(pos, pos + 2).toString() !== '\r\n') throw new Error(`no CRLF after boundary at byte ${pos}`);
    pos += 2;
    const headEnd = body.indexOf('\r\n\r\n', pos);
    if (headEnd < 0) throw new Error('part headers do not end');
    const head = body.subarray(pos, headEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
    if (next < 0) throw new Error('part does not end with the boundary');
    parts.push({ ...partHeaders(head), data: body.subarray(headEnd + 4, next) });
    pos = next + 2;
  }
  throw new Error('too many parts');
}

function partHeaders(head: string): Omit<Part, 'data'> {
  const disposition = /^content-disposition:\s*form-data;(.*)$/im.exec(head)?.[1];
  if (disposition === undefined) throw new Error(`part without Content-Disposition: ${head}`);
  const name = /\bname="((?:[^"\\]|\\.)*)"/.exec(disposition)?.[1];
  if (name === undefined) throw new Error(`part without a name: ${head}`);
  const filename = /\bfilename="((?:[^"\\]|\\.)*)"/.exec(disposition)?.[1];
  const contentType = /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim();
  return { name, ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}) };
}

/** The text value of the one non-file part named `name`. */
export function field(parts: Part[], name: string): string | undefined {
  const found = parts.filter((p) => p.name === name);
  if (found.length > 1) throw new Error(`field ${name} appears ${found.length} times`);
  return found[0]?.data.toString('utf8');
}

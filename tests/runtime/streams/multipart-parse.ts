/** A small, strict multipart/form-data parser for the echo server in the tests. */

export interface Part {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

/** Splits `body` on the boundary from `contentType`; throws on anything malformed. */
export function parseMultipart(contentType: string, body: Buffer): Part[] {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) throw new Error(`no boundary in content-type ${contentType}`);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  if (pos !== 0) throw new Error('body does not start with the boundary');
  for (;;) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString() === '--') break;
    if (body.subarray(pos, pos + 2).toString() !== '\r\n') throw new Error(`expected CRLF after boundary at ${pos}`);
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    const headers = body.subarray(pos + 2, headerEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd);
    if (headerEnd === -1 || next === -1) throw new Error('unterminated part');
    parts.push({ ...parseHeaders(headers), data: body.subarray(headerEnd + 4, next) });
    pos = next + 2;
  }
  return parts;
}

function parseHeaders(lines: string[]): Omit<Part, 'data'> {
  let name: string | undefined;
  let filename: string | undefined;
  let contentType: string | undefined;
  for (const line of lines) {
    const [key, ...rest] = line.split(':');
    const value = rest.join(':').trim();
    if (key!.toLowerCase() === 'content-type') contentType = value;
    if (key!.toLowerCase() === 'content-disposition') {
      name = /\bname="([^"]*)"/.exec(value)?.[1];
      filename = /\bfilename="([^"]*)"/.exec(value)?.[1];
    }
  }
  if (name === undefined) throw new Error(`part without a name: ${lines.join(' | ')}`);
  return { name, filename, contentType };
}

import type { SdkSettings } from '../../types.js';
import { literalType } from '../../ts/type-printer.js';
import type { ApiModel } from '../api-model.js';
import { codeSpan } from '../markdown.js';
import { variableFor } from '../method-example.js';
import { printCall } from '../print-sample.js';
import { argsWith, emptyParams, takesParams, type Showcase } from '../showcase.js';
import { blocks, program, type Section } from './section.js';

export function streamingSection(settings: SdkSettings, model: ApiModel, show: Showcase): Section | undefined {
  const m = show.streaming;
  const streaming = m?.op.streaming;
  if (!m || !streaming) return undefined;
  const flag = streaming.flag;
  const set = flag ? [{ key: flag, value: { kind: 'code' as const, text: literalType(streaming.flagValue ?? true) } }] : [];
  const call = printCall(m.callee, argsWith(model, m, set));
  const how = flag
    ? `Methods that can stream return an event stream when the request sets ${codeSpan(`${flag}: ${literalType(streaming.flagValue ?? true)}`)} (their overloads type the result accordingly), for example ${codeSpan(m.callee)}:`
    : `Some methods always answer with a stream of server-sent events, for example ${codeSpan(m.callee)}:`;
  return {
    title: 'Streaming responses',
    body: blocks(
      how,
      program(settings, `const stream = await ${call};\nfor await (const event of stream) {\n  console.log(event);\n}`),
      'Breaking out of the loop, or calling `stream.controller.abort()`, closes the connection. `stream.tee()` gives two independent streams, and `stream.toReadableStream()` turns it into a web `ReadableStream`.',
    ),
  };
}

export function paginationSection(settings: SdkSettings, model: ApiModel, show: Showcase): Section | undefined {
  const m = show.paginated;
  if (!m?.op.pagination) return undefined;
  const item = variableFor(m.op.pagination.item.kind === 'ref' ? model.ctx.typeNames.get(m.op.pagination.item.name) : undefined, 'item');
  const args = argsWith(model, m, []);
  const positional = m.op.naming?.pathParams.length ?? 0;
  const withParams = takesParams(m) && args.length === positional ? [...args, emptyParams(model, m)] : args;
  const bounded = printCall(m.callee, [...withParams, { kind: 'object', entries: [{ key: 'maxItems', value: { kind: 'code', text: '100' } }] }]);
  const plain = printCall(m.callee, args);
  const paged = m.op.pagination.style === 'none' ? 'returns its whole list in one response' : 'returns one page at a time';
  return {
    title: 'Pagination',
    body: blocks(
      `A list method such as ${codeSpan(m.callee)} ${paged}. Iterating the call with ${codeSpan('for await')} fetches further pages as needed; the ${codeSpan('maxItems')} and ${codeSpan('maxPages')} request options bound how far it goes:`,
      program(settings, `for await (const ${item} of ${bounded}) {\n  console.log(${item});\n}`),
      'Or work page by page:',
      program(settings, `let page = await ${plain};\nconsole.log(page.getPaginatedItems().length);\nwhile (page.hasNextPage()) {\n  page = await page.getNextPage();\n  console.log(page.getPaginatedItems().length);\n}`),
      `${codeSpan('page.iterPages()')} walks the pages themselves (also bounded by ${codeSpan('maxPages')}).`,
    ),
  };
}

export function uploadSection(settings: SdkSettings, model: ApiModel, show: Showcase): Section | undefined {
  const m = show.upload;
  const fields = m?.op.multipart?.fileFields ?? [];
  if (!m || fields.length === 0) return undefined;
  const value = (text: string) => fields.map((f) => ({ key: f.name, value: { kind: 'code' as const, text: f.array ? `[${text}]` : text } }));
  const fromStream = printCall(m.callee, argsWith(model, m, value(`createReadStream('input.txt')`)));
  const fromBytes = printCall(m.callee, argsWith(model, m, value(`await toFile(Buffer.from('hello'), 'hello.txt')`)));
  return {
    title: 'File uploads',
    body: blocks(
      `File fields (here ${fields.map((f) => codeSpan(f.name)).join(', ')} of ${codeSpan(m.callee)}) take a ${codeSpan('File')}, a ${codeSpan('Blob')}, a ${codeSpan('fetch')} ${codeSpan('Response')}, a Node read stream, or what ${codeSpan('toFile')} turns into a named file (bytes, a ${codeSpan('Blob')} or ${codeSpan('Response')}, a read stream, an async iterable of bytes):`,
      program(settings, `await ${fromStream};\nawait ${fromBytes};`, { named: ['toFile'], preamble: [`import { createReadStream } from 'node:fs';`] }),
    ),
  };
}

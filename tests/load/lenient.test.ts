import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SdkgenError } from '../../generator/errors.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

/**
 * Lenient loading: a structural defect with an obvious reading is repaired, reported as a
 * warning with file, line and JSON pointer, and read with a safe fallback; `strict` makes it an
 * error. Each case writes a small spec (pretty JSON, so lines are known) with one defect.
 */
type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Spec => ({
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: {
    '/a': {
      get: {
        operationId: 'a',
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/S' } } } } },
      },
    },
  },
  components: { schemas: { S: { type: 'object', properties: { x: { type: 'string' } } } } },
});
const op = (d: Spec) => d.paths['/a'].get;
const dir = mkdtempSync(join(tmpdir(), 'sdkgen-lenient-'));
const write = (name: string, d: Spec): string => {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(d, null, 1));
  return file;
};

// defect, mutation, pointer, line (of the pretty JSON), message, what the IR holds afterwards
const cases: [string, (d: Spec) => void, string, number, RegExp, (ir: ReturnType<typeof parseSpec>) => unknown, unknown][] = [
  ['null parameter schema', (d) => (op(d).parameters[0].schema = null), '#/paths/~1a/get/parameters/0/schema', 15, /^schema is null; taken as a schema that allows any value \(unknown\)$/, (ir) => ir.operations[0]!.parameters[0]!.schema.kind, 'unknown'],
  ['null property schema', (d) => (d.components.schemas.S.properties.x = null), '#/components/schemas/S/properties/x', 40, /^schema is null; taken as/, (ir) => ir.schemas.S!.schema.kind === 'object' && ir.schemas.S!.schema.properties[0]!.schema.kind, 'unknown'],
  ['null response schema', (d) => (op(d).responses['200'].content['application/json'].schema = null), '#/paths/~1a/get/responses/200/content/application~1json/schema', 25, /^schema is null; taken as/, (ir) => ir.operations[0]!.responses[0]!.contents[0]!.schema?.kind, 'unknown'],
  ['response without description', (d) => delete op(d).responses['200'].description, '#/paths/~1a/get/responses/200', 21, /^response has no "description" field; taken as an empty description$/, (ir) => ir.operations[0]!.responses[0]!.status, '200'],
  ['null description', (d) => (op(d).responses['200'].description = null), '#/paths/~1a/get/responses/200/description', 22, /^"description" is null; taken as an empty description$/, (ir) => ir.operations.length, 1],
  ['document without info', (d) => delete d.info, '#', 1, /^the document has no "info" field; taken as title "API", version "0\.0\.0"$/, (ir) => ir.info, { title: 'API', version: '0.0.0' }],
  ['info without title', (d) => delete d.info.title, '#/info', 3, /^"info" has no "title" field; taken as the title "API"$/, (ir) => ir.info.title, 'API'],
  ['null parameter', (d) => (op(d).parameters[0] = null), '#/paths/~1a/get/parameters/0', 12, /^parameter is null; left out$/, (ir) => ir.operations[0]!.parameters.length, 0],
  ['null properties', (d) => (d.components.schemas.S.properties = null), '#/components/schemas/S/properties', 39, /^"properties" is null; taken as an empty object$/, (ir) => ir.schemas.S!.schema.kind, 'object'],
  ['structural keyword beside $ref (3.0)', (d) => (op(d).responses['200'].content['application/json'].schema.properties = { y: {} }), '#/paths/~1a/get/responses/200/content/application~1json/schema', 25, /^"properties" beside "\$ref" ignored/, (ir) => ir.operations[0]!.responses[0]!.contents[0]!.schema?.kind, 'ref'],
];

describe('lenient loading', () => {
  it.each(cases)('%s: a warning at its pointer and line, and a safe reading', async (name, mutate, pointer, line, message, read, want) => {
    const d = base();
    mutate(d);
    const file = write(name.replace(/\W+/g, '-'), d);
    const ir = parseSpec(await loadSpec(file, { cache: false }));
    expect(ir.diagnostics).toHaveLength(1);
    const [w] = ir.diagnostics;
    expect(w).toMatchObject({ level: 'warning', file, pointer, line });
    expect(w!.message).toMatch(message);
    expect(read(ir)).toEqual(want);
  });

  it.each(cases)('%s: an error with strict', async (name, mutate, pointer, line, message) => {
    const d = base();
    mutate(d);
    const file = write(`strict-${name.replace(/\W+/g, '-')}`, d);
    const error = await loadSpec(file, { cache: false, strict: true })
      .then((loaded) => parseSpec(loaded, { strict: true }))
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    const [first] = (error as SdkgenError).diagnostics;
    expect(first).toMatchObject({ level: 'error', file, pointer, line });
    expect(first!.message).toMatch(message);
  });

  it('a sound document has no warnings', async () => {
    const ir = parseSpec(await loadSpec(write('sound', base()), { cache: false }));
    expect(ir.diagnostics).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['unreadable JSON', '{ "openapi": "3.0.3", ', /malformed JSON/],
    ['a parameter without "in" (no obvious reading)', JSON.stringify({ ...base(), paths: { '/a': { get: { parameters: [{ name: 'q' }], responses: {} } } } }), /has no "in" field|parameter/],
  ])('%s still fails', async (name, text, message) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, text);
    const error = await loadSpec(file, { cache: false }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as SdkgenError).diagnostics[0]!.level).toBe('error');
    expect((error as SdkgenError).message).toMatch(message);
  });

  it('a repaired document is reported again on the next load (not cached without its warnings)', async () => {
    const d = base();
    op(d).parameters[0].schema = null;
    const file = write('cached', d);
    const cache = mkdtempSync(join(tmpdir(), 'sdkgen-lenient-cache-'));
    for (let i = 0; i < 2; i++) expect((await loadSpec(file, { cache })).warnings).toHaveLength(1);
  });
});

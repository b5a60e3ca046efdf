import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SdkgenError } from '../../generator/errors.js';
import type { Diagnostic } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';

const bad = join(import.meta.dirname, '..', 'fixtures', 'load', 'bad');

async function firstProblem(fixture: string): Promise<Diagnostic> {
  const error = await loadSpec(join(bad, fixture), { cache: false }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SdkgenError);
  const diagnostic = (error as SdkgenError).diagnostics[0]!;
  expect(diagnostic.level).toBe('error');
  expect(diagnostic.stage).toBe('load');
  expect(diagnostic.expected).toMatch(/\S/); // every load error says what was expected
  return diagnostic;
}

const json = '#/paths/~1pets/get/responses/200/content/application~1json/schema';

// fixture, file the problem is in, line, pointer, message, expected
const table: [string, string, number | undefined, string | undefined, RegExp, RegExp][] = [
  ['malformed.yaml', 'malformed.yaml', 9, undefined, /^malformed YAML: All mapping items/, /valid YAML/],
  ['bad.json', 'bad.json', 4, undefined, /^malformed JSON: /, /valid JSON/],
  [
    'dangling.yaml',
    'dangling.yaml',
    14,
    json,
    /\$ref "#\/components\/schemas\/Missing" points at nothing/,
    /existing value/,
  ],
  [
    'missing-file.yaml',
    'missing-file.yaml',
    13,
    json,
    /\$ref points at .*parts\/does-not-exist\.yaml, which cannot be read \(ENOENT\)/,
    /existing, readable/,
  ],
  [
    'dangling-external.yaml',
    'parts/pets.yaml',
    7,
    '#/get/responses/200/content/application~1json/schema',
    /"defs\.yaml#\/Nope" points at nothing: .*defs\.yaml has no #\/Nope/,
    /existing value/,
  ],
  [
    'schema-not-object.yaml',
    'schema-not-object.yaml',
    11,
    '#/components/schemas/Pet/properties/name',
    /^schema is a string$/,
    /^an object or a boolean$/,
  ],
  [
    'schema-not-object-external.yaml',
    'parts/flag.yaml',
    5,
    '#/components/schemas/Flag/properties/on',
    /^schema is a boolean$/,
    /^an object$/,
  ],
  ['empty-31.yaml', 'empty-31.yaml', 1, '#', /no "paths", "webhooks" or "components"/, /at least one/],
  // missing-info.yaml: a warning now (an error with `strict`), see tests/load/lenient.test.ts
  [
    'missing-paths-30.yaml',
    'missing-paths-30.yaml',
    1,
    '#',
    /^the document has no "paths" field$/,
    /field "paths"/,
  ],
  [
    'unknown-version.yaml',
    'unknown-version.yaml',
    1,
    '#/openapi',
    /unknown OpenAPI version "4\.0\.0"/,
    /3\.0\.x" or "3\.1\.x/,
  ],
  [
    'number-version.yaml',
    'number-version.yaml',
    1,
    '#/openapi',
    /openapi version is a number/,
    /quoted string/,
  ],
  ['swagger.yaml', 'swagger.yaml', 1, '#', /Swagger 2\.0 documents are not supported/, /3\.0\.x/],
  ['paths-array.yaml', 'paths-array.yaml', 5, '#/paths', /^"paths" is an array$/, /^an object$/],
  [
    'bad-parameter.yaml',
    'bad-parameter.yaml',
    10,
    '#/paths/~1pets/get/parameters/0/in',
    /"in" is "body", which is not allowed/,
    /"query", "header", "path", "cookie"/,
  ],
  ['circular-responses.yaml', 'parts/loop.yaml', 3, '#/B', /loops back to itself/, /end/],
  ['remote.yaml', 'remote.yaml', 6, '#/paths/~1pets', /remote URL/, /relative file path/],
  ['not-an-object.yaml', 'not-an-object.yaml', 1, '#', /the document is not an object/, /"openapi"/],
];

describe('loadSpec reports bad input with file, line, pointer and what was expected', () => {
  it.each(table)('%s', async (fixture, file, line, pointer, message, expected) => {
    const d = await firstProblem(fixture);
    expect(d.file).toBe(join(bad, file));
    expect(d.line).toBe(line);
    expect(d.pointer).toBe(pointer);
    expect(d.message).toMatch(message);
    expect(d.expected).toMatch(expected);
  });

  it('formats the message as file:line pointer: message (expected ...)', async () => {
    const error = await loadSpec(join(bad, 'dangling.yaml'), { cache: false }).catch((e: unknown) => e);
    expect(String((error as Error).message)).toBe(
      `error [load] ${join(bad, 'dangling.yaml')}:14 ${json}: ` +
        '$ref "#/components/schemas/Missing" points at nothing in the document (expected a $ref to an existing value)',
    );
  });

  it('reports a missing entry file', async () => {
    const d = await firstProblem('no-such-file.yaml');
    expect(d.message).toMatch(/cannot read spec file \(ENOENT\)/);
  });
});

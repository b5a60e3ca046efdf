import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedProject } from '../../generator/project/types.js';

/**
 * A small project whose every kind of input is a file of its own, for the whole-run cache and
 * `--watch` tests: `api.yaml` (entry spec) reaches `schemas.yaml` through an external `$ref`,
 * `api.sdk.yaml` is the SDK config, and its custom code (`lib/`) holds only a README section
 * (custom code without modules: nothing to type-check, so runs stay fast).
 */
export const FIXTURE: Record<string, string> = {
  'api.yaml': [
    'openapi: 3.1.0',
    'info: { title: Shelf, version: 1.0.0 }',
    'servers: [{ url: https://shelf.example.com }]',
    'paths:',
    '  /books/{id}:',
    '    get:',
    '      operationId: getBook',
    '      parameters:',
    '        - { name: id, in: path, required: true, schema: { type: string } }',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    "            application/json: { schema: { $ref: './schemas.yaml#/Book' } }",
    '',
  ].join('\n'),
  'schemas.yaml': 'Book:\n  type: object\n  required: [title]\n  properties:\n    title: { type: string }\n',
  'api.sdk.yaml': 'client: { name: Shelf }\ncustom:\n  dir: lib\n  readme: README.md\n',
  'lib/README.md': '## Custom notes\n\nHand-written.\n',
};

/** Writes the fixture into `dir`; returns the project entry generating it into `dir/sdk` (sources only). */
export function writeFixture(dir: string): ResolvedProject {
  for (const [name, text] of Object.entries(FIXTURE)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return {
    input: join(dir, 'api.yaml'),
    output: join(dir, 'sdk'),
    sdk: join(dir, 'api.sdk.yaml'),
    strict: false,
    sourcesOnly: true,
    pointer: '#',
  };
}

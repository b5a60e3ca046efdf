import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failures, generateWithCli, runGeneratedTests } from '../e2e/run-generated.js';
import { startSteady } from '../e2e/steady.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'node_modules', '@readme', 'oas-examples');

/**
 * Specs of `@readme/oas-examples` whose wire formats differ: every parameter style and location,
 * cookies, path-level parameters, form and multipart bodies with `encoding`, file uploads, several
 * response media types, security schemes in headers, query and cookies, and whole APIs.
 */
const STEADY_SUBSET = [
  '3.0/parameters-style',
  '3.1/parameters-style',
  '3.0/parameters-cookies',
  '3.0/parameters-common',
  '3.0/form-data',
  '3.0/schema-encoding-style',
  '3.1/schema-encoding-style',
  '3.0/file-uploads',
  '3.0/response-multiple-mediatypes',
  '3.0/petstore',
  '3.1/train-travel',
  '3.0/request-examples',
  '3.0/parameters-extreme',
  '3.0/petstore-expanded',
  '3.1/petstore',
  '3.0/uspto',
  '3.0/security',
  '3.1/readme',
];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The spec as Steady gets it: a copy under `.tmp` in which an operation without `responses` (legal
 * in 3.1) declares a bare `200`, because Steady crashes on such operations (TypeError in its
 * `selectStatusCode`, answered as a 500). The package is generated from the original.
 */
async function specForSteady(spec: string, out: string): Promise<string> {
  if (!spec.endsWith('.json')) return spec; // our YAML fixture declares every response
  const doc = JSON.parse(await readFile(spec, 'utf8')) as { paths?: Record<string, Record<string, { responses?: object }>> };
  let patched = false;
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (op && (!op.responses || Object.keys(op.responses).length === 0)) {
        op.responses = { '200': { description: 'OK' } };
        patched = true;
      }
    }
  }
  if (!patched) return spec;
  await mkdir(out, { recursive: true });
  const file = join(out, 'steady-spec.json');
  await writeFile(file, JSON.stringify(doc));
  return file;
}

/**
 * Each spec generates with no config; Steady starts *without* the bracket-format flags, so it reads
 * every style from the spec; the package's own generated tests (one or two per operation) must
 * all pass against it: Steady rejects any request whose parameters or body do not match.
 */
/** Our own fixture for what the corpus does not use: `content` and allowReserved parameters, header objects, cookie lists, form `encoding`, text, raw and vendor JSON bodies, JSON + XML answers. */
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'wire', 'wire-formats.yaml');

const specFile = (id: string) =>
  id === 'fixture/wire-formats' ? FIXTURE : join(EXAMPLES, id.split('/')[0]!, 'json', `${id.split('/')[1]}.json`);

describe('corpus packages speak their spec’s wire format (Steady, spec styles)', () => {
  it.each([...STEADY_SUBSET, 'fixture/wire-formats'])('%s', async (id) => {
    const spec = specFile(id);
    const out = join(ROOT, '.tmp', 'corpus-steady', id.replace('/', '-'));
    await generateWithCli(['--spec', spec], out);
    const steady = await startSteady(await specForSteady(spec, `${out}-steady`), { formats: 'spec' });
    try {
      const report = await runGeneratedTests(out, steady.baseURL);
      expect(failures(report)).toBe('');
      expect(report.numTotalTests).toBeGreaterThan(0);
    } finally {
      await steady.stop();
    }
  }, 300_000);

  // The oracle can say no: the same operations in another wire format are rejected.
  it('Steady rejects requests in a format the spec does not declare', async () => {
    const steady = await startSteady(FIXTURE, { formats: 'spec' });
    const filter = `filter=${encodeURIComponent('{"kind":"a"}')}`;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const status = async (path: string, init: RequestInit = {}) => (await fetch(steady.baseURL + path, init)).status;
    try {
      expect(await status(`/search?${filter}&ids=1|2`)).toBe(200);
      expect(await status(`/search?${filter}&ids[]=1&ids[]=2`)).toBe(400);
      expect(await status(`/search?${filter}&ids=1,2`)).toBe(400);
      expect(await status('/search?filter[kind]=a')).toBe(400);
      expect(await status('/tokens', { method: 'POST', headers: form, body: 'grant_type=client_credentials' })).toBe(200);
      const json = { 'content-type': 'application/json' };
      expect(await status('/tokens', { method: 'POST', headers: json, body: '{"grant_type":"client_credentials"}' })).toBe(400);
      expect(await status('/images', { method: 'POST', headers: json, body: '{}' })).toBe(400);
      expect(await status('/notes/1', { method: 'PUT', headers: json, body: '"x"' })).toBe(400);
    } finally {
      await steady.stop();
    }
  }, 120_000);
});

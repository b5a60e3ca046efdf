/**
 * Every operation the IR marks multipart, called through the generated package: the body is
 * `multipart/form-data` with each file field from the IR as a file part (`name[]` for arrays).
 * Operations that also accept JSON: what is sent when no file is given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callName, callOperation, expectedPath, openaiIR } from './helpers/ir.js';
import { parseMultipart } from './helpers/multipart.js';
import { loadPackage, makeClient, type Client } from './helpers/package.js';
import { fileParams } from './helpers/params.js';
import { sendJSON, startServer, type TestServer } from './helpers/server.js';

const pkg = await loadPackage();
const ir = await openaiIR();
const multipart = ir.operations.filter((o) => o.multipart);
let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startServer((_req, res) => sendJSON(res, { id: 'x_1' }));
  client = makeClient(pkg, server.baseURL);
});
afterAll(() => server.close());

describe('every multipart operation', () => {
  it('the IR has 18 of them, 8 of which also take JSON', () => {
    expect([multipart.length, multipart.filter((o) => o.multipart!.alsoJson).length]).toEqual([18, 8]);
  });

  for (const op of multipart) {
    const files = op.multipart!.fileFields;
    const label = files.length ? files.map((f) => f.name + (f.array ? '[]' : '')).join(', ') : 'no file fields';
    it(`${callName(op)} sends multipart/form-data (${label})`, async () => {
      const params = { model: 'test-model', ...(await fileParams(pkg, op)) };
      const result = await callOperation(client, op, params);
      const req = server.requests.at(-1)!;
      expect([req.method, req.path]).toEqual([op.method.toUpperCase(), expectedPath(op)]);
      expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      const got = parseMultipart(req).map((p) => [p.name, p.filename ?? null, p.data.toString()]);
      const want: unknown[] = [];
      for (const { name, array } of files) {
        const indices = array ? [0, 1] : [0];
        for (const i of indices) want.push([array ? `${name}[]` : name, `${name}-${i}.bin`, `bytes of ${name} ${i}`]);
      }
      expect(got.filter((p) => p[1] !== null)).toEqual(want);
      expect(got.filter((p) => p[0] === 'model')).toEqual([['model', null, 'test-model']]);
      if (!op.binary) expect(result).toEqual({ id: 'x_1' });
    });
  }

  for (const op of multipart.filter((o) => o.multipart!.alsoJson)) {
    it(`${callName(op)} also takes JSON, but is sent as multipart/form-data when given no file`, async () => {
      const result = await callOperation(client, op, { model: 'test-model', prompt: 'p', metadata: { k: 'v' } });
      const req = server.requests.at(-1)!;
      expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      const got = parseMultipart(req).map((p) => [p.name, p.data.toString()]);
      expect(got).toEqual([
        ['model', 'test-model'],
        ['prompt', 'p'],
        ['metadata[k]', 'v'],
      ]);
      expect(result).toEqual({ id: 'x_1' });
    });
  }
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffFiles, loadIR } from '../../generator/diff/pipeline.js';
import { SdkgenError } from '../../generator/errors.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sdkgen-diff-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A published spec may use a path parameter it never declares (old OpenAI versions do). */
function spec(name: string, extraParam: boolean): string {
  const params = extraParam
    ? '\n      parameters: [{ name: limit, in: query, schema: { type: integer } }]'
    : '';
  const file = join(dir, name);
  writeFileSync(
    file,
    `openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /users/{user_id}:
    post:
      operationId: modifyUser${params}
      responses: { '204': { description: done } }
`,
  );
  return file;
}

describe('diff pipeline (load → parse → annotate)', () => {
  it('compares specs with undeclared path parameters, which parse alone rejects', async () => {
    const a = spec('a.yaml', true);
    const b = spec('b.yaml', false);
    await expect(loadSpec(a).then((l) => parseSpec(l))).rejects.toBeInstanceOf(SdkgenError);
    const ir = await loadIR(a);
    expect(ir.operations[0]!.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'query:limit',
      'path:user_id',
    ]);
    const report = await diffFiles(a, b);
    expect(report.changes.map((c) => c.id)).toContain('request-parameter-removed');
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIRInWorker } from '../../generator/diff/parallel.js';
import { diffFiles, loadIR } from '../../generator/diff/pipeline.js';
import { SdkgenError } from '../../generator/errors.js';

const HISTORY = join(import.meta.dirname, '..', 'fixtures', 'diff', 'history');
const LOAD = join(import.meta.dirname, '..', 'fixtures', 'load');

async function failure(run: Promise<unknown>): Promise<SdkgenError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SdkgenError);
  return error as SdkgenError;
}

describe('loading the old version on a worker thread', () => {
  it('gives the same IR as loading in this thread', async () => {
    const file = join(HISTORY, 'enum-1.yaml');
    expect(await loadIRInWorker(file, undefined, {})).toEqual(await loadIR(file));
  });

  it('gives the same report with and without the worker', async () => {
    const [a, b] = [join(HISTORY, 'embeddings-1.yaml'), join(HISTORY, 'embeddings-2.yaml')];
    const parallel = await diffFiles(a, b);
    expect(parallel.summary.breaking).toBeGreaterThan(0);
    expect(await diffFiles(a, b, undefined, { parallel: false })).toEqual(parallel);
  });

  it('reports a bad old spec with the same diagnostics (file, line, pointer) as in this thread', async () => {
    const bad = join(LOAD, 'bad', 'missing-info.yaml');
    const good = join(HISTORY, 'enum-1.yaml');
    const inThread = await failure(diffFiles(bad, good, undefined, { parallel: false }));
    const onWorker = await failure(loadIRInWorker(bad, undefined, {}));
    expect(onWorker.diagnostics).toEqual(inThread.diagnostics);
    expect((await failure(diffFiles(bad, good))).diagnostics).toEqual(inThread.diagnostics);
    expect(onWorker.diagnostics[0]!.file).toBe(bad);
  });

  it('reports the old spec first when both are bad', async () => {
    const [a, b] = [join(LOAD, 'bad', 'missing-info.yaml'), join(LOAD, 'bad', 'malformed.yaml')];
    expect((await failure(diffFiles(a, b))).diagnostics[0]!.file).toBe(a);
  });
});

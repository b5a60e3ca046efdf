import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIRInWorker, spareCore } from '../../generator/diff/parallel.js';
import { diffFiles, loadIR } from '../../generator/diff/pipeline.js';
import { SdkgenError } from '../../generator/errors.js';

const HISTORY = join(import.meta.dirname, '..', 'fixtures', 'diff', 'history');
const BAD = join(import.meta.dirname, '..', 'fixtures', 'diff', 'bad');

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
    const parallel = await diffFiles(a, b, undefined, { parallel: true });
    expect(parallel.summary.breaking).toBeGreaterThan(0);
    expect(await diffFiles(a, b, undefined, { parallel: false })).toEqual(parallel);
  });

  it('reports a bad old spec with the same diagnostics (file, line, pointer) as in this thread', async () => {
    const bad = join(BAD, 'yaml-syntax.yaml');
    const good = join(HISTORY, 'enum-1.yaml');
    const inThread = await failure(diffFiles(bad, good, undefined, { parallel: false }));
    const onWorker = await failure(loadIRInWorker(bad, undefined, {}));
    expect(onWorker.diagnostics).toEqual(inThread.diagnostics);
    expect((await failure(diffFiles(bad, good, undefined, { parallel: true }))).diagnostics).toEqual(
      inThread.diagnostics,
    );
    expect(onWorker.diagnostics[0]!.file).toBe(bad);
  });

  it('reports the old spec first when both are bad', async () => {
    const [a, b] = [join(BAD, 'yaml-syntax.yaml'), join(BAD, 'json-syntax.json')];
    expect((await failure(diffFiles(a, b, undefined, { parallel: true }))).diagnostics[0]!.file).toBe(a);
  });

  it('uses a worker when SDKGEN_DIFF_WORKERS says so, else only with a core to spare', () => {
    expect(spareCore({ SDKGEN_DIFF_WORKERS: '1' })).toBe(true);
    expect(spareCore({ SDKGEN_DIFF_WORKERS: '0' })).toBe(false);
    expect(typeof spareCore({})).toBe('boolean');
  });
});

import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SdkConfig } from '../config/types.js';
import { SdkgenError } from '../errors.js';
import type { Diagnostic, IRDocument } from '../ir/types.js';
import type { DiffOptions } from './context.js';

/**
 * Whether a worker thread would run on a core of its own: `SDKGEN_DIFF_WORKERS=1`/`0` decide;
 * otherwise there must be two cores and a 1-minute load average below one less than their
 * number. On a busy machine the worker only adds its start-up and a second JIT warm-up (about a
 * third more CPU) without shortening anything.
 */
export function spareCore(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SDKGEN_DIFF_WORKERS === '1') return true;
  if (env.SDKGEN_DIFF_WORKERS === '0') return false;
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0]! < cores - 1;
}

interface Reply {
  ir?: IRDocument;
  diagnostics?: Diagnostic[];
  message?: string;
}

/**
 * `loadIR` on a worker thread, so the two versions of a diff load at the same time on two cores
 * (the IR comes back by structured clone, a small part of the cost of loading it). Resolves to
 * undefined when the worker cannot start or fails for any reason other than a bad spec (the config
 * cannot be cloned, an internal error): the caller then loads in this thread, which reports it. A
 * bad spec rejects with the same `SdkgenError` as in this thread.
 */
export function loadIRInWorker(
  file: string,
  config: SdkConfig | undefined,
  options: DiffOptions,
): Promise<IRDocument | undefined> {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './pipeline.ts' : './pipeline.js', import.meta.url).href;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { entry, file, config, options },
    });
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: Reply) => {
      void worker.terminate();
      if (reply.ir) resolve(reply.ir);
      else if (reply.diagnostics) reject(new SdkgenError(reply.diagnostics));
      else resolve(undefined); // an internal error: loading again in this thread reports it
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

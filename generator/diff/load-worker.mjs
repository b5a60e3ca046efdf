// One spec file through load → parse → annotate on a worker thread (see `parallel.ts`). Plain
// JavaScript so it starts the same from the TypeScript sources (through tsx) and from dist/.
import { parentPort, workerData } from 'node:worker_threads';

const { entry, file, config, options } = workerData;
try {
  if (entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
  const { loadIR } = await import(entry);
  parentPort.postMessage({ ir: await loadIR(file, config, options) });
} catch (error) {
  const diagnostics = error && error.name === 'SdkgenError' ? error.diagnostics : undefined;
  parentPort.postMessage({ diagnostics, message: String(error && error.stack ? error.stack : error) });
}

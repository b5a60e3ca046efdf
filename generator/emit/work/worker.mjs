// Worker thread of the emit pool (plain JavaScript: it runs without the tsx loader). Each
// message is one job: format with prettier, transpile to JavaScript, or make a declaration
// file; the reply carries the job's id and its text or its error message.
import { parentPort } from 'node:worker_threads';

let prettier;
let ts;

async function run(job) {
  switch (job.kind) {
    case 'format':
      prettier ??= await import('prettier');
      return prettier.format(job.source, job.options);
    case 'js':
      ts ??= (await import('typescript')).default;
      return ts.transpileModule(job.source, { compilerOptions: job.options, fileName: job.fileName }).outputText;
    case 'dts': {
      ts ??= (await import('typescript')).default;
      const out = ts.transpileDeclaration(job.source, { compilerOptions: job.options, fileName: job.fileName, reportDiagnostics: true });
      if (out.diagnostics?.length) throw new Error(`${job.fileName}: not isolatedDeclarations-clean`);
      return out.outputText;
    }
    default:
      throw new Error(`unknown job kind ${job.kind}`);
  }
}

parentPort.on('message', async (job) => {
  try {
    parentPort.postMessage({ id: job.id, text: await run(job) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});

// Worker thread of the emit pool (plain JavaScript: it runs without the tsx loader). Each
// message is one job (format with prettier); the reply carries the job's id and its text or
// its error message.
import { parentPort } from 'node:worker_threads';

let prettier;

async function run(job) {
  switch (job.kind) {
    case 'format':
      prettier ??= await import('prettier');
      return prettier.format(job.source, job.options);
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

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** One job for a worker (see `worker.mjs`). */
export type Job = { kind: 'format'; source: string; options: object };

interface Slot {
  worker: Worker;
  /** Jobs posted and not answered yet. */
  inflight: number;
  /** Their total source length (a cost estimate). */
  load: number;
}

interface Pending {
  job: Job;
  resolve: (text: string) => void;
  reject: (error: Error) => void;
}

const WORKER = join(import.meta.dirname, 'worker.mjs');

/**
 * One worker per core but the main thread's, at least 1, at most 4; `SDKGEN_WORKERS=n` overrides
 * (`0`: no workers, everything on the main thread).
 * Each worker pays for warming up prettier and TypeScript in its own isolate (measured: a second
 * worker on 2 cores costs ~2 s more CPU for the OpenAI package), so the main thread, busy with
 * emitting and declarations meanwhile, counts as one of the cores.
 */
function defaultSize(): number {
  const n = Number(process.env.SDKGEN_WORKERS);
  return Number.isInteger(n) && n >= 0 ? n : Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** `SDKGEN_WORKERS=0`: the jobs on the main thread, one after another. */
async function inProcess(jobs: Job[]): Promise<string[]> {
  const prettier = await import('prettier');
  const out: string[] = [];
  for (const job of jobs) out.push(await prettier.format(job.source, job.options));
  return out;
}

/**
 * A pool of worker threads for the CPU-bound steps of emit (formatting). Workers
 * start on the first job, so a run that is all cache hits starts none. Larger jobs of a batch
 * are handed out first, so the biggest file does not start last.
 */
export class WorkPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, Pending & { slot: Slot }>();
  private nextId = 0;

  constructor(private readonly size = defaultSize()) {}

  /**
   * Runs the jobs; resolves to their texts in order, or rejects with the first failure. With
   * `eager`, every job is posted at once (to the least-loaded worker), so the workers keep going
   * while the main thread is busy with synchronous work of its own.
   */
  runAll(jobs: Job[], eager = false): Promise<string[]> {
    if (this.size === 0) return inProcess(jobs);
    const promises = jobs.map(
      (job) => new Promise<string>((resolve, reject) => this.queue.push({ job, resolve, reject })),
    );
    this.queue.sort((a, b) => b.job.source.length - a.job.source.length);
    this.pump(eager);
    return Promise.all(promises);
  }

  run(job: Job): Promise<string> {
    return this.runAll([job]).then((texts) => texts[0]!);
  }

  private pump(eager = false): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.inflight === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot && eager) slot = this.slots.reduce((a, b) => (b.load < a.load ? b : a));
      if (!slot) return;
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      slot.inflight++;
      slot.load += pending.job.source.length;
      slot.worker.ref();
      this.running.set(id, { ...pending, slot });
      slot.worker.postMessage({ id, ...pending.job });
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER), inflight: 0, load: 0 };
    slot.worker.unref(); // held open (`ref`) only while it runs a job
    slot.worker.on('message', (msg: { id: number; text?: string; error?: string }) => {
      const entry = this.running.get(msg.id);
      if (!entry) return;
      this.running.delete(msg.id);
      slot.inflight--;
      slot.load -= entry.job.source.length;
      if (slot.inflight === 0) slot.worker.unref();
      if (msg.error !== undefined) entry.reject(new Error(msg.error));
      else entry.resolve(msg.text!);
      this.pump();
    });
    slot.worker.on('error', (error) => {
      for (const [id, entry] of this.running) {
        if (entry.slot !== slot) continue;
        this.running.delete(id);
        entry.reject(error);
      }
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.pump();
    });
    this.slots.push(slot);
    return slot;
  }

  /** Stops every worker (idempotent). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

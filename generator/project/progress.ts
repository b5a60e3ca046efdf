import type { StageTimer } from '../emit/pipeline.js';

/** Where `generate` reports its stages; `silent` for `--quiet` and the programmatic API. */
export interface Progress {
  /** Runs one stage, reporting it; `count` describes its input, e.g. `288 operations`. */
  time: StageTimer;
  /** Says what the next stage works on (shown while it runs, on a terminal). */
  note(count: string): void;
  /** A line of its own (summaries, warnings). */
  line(text: string): void;
}

export const silent: Progress = { time: async (_s, run) => run(), note: () => {}, line: () => {} };

/**
 * Progress on `stream`. Always one line per finished stage with its wall and CPU time (the
 * line-oriented form CI logs keep); on a terminal also a live line while a stage runs, naming
 * the stage, its input count and the elapsed seconds, erased when the stage ends.
 */
export function progressTo(
  stream: NodeJS.WriteStream = process.stdout,
  tty = stream.isTTY === true,
): Progress {
  let count = '';
  let live: NodeJS.Timeout | undefined;
  const clear = (): void => {
    if (live) clearInterval(live);
    live = undefined;
    if (tty) stream.write('\r\x1b[K');
  };
  return {
    note: (c) => void (count = c),
    line: (text) => {
      clear();
      stream.write(`${text}\n`);
    },
    time: async (stage, run) => {
      const t = performance.now();
      const cpu = process.cpuUsage();
      if (tty) {
        const show = (): void =>
          void stream.write(
            `\r\x1b[K${stage}${count ? ` (${count})` : ''} … ${((performance.now() - t) / 1000).toFixed(1)} s`,
          );
        show();
        live = setInterval(show, 250);
        live.unref();
      }
      let result: Awaited<ReturnType<typeof run>>;
      try {
        result = await run();
      } finally {
        clear();
        count = '';
      }
      const used = process.cpuUsage(cpu);
      const cpuMs = ((used.user + used.system) / 1000).toFixed(0);
      stream.write(
        `${stage.padEnd(9)} ${(performance.now() - t).toFixed(0).padStart(6)} ms  (cpu ${cpuMs.padStart(6)} ms)\n`,
      );
      return result;
    },
  };
}

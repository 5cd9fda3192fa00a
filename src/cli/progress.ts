import { createRequire } from "node:module";
import type { SingleBar as SingleBarType } from "cli-progress";

export interface Progress {
  tick(): void;
  stop(): void;
}

/** A progress bar (files done, rate, time left) on stderr, only when stderr is a terminal. */
export function createProgress(total: number, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY || total < 2) return { tick() {}, stop() {} };
  const started = performance.now();
  const bar = new (createRequire(import.meta.url)("cli-progress") as { SingleBar: typeof SingleBarType }).SingleBar({
    stream: process.stderr,
    format: "{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}",
    hideCursor: true,
  });
  bar.start(total, 0, { rate: "0.0" });
  let done = 0;
  return {
    tick() {
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: (done / Math.max(seconds, 0.001)).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}

import { SingleBar } from "cli-progress";
import type { CliIo } from "../io.js";

/** A progress display for a known or later-known total; silent when stderr is not a terminal. */
export interface Progress {
  update(value: number, total?: number): void;
  stop(): void;
}

// Progress is for people watching a terminal; piped or captured stderr gets none.
const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/** A bar on stderr with count of total, rate and time left, only when stderr is a terminal. */
export function createProgress(io: CliIo, label: string, unit: string): Progress {
  if (io.stderr.isTTY !== true) return SILENT;

  const started = Date.now();
  let running = false;
  const bar = new SingleBar({
    stream: io.stderr,
    format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate}/s | {eta_formatted} left`,
    barsize: 30,
    hideCursor: true,
    etaBuffer: 50,
  });

  const rate = (value: number): string => {
    const seconds = (Date.now() - started) / 1000;
    return seconds > 0 ? Math.round(value / seconds).toString() : "0";
  };

  return {
    update(value, total) {
      if (!running) {
        bar.start(total ?? Math.max(value, 1), value, { rate: rate(value) });
        running = true;
        return;
      }
      if (total !== undefined) bar.setTotal(total);
      bar.update(value, { rate: rate(value) });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

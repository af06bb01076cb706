import { readFileSync, existsSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { restoreStore, snapshotStore } from "./store/snapshot.js";
import type { Store } from "./store/store.js";

export interface Persistence {
  load(): Store | undefined;
  /** Save soon (writes are coalesced). */
  schedule(store: Store): void;
  flush(store: Store): Promise<void>;
}

const DEBOUNCE_MS = 50;

/** Optional data file: loaded at start, written atomically (temp file + rename) after changes. */
export function createPersistence(file: string | undefined): Persistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = (store: Store): Promise<void> => {
    if (file === undefined) return Promise.resolve();
    const text = JSON.stringify(snapshotStore(store));
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writing = writing.then(async () => {
      await writeFile(temp, text);
      await rename(temp, file);
    });
    return writing;
  };

  return {
    load: () => (file !== undefined && existsSync(file) ? restoreStore(JSON.parse(readFileSync(file, "utf8")) as unknown) : undefined),
    schedule: (store) => {
      if (file === undefined || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void write(store);
      }, DEBOUNCE_MS);
      timer.unref();
    },
    flush: async (store) => {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      await write(store);
    },
  };
}

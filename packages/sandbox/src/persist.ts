import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { rename, unlink, writeFile } from "node:fs/promises";
import { restoreStore, snapshotStore } from "./store/snapshot.js";
import type { Store } from "./store/store.js";

export interface Persistence {
  load(): Store | undefined;
  /** Save soon (writes are coalesced); a failure is logged and the next change tries again. */
  schedule(store: Store): void;
  /** Save now; rejects when this write fails. */
  flush(store: Store): Promise<void>;
}

const DEBOUNCE_MS = 50;

/** Optional data file: loaded at start, written atomically (temp file + rename) after changes. */
export function createPersistence(file: string | undefined, log?: (line: string) => void): Persistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: Promise<void> = Promise.resolve();

  const write = (store: Store): Promise<void> => {
    if (file === undefined) return Promise.resolve();
    const text = JSON.stringify(snapshotStore(store));
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    // Each write waits for the one before (so renames land in order) but not for its success.
    const next = last.catch(() => undefined).then(async () => {
      try {
        await writeFile(temp, text);
        await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    });
    last = next;
    return next;
  };

  return {
    load: () => {
      if (file === undefined) return undefined;
      if (existsSync(file)) return readDataFile(file);
      assertCreatable(file);
      return undefined;
    },
    schedule: (store) => {
      if (file === undefined || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        // A background write has no caller to reject to: an unhandled rejection would end the process.
        write(store).catch((error: unknown) => {
          log?.(`could not write the data file ${file} (${error instanceof Error ? error.message : String(error)}); the next change tries again`);
        });
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

function readDataFile(file: string): Store {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw dataFileError(file, "is not valid JSON or cannot be read", error);
  }
  try {
    return restoreStore(value);
  } catch (error) {
    throw dataFileError(file, "is not a sandbox data file", error);
  }
}

/** A data file that cannot be created would lose every change silently: refuse it at start. */
function assertCreatable(file: string): void {
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch (error) {
    throw new Error(
      `The sandbox data file ${file} cannot be created: its folder does not exist or is not writable; create the folder or choose another path`,
      { cause: error },
    );
  }
}

function dataFileError(file: string, problem: string, cause: unknown): Error {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new Error(`The sandbox data file ${file} ${problem} (${why}); fix it, or delete it to start from the seed`, { cause });
}

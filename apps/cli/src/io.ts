/** A stream the CLI writes to; process.stdout and process.stderr fit, and so does a test buffer. */
export interface CliWritable extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

/**
 * Everything the CLI touches in the outside world, so that `run` can be driven
 * from a test or another program without a child process.
 */
export interface CliIo {
  stdout: CliWritable;
  stderr: CliWritable;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  /** Resolves when the user asks a long-running command (the sandbox) to stop. */
  waitForStop?: () => Promise<string>;
}

/** The io of the real process: its streams, environment, and SIGINT/SIGTERM as the stop request. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    waitForStop: () =>
      new Promise((resolve) => {
        const stop = (signal: string): void => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve(signal);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      }),
  };
}

/**
 * A rejected promise for something caught. The signers return promises
 * without being async functions, which would add a turn to the synchronous
 * node:crypto path; a throw inside them must still surface as a rejection.
 */
export function rejection(error: unknown): Promise<never> {
  return Promise.reject(error instanceof Error ? error : new Error(String(error)));
}

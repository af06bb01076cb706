/** Options of writes and deletes. @public */
export interface WriteOptions {
  /** Owner name; defaults to the client's owner (API reference §3.3). */
  owner?: string;
  signal?: AbortSignal;
}

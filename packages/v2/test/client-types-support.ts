import type { StreamResponse } from "@tcapi/transport";

export type {
  AddressHandle,
  BatchImportResult,
  Client,
  FileHandle,
  GroupHandleOf,
  HostHandle,
  IndicatorHandle,
} from "../src/index.js";

/** The stream type downloads resolve with. */
export type StreamResponseOf = StreamResponse;

import type { BaseUrlPreset } from "./types.js";

/** Documented base URLs (reference §1); the path prefix is part of every signed target. */
export const BASE_URL_PRESETS: Readonly<Record<BaseUrlPreset, string>> = {
  cloud: "https://app.threatconnect.com/api",
  legacy: "https://api.threatconnect.com",
  sandbox: "https://sandbox.threatconnect.com/api",
};

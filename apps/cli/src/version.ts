import { createRequire } from "node:module";

// Read at run time so the version printed is always the one in the installed package.json.
const manifest = createRequire(import.meta.url)("../package.json") as { version: string };

/** The installed version of tcapi. */
export const VERSION: string = manifest.version;

import { defineConfig } from "vitest/config";

// End-to-end tests spawn the built binary and a sandbox; a loaded 2-core machine needs room.
export const config = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default config;

import { defineConfig } from "vitest/config";

// Vitest reads its configuration from a default export; this file is tooling, not package source.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Sandbox round trips and batch polling must not time out on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

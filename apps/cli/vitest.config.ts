import { defineConfig } from "vitest/config";

// End-to-end tests spawn the built binary (often ten times in one test) and a sandbox. CI runs
// every package's tests at once on 2 cores, where one spawn can take seconds: leave room.
export const config = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});

export default config;

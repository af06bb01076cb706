import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property suites run thousands of cases; a loaded 2-core machine must not time them out.
    testTimeout: 60_000,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Suites spawn real servers, sandboxes and worker threads: two cores, so keep file parallelism modest.
    maxWorkers: 2,
  },
});

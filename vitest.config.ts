import { defineConfig } from "vitest/config";

// Two projects: `conformance` holds the cases run against a target (through the CLI, which adds the
// report writers), `self` holds the project's own tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "conformance",
          include: ["suites/**/*.test.ts"],
          globalSetup: ["fixtures/global-setup.ts"],
          sequence: { concurrent: true },
          maxConcurrency: 16,
          testTimeout: 120_000,
          hookTimeout: 60_000,
          pool: "threads",
          // Cases share no module state: re-importing the SDK and fixtures for every file costs more than it protects.
          isolate: false,
        },
      },
      {
        test: {
          name: "self",
          include: ["tests/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

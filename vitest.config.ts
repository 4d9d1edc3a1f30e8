import { defineConfig } from 'vitest/config';

/**
 * Two projects: fast unit tests that run in parallel, and tests against the built site (browser,
 * gates, search quality) that run one file at a time because they share Chromium and two cores.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/gates/**', 'test/contribute/site/**', 'test/fixtures/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/e2e/**/*.test.ts', 'test/gates/**/*.test.ts', 'test/contribute/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

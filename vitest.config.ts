import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - `unit`: pure modules, in parallel, no build, no child process: `npm run test:unit`, seconds.
 * - `tools`: tests that run our command-line tools, build fixture sites with Astro or open files
 *   in LibreOffice (child processes, tens of seconds).
 * - `site`: tests against the built site (browser, gates, search quality, wording of the pages),
 *   one file at a time because they share Chromium and two cores; they need `npm run build`.
 * `npm test` runs all three (`vitest run`).
 */
const tools = [
  'test/annex/odt.test.ts',
  'test/checks/cli.test.ts',
  'test/checks/malicious-build.test.ts',
  'test/checks/safety-build.test.ts',
  'test/checks/safety-input.test.ts',
  'test/contribute/contribution-paths.test.ts',
  'test/contribute/new-entry.test.ts',
  'test/contribute/new-from-email.test.ts',
  'test/contribute/proposal-issue.test.ts',
  'test/contribute/propose-flow.test.ts',
  'test/deploy/incremental-build.test.ts',
  'test/deploy/long-lists.test.ts',
];
const site = ['test/e2e/**/*.test.ts', 'test/gates/**/*.test.ts', 'test/contribute/site/**/*.test.ts', 'test/i18n/wording.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          // Pure modules share one module graph per worker: importing the schemas, the catalogue
          // and Astro's helpers once per worker instead of once per file is most of the time saved.
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: [...tools, ...site, 'test/fixtures/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'tools',
          include: tools,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'site',
          include: site,
          testTimeout: 120_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

// Two projects: fast unit and fixture tests in Node, and end-to-end tests that build the site and
// drive Debian's Chromium against it. `npm test` runs both; the JSON report feeds .ci/run.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Many tests load the whole gazetteer (~930 places, both layers) or run the pipeline: a
          // second of CPU each, several on a busy 2-core machine. A guard, not a time assertion.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          // On a busy 2-core machine with software WebGL a map idle can take seconds; polls wait
          // for a state, they never assert on time.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

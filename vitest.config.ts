import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', './test/support/summaryReporter.ts'],
    // Property tests and end-to-end tests may take a few seconds each on a 2-core machine.
    testTimeout: 60_000,
  },
});

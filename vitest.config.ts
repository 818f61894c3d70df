import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/support/plainSummaryReporter.ts';

// Four layers (DESIGN.md §7): core unit and property tests, integration tests on the in-memory
// Workspace, the bundle contract test on dist/, and browser tests in Chromium against the preview.
export default defineConfig({
  test: {
    reporters: ['default', new PlainSummaryReporter()],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 } },
      // The machine is shared and noisy: a whole programme erased, generated or run through the bundle can take seconds there.
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'test/fake/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'contract', include: ['test/contract/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});

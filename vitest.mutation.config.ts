import { defineConfig } from 'vitest/config';

// What `npm run mutation` runs (stryker.config.mjs): the unit and integration layers only. The
// contract and browser layers need the build and Chromium, and kill no mutant the others miss.
// MUTATION_TESTS=unit leaves out the integration layer for a quicker run.
const unitOnly = process.env.MUTATION_TESTS === 'unit';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      ...(unitOnly ? [] : [{ test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } }]),
    ],
  },
});

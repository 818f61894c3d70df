import { defineConfig } from 'vitest/config';

// What `npm run mutation` runs (stryker.config.mjs): the unit layer, and the integration tests
// that drive the mutated modules through the server (matching, documents, intake, erasure, background checks). The rest of
// the integration layer, the contract and the browser layers reach these modules only through
// code the mutants leave alone, and would make each of the run's mutants many times slower.
// MUTATION_TESTS=unit leaves out the integration tests for a quicker run.
const unitOnly = process.env.MUTATION_TESTS === 'unit';

export default defineConfig({
  test: {
    projects: [
      // The same time limits as vitest.config.ts: an instrumented run is slower, never given less time.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 } },
      ...(unitOnly
        ? []
        : [
            {
              test: {
                name: 'integration',
                include: ['test/integration/{matching,documents,intake,erase,erasureReach,backgroundCheckGate}.test.ts'],
                testTimeout: 30_000,
              },
            },
          ]),
    ],
  },
});

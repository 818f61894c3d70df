// @ts-check
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Mutation testing of the rules that protect people (DESIGN.md §7): the hard matching rules and
 * who may be a minor, consent, the ingestion keys (record ids and response keys) and the
 * document fill. A deliberate bug in them must make a test fail. `npm run mutation` prints the
 * score of each file; every one is held at 85% or more.
 *
 * Some of these live inside larger modules, so only their functions are mutated. They are found
 * by name, wherever they are under src/, so that moving code does not silently drop them.
 */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** "file:first-last" for a top-level function `name` (exported or not), up to its closing brace at column 0. */
function functionRange(name) {
  for (const file of sourceFiles('src')) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith(`export function ${name}(`) || l.startsWith(`function ${name}(`));
    if (start < 0) continue;
    const end = lines.findIndex((l, i) => i > start && l === '}');
    return `${file}:${start + 1}-${end + 1}`;
  }
  throw new Error(`stryker.config.mjs: no top-level function "${name}" under src/`);
}

/** A whole module, which must exist: a moved file would otherwise leave the run without it. */
function wholeModule(path) {
  if (!existsSync(path)) throw new Error(`stryker.config.mjs: ${path} is gone; point the mutation run at where it moved`);
  return path;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Stryker rewrites a tsconfig's `extends` and `references` through TypeScript's JavaScript API,
  // which TypeScript 7 no longer ships; ours has neither, so it is pointed at no file at all.
  tsconfigFile: '.stryker-tmp/no-tsconfig-to-rewrite.json',
  mutate: [
    wholeModule('src/core/matching/rules.ts'),
    wholeModule('src/core/matching/minors.ts'),
    wholeModule('src/core/matching/settings.ts'),
    // The same rules compiled for cohorts and suggestions: held against rules.ts by a property test.
    wholeModule('src/core/matching/compiled.ts'),
    // The cohort's sieve of those rules, before they are checked pair by pair: a pair it drops is never proposed.
    wholeModule('src/core/matching/meetingFilter.ts'),
    // The facts the rules read: training, capacity, consent, screening, who may be a minor.
    functionRange('baseProfile'),
    functionRange('mentorProfile'),
    functionRange('menteeProfile'),
    // A mentor's background check: valid, missing or expired on the matching day (the gate reads it).
    wholeModule('src/core/matching/readiness.ts'),
    // Which rows of Sensitive details are background checks: another kind read as one would count for the gate.
    wholeModule('src/server/privacy/backgroundChecks.ts'),
    wholeModule('src/core/privacy/consent.ts'),
    wholeModule('src/core/ids.ts'),
    functionRange('responseKeyFor'),
    // Ids for new records found without reading the sheet: an id given twice would merge two people.
    functionRange('findingIdIssuer'),
    // The searches that find a response's record, its duplicates and taken ids: one that misses loses the link.
    wholeModule('src/server/workspace/lookup.ts'),
    wholeModule('src/core/documents/templateEngine.ts'),
    wholeModule('src/core/documents/generationPlan.ts'),
    // Erasure: its reach, and the code that walks it over sheets and files.
    wholeModule('src/core/privacy/erasureReach.ts'),
    wholeModule('src/server/privacy/erase.ts'),
    wholeModule('src/server/privacy/eraseFiles.ts'),
    // The early warnings: a diary's concern or a request for support, a pair that stopped meeting.
    wholeModule('src/core/supervision/warnings.ts'),
  ],
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress'],
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 95, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

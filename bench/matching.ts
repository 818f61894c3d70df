import { type AssignmentProblem, assign, assignGreedy } from '../src/core/matching/assignment';
import { printTable, timeIt } from './table';

/** A deterministic pseudo-random generator, so every run measures the same instances. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A cohort: about a third of the pairs are forbidden by a hard rule, capacities 1 or 2. */
export function randomCohort(mentees: number, mentors: number, seed: number): AssignmentProblem {
  const random = seeded(seed);
  const scores = new Float64Array(mentees * mentors);
  for (let i = 0; i < scores.length; i++) scores[i] = random() < 0.33 ? -1 : Math.round(random() * 100);
  return {
    menteeIds: Array.from({ length: mentees }, (_, i) => `ME-${i}`),
    mentorIds: Array.from({ length: mentors }, (_, k) => `MT-${k}`),
    capacities: Array.from({ length: mentors }, () => (random() < 0.3 ? 2 : 1)),
    score: (i, k) => {
      const s = scores[i * mentors + k]!;
      return s < 0 ? null : s;
    },
  };
}

export function cohortBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [100, 500, 2_000]) {
    const problem = randomCohort(size, size, size);
    let optimal = assign(problem);
    let greedy = assignGreedy(problem);
    const optimalMs = timeIt(1, () => {
      optimal = assign(problem);
    });
    const greedyMs = timeIt(1, () => {
      greedy = assignGreedy(problem);
    });
    rows.push([`${size.toLocaleString('en-GB')}×${size.toLocaleString('en-GB')}`, optimalMs, greedyMs, optimal.total, greedy.total, optimal.total / greedy.total, optimal.matched, greedy.matched]);
  }
  printTable(
    'Cohort matching: optimal assignment against greedy (random cohorts, a third of pairs forbidden, capacities 1 or 2)',
    ['mentees×mentors', 'optimal ms', 'greedy ms', 'optimal total', 'greedy total', 'optimal ÷ greedy', 'matched (optimal)', 'matched (greedy)'],
    rows,
  );
}

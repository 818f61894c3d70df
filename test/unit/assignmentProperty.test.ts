import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign as assignPrevious } from '../../bench/previousAssignment';
import { type Assignment, type AssignmentProblem, assign, assignGreedy, FORBIDDEN } from '../../src/core/matching/assignment';
import type { AllowedPairs } from '../../src/core/matching/sparseAssignment';

/** How forbidden pairs reach the solver: through `score` (null), or in a `scoreMatrix` written three ways. */
type Channel = 'callback' | 'matrix -1' | 'matrix -Infinity' | 'matrix NaN' | 'matrix FORBIDDEN' | 'Float32 FORBIDDEN' | 'Float32 -Infinity' | 'allowed pairs';
/** Every channel; 'allowed pairs' is how the cohort passes its scores (groupScores), to the sparse solver. */
const CHANNELS: readonly Channel[] = [
  'callback',
  'matrix -1',
  'matrix -Infinity',
  'matrix NaN',
  'matrix FORBIDDEN',
  'Float32 FORBIDDEN',
  'Float32 -Infinity',
  'allowed pairs',
];
/** A Float32Array rounds fractional scores, so fractional instances use the 64-bit channels only. */
const EXACT_CHANNELS: readonly Channel[] = ['callback', 'matrix -1', 'matrix -Infinity', 'matrix NaN', 'matrix FORBIDDEN', 'allowed pairs'];

/** The allowed pairs alone, row by row in increasing mentor order, in 64 bits. */
function allowedPairsOf(scores: (number | null)[][]): AllowedPairs {
  const start = [0];
  const mentor: number[] = [];
  const score: number[] = [];
  for (const row of scores) {
    row.forEach((s, k) => {
      if (s === null) return;
      mentor.push(k);
      score.push(s);
    });
    start.push(mentor.length);
  }
  return { start: Int32Array.from(start), mentor: Int32Array.from(mentor), score: Float64Array.from(score) };
}

interface Instance {
  scores: (number | null)[][];
  capacities: number[];
}

function problemOf({ scores, capacities }: Instance, maximiseMatched: boolean, channel: Channel): AssignmentProblem {
  const m = capacities.length;
  const problem: AssignmentProblem = {
    menteeIds: scores.map((_, i) => `E${i}`),
    mentorIds: capacities.map((_, k) => `M${k}`),
    capacities,
    score: (i, k) => scores[i]![k]!,
    maximiseMatched,
  };
  if (channel === 'callback') return problem;
  const neverCalled = () => {
    throw new Error('score() called although the scores were given whole');
  };
  if (channel === 'allowed pairs') return { ...problem, allowedPairs: allowedPairsOf(scores), score: neverCalled };
  const forbidden = channel === 'matrix -1' ? -1 : channel === 'matrix NaN' ? Number.NaN : channel.endsWith('FORBIDDEN') ? FORBIDDEN : Number.NEGATIVE_INFINITY;
  const matrix = channel.startsWith('Float32') ? new Float32Array(scores.length * m) : new Float64Array(scores.length * m);
  scores.forEach((row, i) => {
    row.forEach((s, k) => {
      matrix[i * m + k] = s ?? forbidden;
    });
  });
  // The matrix alone must be enough: a solver that still called `score` would fail here.
  return {
    ...problem,
    scoreMatrix: matrix,
    score: neverCalled,
  };
}

/** Capacities respected, no forbidden pair used, and the reported total and count are those of the pairs. */
function expectFeasible(instance: Instance, result: Assignment): void {
  const used = instance.capacities.map(() => 0);
  let total = 0;
  expect(result.mentorOf).toHaveLength(instance.scores.length);
  result.mentorOf.forEach((k, i) => {
    if (k === -1) return;
    expect(k).toBeGreaterThanOrEqual(0);
    expect(k).toBeLessThan(instance.capacities.length);
    const s = instance.scores[i]![k]!;
    expect(s).not.toBeNull();
    total += s!;
    used[k]!++;
  });
  used.forEach((count, k) => {
    expect(count).toBeLessThanOrEqual(Math.max(0, instance.capacities[k]!));
  });
  expect(result.matched).toBe(result.mentorOf.filter((k) => k >= 0).length);
  expect(result.total).toBeCloseTo(total, 9);
}

/** Random instances: capacities 0–3, a share of forbidden pairs from none to most, scores from a narrow range (many ties) or 0–100. */
function instances(maxMentees: number, maxMentors: number, value: fc.Arbitrary<number>): fc.Arbitrary<Instance> {
  return fc
    .record({
      mentees: fc.integer({ min: 0, max: maxMentees }),
      mentors: fc.integer({ min: 0, max: maxMentors }),
      forbiddenShare: fc.constantFrom(0, 0.2, 0.5, 0.9),
    })
    .chain(({ mentees, mentors, forbiddenShare }) =>
      fc.record({
        scores: fc.array(
          fc
            .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), value), { minLength: mentors, maxLength: mentors })
            .map((row) => row.map(([draw, s]) => (draw < forbiddenShare ? null : s))),
          { minLength: mentees, maxLength: mentees },
        ),
        capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      }),
    );
}

const wholeScores = fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 100 }));

/** Every mentee wants the same mentors: a popularity per mentor plus a little noise, some pairs forbidden. */
const correlatedInstances: fc.Arbitrary<Instance> = fc
  .record({ mentees: fc.integer({ min: 1, max: 40 }), mentors: fc.integer({ min: 1, max: 30 }), seed: fc.integer() })
  .chain(({ mentees, mentors }) =>
    fc.record({
      popularity: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: mentors, maxLength: mentors }),
      noise: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 5 }), { minLength: mentors, maxLength: mentors }), {
        minLength: mentees,
        maxLength: mentees,
      }),
      capacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: mentors, maxLength: mentors }),
    }),
  )
  .map(({ popularity, noise, capacities }) => ({
    capacities,
    scores: noise.map((row) => row.map((e, k) => (e === null ? null : popularity[k]! + e))),
  }));

describe('assignment: the new solver against the previous one', () => {
  const cases = [
    { name: 'small', instance: instances(7, 5, wholeScores), runs: 300 },
    { name: 'medium', instance: instances(45, 35, wholeScores), runs: 120 },
  ];
  for (const { name, instance, runs } of cases) {
    it(`finds the same total and matched count on ${name} instances with whole scores, by every channel, and stays feasible`, () => {
      fc.assert(
        fc.property(instance, fc.boolean(), fc.constantFrom(...CHANNELS), (inst, maximiseMatched, channel) => {
          const expected = assignPrevious(problemOf(inst, maximiseMatched, 'callback'));
          const result = assign(problemOf(inst, maximiseMatched, channel));
          expect(result.total).toBe(expected.total);
          expect(result.matched).toBe(expected.matched);
          expectFeasible(inst, result);
        }),
        { numRuns: runs },
      );
    });
  }

  it('finds the same optimum with fractional scores (to rounding), and the same count when it comes first', () => {
    const fractional = fc.integer({ min: 0, max: 10_000 }).map((s) => s / 100);
    fc.assert(
      fc.property(instances(30, 25, fractional), fc.boolean(), fc.constantFrom(...EXACT_CHANNELS), (inst, maximiseMatched, channel) => {
        const expected = assignPrevious(problemOf(inst, maximiseMatched, 'callback'));
        const result = assign(problemOf(inst, maximiseMatched, channel));
        expect(result.total).toBeCloseTo(expected.total, 6);
        if (maximiseMatched) expect(result.matched).toBe(expected.matched);
        expectFeasible(inst, result);
      }),
      { numRuns: 120 },
    );
  });

  it('finds the same optimum when every mentee wants the same mentors (correlated scores, long augmenting paths)', () => {
    fc.assert(
      fc.property(correlatedInstances, fc.boolean(), (inst, maximiseMatched) => {
        const expected = assignPrevious(problemOf(inst, maximiseMatched, 'callback'));
        const result = assign(problemOf(inst, maximiseMatched, 'matrix -1'));
        expect(result.total).toBe(expected.total);
        expect(result.matched).toBe(expected.matched);
        expectFeasible(inst, result);
      }),
      { numRuns: 150 },
    );
  });
});

describe('assignment: the sparse solver (allowed pairs only) gives the dense solver’s very pairs', () => {
  const samePairs = (inst: Instance, maximiseMatched: boolean) => {
    const dense = assign(problemOf(inst, maximiseMatched, 'matrix FORBIDDEN'));
    const sparse = assign(problemOf(inst, maximiseMatched, 'allowed pairs'));
    expect(sparse).toEqual(dense);
    expectFeasible(inst, sparse);
  };

  it('with whole scores that tie often, small and medium, matched first or not', () => {
    fc.assert(fc.property(instances(7, 5, wholeScores), fc.boolean(), samePairs), { numRuns: 300 });
    fc.assert(fc.property(instances(45, 35, wholeScores), fc.boolean(), samePairs), { numRuns: 120 });
  });

  it('with fractional scores, and with correlated ones (long augmenting paths through full mentors)', () => {
    const fractional = fc.integer({ min: 0, max: 10_000 }).map((s) => s / 100);
    fc.assert(fc.property(instances(30, 25, fractional), fc.boolean(), samePairs), { numRuns: 120 });
    fc.assert(fc.property(correlatedInstances, fc.boolean(), samePairs), { numRuns: 150 });
  });

  it('keeps reading a full mentor’s mentees in order, and stops at the first mentor with room at the distance reached', () => {
    // Found by a mutant that read on past that first mentor: random instances reach this case about once in 400.
    const scores = [
      [2, 0, 2, 1],
      [2, 2, 2, 1],
      [2, 2, 1, 0],
      [2, 0, 1, 1],
      [1, 1, 2, 2],
      [1, 0, 1, 2],
    ];
    const inst = { scores, capacities: [2, 2, 3, 3] };
    const expected = { mentorOf: [2, 0, 1, 0, 2, 3], total: 12, matched: 6 };
    expect(assign(problemOf(inst, true, 'matrix FORBIDDEN'))).toEqual(expected);
    expect(assign(problemOf(inst, true, 'allowed pairs'))).toEqual(expected);
  });

  it('puts the total first with fractional allowed pairs, and the count first only with maximiseMatched', () => {
    // Both matched: 0.95 for two people; one alone: 1.0. A whole-number objective (scale n + 1, 1 per person) would take the two.
    const inst = {
      scores: [
        [1, 0.1],
        [0.85, null],
      ],
      capacities: [1, 1],
    };
    expect(assign(problemOf(inst, false, 'allowed pairs'))).toEqual({ mentorOf: [0, -1], total: 1, matched: 1 });
    expect(assign(problemOf(inst, true, 'allowed pairs'))).toEqual({ mentorOf: [1, 0], total: 0.95, matched: 2 });
    // The same scores in whole hundredths keep the total first too: 100 alone against 95 for two.
    const hundredths = {
      ...inst,
      scores: [
        [100, 10],
        [85, null],
      ],
    };
    expect(assign(problemOf(hundredths, false, 'allowed pairs'))).toEqual({ mentorOf: [0, -1], total: 100, matched: 1 });
  });

  it('leaves unmatched a mentee with no allowed pair, never uses a mentor without places, and takes a score of 0', () => {
    const inst = {
      scores: [
        [null, null],
        [5, 9],
        [0, null],
      ],
      capacities: [1, 0],
    };
    expect(assign(problemOf(inst, false, 'allowed pairs'))).toEqual({ mentorOf: [-1, 0, -1], total: 5, matched: 1 });
    expect(assign(problemOf({ scores: [[0]], capacities: [1] }, false, 'allowed pairs'))).toEqual({ mentorOf: [0], total: 0, matched: 1 });
  });

  it('refuses pairs it could not read right, naming what is wrong', () => {
    const base = { menteeIds: ['E0', 'E1'], mentorIds: ['M0', 'M1'], capacities: [1, 1], score: () => null };
    const pairs = (start: number[], mentor: number[], score: number[]) => ({
      ...base,
      allowedPairs: { start: Int32Array.from(start), mentor: Int32Array.from(mentor), score: Float64Array.from(score) },
    });
    expect(assign(pairs([0, 1, 2], [1, 0], [3, 4])).total).toBe(7);
    expect(() => assign(pairs([0, 1], [1], [3]))).toThrow(/does not describe 2 mentees/);
    expect(() => assign(pairs([1, 1, 2], [1, 0], [3, 4]))).toThrow(/does not describe/);
    expect(() => assign(pairs([0, 1, 3], [1, 0], [3, 4]))).toThrow(/does not describe/);
    expect(() => assign(pairs([0, 1, 2], [1, 0], [3]))).toThrow(/2 mentors, 1 scores/);
    expect(() => assign(pairs([0, 1, 0], [1, 0], [3, 4]))).toThrow(/ends before it starts/);
    expect(() => assign(pairs([0, 2, 2], [1, 0], [3, 4]))).toThrow(/distinct, increasing/);
    expect(() => assign(pairs([0, 2, 2], [1, 1], [3, 4]))).toThrow(/distinct, increasing/);
    expect(() => assign(pairs([0, 1, 2], [2, 0], [3, 4]))).toThrow(/below 2/);
    expect(() => assign(pairs([0, 1, 2], [-1, 0], [3, 4]))).toThrow(/below 2/);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => assign(pairs([0, 1, 2], [1, 0], [bad, 4]))).toThrow(/an allowed pair scores 0 or more/);
  });
});

describe('assignment: edges', () => {
  const one = (scores: (number | null)[][], capacities: number[], maximiseMatched = false) =>
    assign(problemOf({ scores, capacities }, maximiseMatched, 'callback'));

  it('matches nobody when there are no mentees, no mentors, no places or only forbidden pairs', () => {
    expect(one([], [1])).toEqual({ mentorOf: [], total: 0, matched: 0 });
    expect(one([[], []], [])).toEqual({ mentorOf: [-1, -1], total: 0, matched: 0 });
    expect(one([[50, 60]], [0, 0])).toEqual({ mentorOf: [-1], total: 0, matched: 0 });
    expect(one([[null, null]], [1, 1], true)).toEqual({ mentorOf: [-1], total: 0, matched: 0 });
  });

  it('fills a capacity exactly, not beyond: at, below and above the number of mentees who want the mentor', () => {
    const want = [[90], [80], [70]];
    expect(one(want, [2])).toMatchObject({ mentorOf: [0, 0, -1], total: 170, matched: 2 });
    expect(one(want, [3])).toMatchObject({ total: 240, matched: 3 });
    expect(one(want, [4])).toMatchObject({ total: 240, matched: 3 });
  });

  it('matches a score of 0 (allowed is not forbidden), and prefers more people at an equal total', () => {
    expect(one([[0]], [1])).toMatchObject({ mentorOf: [0], total: 0, matched: 1 });
    // The second mentee on B adds nothing to the total but one more person matched: it is taken.
    expect(
      one(
        [
          [50, null],
          [50, 0],
        ],
        [1, 1],
      ),
    ).toMatchObject({ total: 50, matched: 2 });
  });

  it('puts the count first only with maximiseMatched', () => {
    const scores = [
      [100, 1],
      [50, null],
    ];
    expect(one(scores, [1, 1])).toMatchObject({ mentorOf: [0, -1], total: 100, matched: 1 });
    expect(one(scores, [1, 1], true)).toMatchObject({ mentorOf: [1, 0], total: 51, matched: 2 });
  });

  it('treats a negative score as forbidden, and refuses an infinite score or a matrix of the wrong size', () => {
    expect(one([[-5, 20]], [1, 1])).toMatchObject({ mentorOf: [1], total: 20 });
    expect(() => one([[Number.POSITIVE_INFINITY]], [1])).toThrow(/infinite/);
    const problem = problemOf({ scores: [[1, 2]], capacities: [1, 1] }, false, 'matrix -1');
    expect(() => assign({ ...problem, scoreMatrix: new Float64Array(3) })).toThrow(/3 entries; 1 mentees × 2 mentors need 2/);
    expect(() => assign({ ...problem, scoreMatrix: Float64Array.of(1, Number.POSITIVE_INFINITY) })).toThrow(/infinite/);
    expect(() => assign({ ...problem, capacities: [1] })).toThrow(/1 capacities for 2 mentors/);
  });

  it('reads an integer score matrix in place or through a copy, with the same result', () => {
    const scores = [
      [5, 9, null],
      [7, null, 3],
      [null, 8, 8],
    ];
    const expected = one(scores, [1, 2, 1]);
    const base = problemOf({ scores, capacities: [1, 2, 1] }, false, 'callback');
    expect(assign({ ...base, scoreMatrix: Int16Array.of(5, 9, -1, 7, -1, 3, -1, 8, 8) })).toEqual(expected);
    expect(
      assign({ ...base, scoreMatrix: Float32Array.of(5, 9, Number.NEGATIVE_INFINITY, 7, Number.NEGATIVE_INFINITY, 3, Number.NEGATIVE_INFINITY, 8, 8) }),
    ).toEqual(expected);
  });

  it('keeps fractional scores exact when they come by callback: the compact copy widens to 64 bits at the first, keeping what was read', () => {
    // 0.3 in 32 bits is 0.30000001192092896: a copy that stayed narrow would change the total.
    const scores = [
      [7, null],
      [null, 0.3],
    ];
    expect(one(scores, [1, 1])).toEqual({ mentorOf: [0, 1], total: 7.3, matched: 2 });
    // A whole number too large for 32 bits is read exactly too.
    expect(one([[2 ** 24 + 1]], [1])).toEqual({ mentorOf: [0], total: 2 ** 24 + 1, matched: 1 });
  });

  it('puts the total first with fractional scores, matched or read in place (no whole-number objective for them)', () => {
    // Matching both gives 0.9 for two people, one alone 1.0: the higher total wins without maximiseMatched.
    const scores = [
      [1, 0],
      [0.9, null],
    ];
    expect(one(scores, [1, 1])).toEqual({ mentorOf: [0, -1], total: 1, matched: 1 });
    const base = problemOf({ scores, capacities: [1, 1] }, false, 'matrix FORBIDDEN');
    expect(assign(base)).toEqual({ mentorOf: [0, -1], total: 1, matched: 1 });
    expect(assign({ ...base, scoreMatrix: Float64Array.of(1, 0, 0.9, -1) })).toEqual({ mentorOf: [0, -1], total: 1, matched: 1 });
    expect(one(scores, [1, 1], true)).toEqual({ mentorOf: [1, 0], total: 0.9, matched: 2 });
  });

  it('solves again on a copy when a matrix read in place writes a forbidden pair as -1 or NaN that the answer would take', () => {
    // Read as scores, the -1 pairs would match everyone (maximiseMatched); they are forbidden, so one mentee stays out.
    const minusOne = Float64Array.of(10, -1, -1, 20);
    const problem = {
      ...problemOf(
        {
          scores: [
            [10, null],
            [null, 20],
          ],
          capacities: [1, 1],
        },
        true,
        'callback',
      ),
      scoreMatrix: minusOne,
    };
    expect(assign(problem)).toEqual({ mentorOf: [0, 1], total: 30, matched: 2 });
    const crowded = { ...problemOf({ scores: [[10], [null]], capacities: [2] }, true, 'callback'), scoreMatrix: Float64Array.of(10, -1) };
    expect(assign(crowded)).toEqual({ mentorOf: [0, -1], total: 10, matched: 1 });
    const nan = { ...crowded, scoreMatrix: Float64Array.of(10, Number.NaN) };
    expect(assign(nan)).toEqual({ mentorOf: [0, -1], total: 10, matched: 1 });
    // NaN must not hide the mentor from everyone else: the other mentee's pair with it stays usable.
    const nanBeside = { ...problemOf({ scores: [[null], [30]], capacities: [1] }, false, 'callback'), scoreMatrix: Float64Array.of(Number.NaN, 30) };
    expect(assign(nanBeside)).toEqual({ mentorOf: [-1, 0], total: 30, matched: 1 });
  });

  it('reads every mentor in the first pass, a full one with the best score included, and still takes a tied mentor with room', () => {
    // Mentor 0 is full (capacity 0) and scores best; mentor 2 ties with mentor 1, which the first mentee takes.
    const scores = [
      [99, 50, 50],
      [99, 50, 50],
    ];
    expect(one(scores, [0, 1, 1])).toEqual({ mentorOf: [1, 2], total: 100, matched: 2 });
    expect(one([[99, null]], [0, 1])).toEqual({ mentorOf: [-1], total: 0, matched: 0 });
  });
});

describe('assignGreedy (the baseline a coordinator would reach by hand)', () => {
  const problem = (scores: (number | null)[][], capacities: number[]): AssignmentProblem => problemOf({ scores, capacities }, false, 'callback');

  it('takes the best remaining pair first, within capacities, never a forbidden one', () => {
    const scores = [
      [90, 80],
      [85, null],
      [70, 60],
    ];
    expect(assignGreedy(problem(scores, [1, 2]))).toEqual({ mentorOf: [0, -1, 1], total: 150, matched: 2 });
    expect(assignGreedy(problem(scores, [2, 1]))).toEqual({ mentorOf: [0, 0, 1], total: 235, matched: 3 });
    expect(assignGreedy(problem(scores, [0, 0]))).toEqual({ mentorOf: [-1, -1, -1], total: 0, matched: 0 });
  });

  it('breaks ties by mentee, then by mentor, in index order', () => {
    const tied = [
      [50, 50],
      [50, 50],
    ];
    expect(assignGreedy(problem(tied, [1, 1])).mentorOf).toEqual([0, 1]);
    expect(assignGreedy(problem(tied, [2, 2])).mentorOf).toEqual([0, 0]);
  });
});

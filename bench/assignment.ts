import { spawnSync } from 'node:child_process';
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import munkres from 'munkres';
import { type Assignment, type AssignmentProblem, assign, FORBIDDEN } from '../src/core/matching/assignment';
import { seeded } from './matching';
import { assign as assignPrevious } from './previousAssignment';
import { printTable } from './table';

/**
 * The assignment alone, at growing sizes, against the previous solver and the npm package
 * `munkres`. Each measurement runs in its own Node process (this bundle, started again with
 * PMD_ASSIGNMENT_CHILD set), so that its peak RSS is its own and no solver warms the JIT or the
 * heap for another. BENCH_QUICK=1 stops at 2,000 mentees.
 */

export type Family = 'uniform' | 'correlated';
export type SolverName = 'new' | 'new-infinity' | 'new-copy' | 'new-callback' | 'previous' | 'munkres';

const FORBIDDEN_SHARE = 0.2;

/**
 * n mentees × n mentors, capacities 1–3, 20% of pairs forbidden (written -1, as the cohort writes
 * them). Uniform: a score drawn from 0–100. Correlated: the mentor's popularity (0–90) plus a small
 * noise (0–10), so that every mentee ranks the mentors much the same, which makes augmenting paths
 * long. Real-valued by default (no ties: the hard case); `whole` rounds down, as cohort scores are.
 */
export function assignmentInstance(family: Family, mentees: number, whole = false): { capacities: number[]; scores: Float64Array; places: number } {
  const random = seeded(mentees * 31 + (family === 'uniform' ? 1 : 2));
  const draw = (range: number) => (whole ? Math.floor(random() * (range + 1)) : random() * range);
  const mentors = mentees;
  const capacities = Array.from({ length: mentors }, () => 1 + Math.floor(random() * 3));
  const popularity = Array.from({ length: mentors }, () => draw(90));
  const scores = new Float64Array(mentees * mentors);
  for (let i = 0; i < mentees; i++) {
    for (let k = 0; k < mentors; k++) {
      const forbidden = random() < FORBIDDEN_SHARE;
      const s = family === 'uniform' ? draw(100) : popularity[k]! + draw(10);
      scores[i * mentors + k] = forbidden ? -1 : s;
    }
  }
  return { capacities, scores, places: capacities.reduce((a, b) => a + b, 0) };
}

/** The problem as a caller poses it: scores through `score()` only, or also as a `scoreMatrix` (forbidden -1, -Infinity or FORBIDDEN). */
export function assignmentProblem(
  capacities: number[],
  scores: Float64Array,
  matrix: 'none' | 'minus one' | 'minus infinity' | 'forbidden',
): AssignmentProblem {
  const m = capacities.length;
  const n = scores.length / m;
  const problem: AssignmentProblem = {
    menteeIds: Array.from({ length: n }, (_, i) => `ME-${i}`),
    mentorIds: capacities.map((_, k) => `MT-${k}`),
    capacities,
    score: (i, k) => (scores[i * m + k]! < 0 ? null : scores[i * m + k]!),
    maximiseMatched: true,
  };
  if (matrix === 'none') return problem;
  if (matrix === 'minus one') return { ...problem, scoreMatrix: scores };
  return { ...problem, scoreMatrix: scores.map((s) => (s < 0 ? (matrix === 'forbidden' ? FORBIDDEN : Number.NEGATIVE_INFINITY) : s)) };
}

/**
 * munkres minimises cost on a matrix, so each mentor becomes one column per place, a score s costs
 * -s and a forbidden pair costs more than any total of scores: the optimum then matches as many as
 * possible, then maximises the total, the same objective as `maximiseMatched`.
 */
function munkresMatrix(capacities: number[], scores: Float64Array): { rows: Float64Array[]; slots: number[] } {
  const m = capacities.length;
  const n = scores.length / m;
  const slots = capacities.flatMap((c, k) => Array.from({ length: c }, () => k));
  const big = 100 * n + 1;
  const rows = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(slots.length);
    slots.forEach((k, c) => {
      const s = scores[i * m + k]!;
      row[c] = s < 0 ? big : -s;
    });
    return row;
  });
  return { rows, slots };
}

function munkresAssignment(
  capacities: number[],
  scores: Float64Array,
  rows: Float64Array[],
  slots: number[],
): { pairs: [number, number][]; result: () => Assignment } {
  const m = capacities.length;
  const pairs = munkres(rows) as [number, number][];
  return {
    pairs,
    result: () => {
      const mentorOf = new Array<number>(rows.length).fill(-1);
      let total = 0;
      let matched = 0;
      for (const [i, c] of pairs) {
        const s = scores[i * m + slots[c]!]!;
        if (s < 0) continue;
        mentorOf[i] = slots[c]!;
        total += s;
        matched++;
      }
      return { mentorOf, total, matched };
    },
  };
}

interface ChildJob {
  solver: SolverName;
  family: Family;
  whole: boolean;
  mentees: number;
}

interface ChildResult {
  /** CPU time of the solve (user + system, this process), median of the runs. */
  ms: number;
  runs: number;
  total: number;
  matched: number;
  places: number;
  /** Peak RSS of the whole process, MB. */
  peakMb: number;
  /** Peak RSS over what it was once the scores were built (for munkres, its matrix is counted here), MB. */
  solverMb: number;
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** CPU milliseconds of `fn`: on a shared machine, wall time mostly measures the neighbours. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Every solver gets the same protocol. A first run of 2 s or more is the figure (the JIT's warm-up
 * is lost in it). A quicker first run is a warm-up, untimed, as in a server that has run once
 * (before, munkres alone had one, which favoured it on the quick instances): then the median of 3
 * timed runs, or of 5 under 0.2 s.
 */
function medianCpuMs(fn: () => void): { ms: number; runs: number } {
  const first = cpuMs(fn);
  if (first >= 2_000) return { ms: first, runs: 1 };
  const times = [cpuMs(fn), cpuMs(fn), cpuMs(fn)];
  if (times[0]! < 200) times.push(cpuMs(fn), cpuMs(fn));
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, runs: times.length };
}

function runJob(job: ChildJob): ChildResult {
  const { capacities, scores, places } = assignmentInstance(job.family, job.mentees, job.whole);
  let result: Assignment = { mentorOf: [], total: 0, matched: 0 };
  let before: number;
  let timing: { ms: number; runs: number };
  if (job.solver === 'munkres') {
    before = peakMb();
    const { rows, slots } = munkresMatrix(capacities, scores);
    let solved = { pairs: [] as [number, number][], result: () => result };
    timing = medianCpuMs(() => {
      solved = munkresAssignment(capacities, scores, rows, slots);
    });
    result = solved.result();
  } else {
    const kinds: Partial<Record<SolverName, 'forbidden' | 'minus infinity' | 'minus one'>> = {
      new: 'forbidden',
      'new-infinity': 'minus infinity',
      'new-copy': 'minus one',
    };
    const kind = kinds[job.solver] ?? 'none';
    const problem = assignmentProblem(capacities, scores, kind);
    const solve = job.solver === 'previous' ? assignPrevious : assign;
    before = peakMb();
    timing = medianCpuMs(() => {
      result = solve(problem);
    });
  }
  return { ...timing, total: result.total, matched: result.matched, places, peakMb: peakMb(), solverMb: peakMb() - before };
}

const CHILD = 'PMD_ASSIGNMENT_CHILD';

// A child started by `measureInChild`: measure one job, print it, and stop before the rest of the bundle runs.
if (process.env[CHILD]) {
  writeSync(1, `${JSON.stringify(runJob(JSON.parse(process.env[CHILD]) as ChildJob))}\n`);
  process.exit(0);
}

function measureInChild(job: ChildJob): ChildResult {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD]: JSON.stringify(job) },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`assignment bench child ${JSON.stringify(job)} failed: ${child.stderr.slice(-2000)}`);
  return JSON.parse(line) as ChildResult;
}

const SOLVERS: readonly SolverName[] = ['new', 'new-infinity', 'new-copy', 'new-callback', 'previous', 'munkres'];

export function assignmentBench(): void {
  const quick = process.env.BENCH_QUICK === '1';
  // BENCH_ASSIGNMENT_SIZES=500,1000 runs only those sizes (profiling one corner without the whole table).
  const only = process.env.BENCH_ASSIGNMENT_SIZES?.split(',').map(Number);
  const sizes = (quick ? [500, 1_000, 2_000] : [500, 1_000, 2_000, 4_000]).filter((n) => !only || only.includes(n));
  const cases: { family: Family; whole: boolean; sizes: number[] }[] = [
    { family: 'uniform', whole: false, sizes },
    { family: 'correlated', whole: false, sizes },
    // Cohort scores are whole numbers: many ties, far easier for the new solver; up to 2,000 to keep the run short.
    { family: 'uniform', whole: true, sizes: sizes.filter((n) => n <= 2_000) },
    { family: 'correlated', whole: true, sizes: sizes.filter((n) => n <= 2_000) },
  ];
  const rows: (string | number)[][] = [];
  for (const { family, whole, sizes: sizesHere } of cases) {
    for (const mentees of sizesHere) {
      const r = Object.fromEntries(SOLVERS.map((solver) => [solver, measureInChild({ solver, family, whole, mentees })])) as Record<SolverName, ChildResult>;
      const same = SOLVERS.every((s) => Math.abs(r[s].total - r.new.total) < 1e-6 && r[s].matched === r.new.matched);
      rows.push([
        `${family}${whole ? ', whole' : ''}`,
        mentees.toLocaleString('en-GB'),
        r.new.places.toLocaleString('en-GB'),
        r.new.ms,
        r['new-infinity'].ms,
        r['new-copy'].ms,
        r['new-callback'].ms,
        r.previous.ms,
        r.munkres.ms,
        r.munkres.ms / r.new.ms,
        r.previous.ms / r.new.ms,
        `${Math.round(r.new.peakMb)} / ${Math.round(r.previous.peakMb)} / ${Math.round(r.munkres.peakMb)}`,
        `${Math.round(r.new.solverMb)} / ${Math.round(r.previous.solverMb)} / ${Math.round(r.munkres.solverMb)}`,
        same ? `yes (${r.new.matched.toLocaleString('en-GB')} matched)` : 'NO',
      ]);
    }
  }
  printTable(
    'Assignment alone: n mentees × n mentors, capacities 1–3, 20% forbidden, maximise matched then total; each measurement in its own process' +
      (quick ? ' (BENCH_QUICK: up to 2,000)' : '') +
      '\n  Times: CPU ms of the solve (user + system; the machine is shared, wall time mostly measures the neighbours). Same protocol for every solver:' +
      '\n  a first run of 2 s or more is the figure; a quicker one is an untimed warm-up, then the median of 5 runs under 0.2 s, else of 3.' +
      '\n  new: scores passed as scoreMatrix with forbidden = FORBIDDEN (as the cohort does), read in place; new (-Infinity): the same with -Infinity, read in place;' +
      '\n  new (-1 copy): forbidden = -1, read once into a compact copy;' +
      '\n  new (callback): read once through score() into a Float32Array. munkres: each mentor expanded into one column per place, forbidden = a cost' +
      '\n  above any total; only munkres() is timed, not building its matrix. Peak RSS: the process’s high-water mark (instance included);' +
      '\n  solver MB: its rise once the scores were built (munkres: its matrix included).',
    [
      'family',
      'mentees',
      'places',
      'new ms',
      'new (-Infinity) ms',
      'new (-1 copy) ms',
      'new (callback) ms',
      'previous ms',
      'munkres ms',
      'munkres ÷ new',
      'previous ÷ new',
      'peak RSS MB new / prev / munkres',
      'solver MB new / prev / munkres',
      'same optimum',
    ],
    rows,
  );
}

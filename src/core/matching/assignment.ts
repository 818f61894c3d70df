/**
 * Maximum-weight assignment of mentees to mentors with capacities, exactly (not greedily).
 *
 * The solver is successive shortest augmenting paths with potentials, in the Jonker–Volgenant
 * style (as in Crouse, "On implementing 2D rectangular assignment algorithms", 2016, the method
 * behind SciPy's `linear_sum_assignment`), adapted to capacities:
 *
 * - a mentor is one column with a capacity, not one column per place: when the search reaches a
 *   full mentor it continues from every mentee that mentor holds, at the same distance;
 * - "unmatched" is one more column, free for everyone at no score and never full, so a mentee a
 *   hard rule keeps from every mentor, or one who would only lower the total, ends there;
 * - potentials are updated lazily, once per augmentation, for the rows and columns the search
 *   settled, and each search scans only the columns it has not settled yet, in index order;
 * - the scan has no test per pair (a forbidden pair is FORBIDDEN, so it costs more than any path,
 *   and the distance is a `Math.min`); which row gave a column its distance is recovered
 *   afterwards, only for the columns on the augmenting path;
 * - a search stops as soon as it relaxes a mentor with room at the distance it has reached: none
 *   can be nearer (with whole-number scores, which tie often, most searches end so);
 * - a cheap start, which is also the one full read of the scores, places every mentee whose best
 *   mentor (or one tied with it) still has room, with tight potentials. It reads each row straight
 *   through and tests nothing but the best so far: no score is checked on the way. A matrix read in
 *   place that writes a forbidden pair some other way (-1, NaN) is caught when that pair is about
 *   to be used (or at once for NaN) and solved again on a compact copy.
 *
 * Each augmentation costs O(rows reached × mentors), so the whole is O(n²·m) at worst, as before,
 * but with m mentors instead of m places and one pass per settled column instead of two. The
 * scores are never copied when the caller passes `scoreMatrix` with forbidden pairs as FORBIDDEN
 * (or -Infinity); otherwise they are read once into one compact typed array (32-bit while they
 * are whole numbers, as the cohort's are). `bench/assignment.ts` measures it against the previous solver (kept in
 * `bench/previousAssignment.ts`) and the npm package munkres.
 *
 * The objective is the previous solver's. With whole-number scores it is exact integer arithmetic:
 * the total first, then (a unit smaller than any difference in total) one more person matched;
 * with `maximiseMatched`, a bonus larger than any total per matched person puts the count first.
 * With fractional scores the tie-break toward more people is the previous 1e-9 per person.
 */
import { type Assignment, objective, shiftPotentials, UNMATCHED } from './objective';
import { type AllowedPairs, assignSparse } from './sparseAssignment';

export type { Assignment } from './objective';

export interface AssignmentProblem {
  menteeIds: readonly string[];
  mentorIds: readonly string[];
  capacities: readonly number[];
  /** score(menteeIndex, mentorIndex): 0 to 100, or null when a hard rule forbids the pair. */
  score: (mentee: number, mentor: number) => number | null;
  /** Maximise how many are matched first, then the total score. */
  maximiseMatched?: boolean;
  /**
   * The same scores, already computed, row-major: mentee i's score for mentor k at
   * `i × mentorIds.length + k`; FORBIDDEN (or -Infinity, any negative number, NaN) where a hard rule
   * forbids the pair. When given, `score` is never called. Written with FORBIDDEN or -Infinity for
   * forbidden pairs (in a Float32Array or a Float64Array) it is read in place, with no copy;
   * written any other way, it is read into a compact copy as soon as that shows (see `assign`).
   */
  scoreMatrix?: ScoreMatrix;
  /**
   * The allowed pairs alone, mentee by mentee (see AllowedPairs): for a problem where most pairs are
   * forbidden, as a cohort's are. When given, neither `score` nor `scoreMatrix` is read, and the
   * sparse solver (sparseAssignment.ts) gives the pairs the dense one would.
   */
  allowedPairs?: AllowedPairs;
}

export type ScoreMatrix = Float64Array | Float32Array | Int32Array | Int16Array | Int8Array;

/**
 * How a forbidden pair is best written in a `scoreMatrix`: a finite number so far below any score
 * that no search ever reaches it (scaled, it stays above any distance a search settles at, and far
 * from overflowing; a Float32Array holds it, rounded), read in place like -Infinity. Finite on
 * purpose: in a scan loop measured alone on this machine, arithmetic that turns -Infinity into
 * +Infinity cost about twice as much as with a finite number (5-10% of a whole solve).
 */
export const FORBIDDEN = -1e30;

/** Largest whole number a Float32Array holds exactly. */
const FLOAT32_EXACT = 2 ** 24;

/** The scores as the solver reads them, with what the objective adds to each. */
interface Weights {
  /** Row-major, `stride` per mentee; a forbidden pair is FORBIDDEN (or -Infinity), so that it costs more than any path with no test. */
  x: ScoreMatrix;
  stride: number;
  /** Every allowed score is a whole number, so the objective can be exact (see `objective`). */
  integral: boolean;
  /** The weight of an allowed pair is `scale × score + add`; unmatched weighs 0. Set once the scores have been read. */
  scale: number;
  add: number;
}

/** A score the solver may use: null, negative and NaN mean forbidden; an infinite score is a caller's bug. */
function allowed(s: number | null, i: number, k: number): s is number {
  if (s === Number.POSITIVE_INFINITY) throw new RangeError(`the score of mentee ${i} and mentor ${k} is infinite`);
  return s !== null && s >= 0;
}

/**
 * Reads the scores once through `read` into one compact array, FORBIDDEN where forbidden: 32-bit
 * while they are whole numbers, 64-bit from the first that is not (what was read so far is copied
 * once, exactly).
 */
function compactScores(n: number, m: number, read: (i: number, k: number) => number | null): Weights {
  const compact = new Compact(n * m);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m; k++) {
      const s = read(i, k);
      compact.put(i * m + k, allowed(s, i, k) ? s : FORBIDDEN);
    }
  }
  return { x: compact.x, stride: m, integral: compact.integral, scale: 1, add: 0 };
}

/** A caller's matrix that writes forbidden pairs some other way than FORBIDDEN or -Infinity (a negative number, NaN), read once into a compact copy. */
function copiedMatrix(source: ScoreMatrix, m: number): Weights {
  const compact = new Compact(source.length);
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    if (s === Number.POSITIVE_INFINITY) allowed(s, Math.floor(e / m), e % m);
    compact.put(e, s >= 0 ? s : FORBIDDEN);
  }
  return { x: compact.x, stride: m, integral: compact.integral, scale: 1, add: 0 };
}

/** The compact copy being written: Float32 while every score is a whole number it holds exactly. */
class Compact {
  x: Float32Array | Float64Array;
  integral = true;
  constructor(size: number) {
    this.x = new Float32Array(size);
  }
  /** `s` is an allowed score or FORBIDDEN. */
  put(e: number, s: number): void {
    if (this.integral && s >= 0 && !(Math.floor(s) === s && s < FLOAT32_EXACT)) {
      this.integral = false;
      const wide = new Float64Array(this.x.length);
      wide.set(this.x);
      this.x = wide;
    }
    this.x[e] = s;
  }
}

/** Whether every allowed score in the caller's matrix is a whole number (integer arrays are, by their type). */
function wholeScores(x: ScoreMatrix): boolean {
  if (!(x instanceof Float64Array || x instanceof Float32Array)) return true;
  for (let e = 0; e < x.length; e++) {
    const s = x[e]!;
    if (s >= 0 && Math.floor(s) !== s) return false;
  }
  return true;
}

/** What the warm start learnt while reading every score once. */
interface FirstRead {
  /** The mentees still to place. */
  left: Int32Array;
  maxScore: number;
  /** No score is NaN, which would stop the search reaching its mentor from any row: the matrix can be searched as it is. */
  clean: boolean;
}

/**
 * The solver's state for one problem, allocated once. Potentials: a pair's reduced cost is
 * `-(scale × x) - rowPotential - columnPotential` and unmatched's is `add - rowPotential`; both stay
 * at least 0, and 0 on the pairs in use. A mentor's held mentees sit in `holder` from `first[k]`.
 */
class Solver {
  readonly rowPotential: Float64Array;
  readonly columnPotential: Float64Array;
  readonly columnOf: Int32Array;
  readonly first: Int32Array;
  readonly held: Int32Array;
  readonly holder: Int32Array;
  readonly slotOf: Int32Array;
  readonly dist: Float64Array;
  /** For a column the search settled: how many rows it had scanned by then (those that relaxed it). */
  readonly rowsBefore: Int32Array;
  readonly remaining: Int32Array;
  /** The rows the search scanned, in order, and each one's offset (distance reached minus potential). */
  readonly settledRows: Int32Array;
  readonly rowOffset: Float64Array;
  readonly settledColumns: Int32Array;
  readonly pathRows: Int32Array;
  /** Where a search starts: the new mentee, as the one row to scan first. */
  readonly origin = new Int32Array(1);
  /**
   * A pair placed has a negative score. FORBIDDEN and -Infinity never are (no path reaches them):
   * a matrix read in place wrote a forbidden pair some other way (-1, say). The answer would be
   * wrong; the solve stops, to start again on a compact copy.
   */
  usedUnwrittenForbidden = false;

  constructor(
    readonly w: Weights,
    readonly n: number,
    /** Mentors with room, the only columns the search visits. */
    readonly columns: Int32Array,
    readonly capacity: Int32Array,
  ) {
    const m = w.stride;
    this.rowPotential = new Float64Array(n);
    this.columnPotential = new Float64Array(m);
    this.columnOf = new Int32Array(n).fill(UNMATCHED);
    this.first = new Int32Array(m);
    let places = 0;
    for (const k of columns) {
      this.first[k] = places;
      places += capacity[k]!;
    }
    this.held = new Int32Array(m);
    this.holder = new Int32Array(places);
    this.slotOf = new Int32Array(n).fill(-1);
    this.dist = new Float64Array(m);
    this.rowsBefore = new Int32Array(m);
    this.remaining = new Int32Array(columns.length);
    this.settledRows = new Int32Array(n);
    this.rowOffset = new Float64Array(n);
    this.settledColumns = new Int32Array(columns.length);
    this.pathRows = new Int32Array(n);
  }

  /** Puts mentee `i` on mentor `k` (or unmatched) at holder slot `slot`. */
  private place(i: number, k: number, slot: number): void {
    this.columnOf[i] = k;
    this.slotOf[i] = slot;
    if (k !== UNMATCHED) this.holder[slot] = i;
  }

  /**
   * The cheap start, which is also the one full read of the scores: a mentee whose best mentor has
   * room takes it, with the row potential that makes that pair tight (every other reduced cost is
   * then at least 0, column potentials being 0). A mentee with no allowed mentor is unmatched at
   * once. Row potentials hold the best score until `setObjective` turns them into potentials.
   */
  warmStart(): FirstRead {
    const { n, capacity, held, first, rowPotential } = this;
    const { x, stride } = this.w;
    const left = new Int32Array(n);
    let count = 0;
    let maxScore = 0;
    let nan = 0;
    const row: RowRead = { best: 0, bestMentor: -1, nan: 0 };
    for (let i = 0; i < n; i++) {
      const pick = readRow(x, i * stride, stride, held, capacity, row);
      const best = row.best;
      nan += row.nan;
      if (best === Number.POSITIVE_INFINITY) allowed(best, i, row.bestMentor);
      if (best > maxScore) maxScore = best;
      if (!(best >= 0)) this.place(i, UNMATCHED, -1);
      else if (pick < 0) left[count++] = i;
      else {
        this.place(i, pick, first[pick]! + held[pick]!++);
        rowPotential[i] = best;
      }
    }
    return { left: left.subarray(0, count), maxScore, clean: nan === 0 };
  }

  /** Fixes the objective's scale and bonus, and with them the row potentials the warm start left as scores. */
  setObjective(scale: number, add: number): void {
    const { n, columnOf, rowPotential, w } = this;
    w.scale = scale;
    w.add = add;
    for (let i = 0; i < n; i++) rowPotential[i] = columnOf[i] === UNMATCHED ? add : -scale * rowPotential[i]!;
  }

  /**
   * Places mentee `s` along a shortest augmenting path (Dijkstra on reduced costs), then shifts the
   * potentials of what the search settled so that they stay feasible and the new path is tight.
   */
  augment(s: number): void {
    const { columns, capacity, held, first, holder, dist, rowsBefore, remaining, settledRows, rowOffset, settledColumns, rowPotential, columnPotential } = this;
    const { x, stride, scale, add } = this.w;
    let open = columns.length;
    // Native copies: in a cold process they cost a fraction of a loop, and an easy search is little more than this.
    remaining.set(columns);
    dist.fill(Number.POSITIVE_INFINITY);
    let minVal = 0;
    let unmatchedDist = Number.POSITIVE_INFINITY;
    let unmatchedPred = s;
    let rows = 0;
    let settled = 0;
    // The rows scanned next: `count` from `start` in `list`; first the new mentee alone, then the mentees a settled mentor holds.
    const origin = this.origin;
    origin[0] = s;
    let list: Int32Array = origin;
    let start = 0;
    let count = 1;
    let sink = UNMATCHED;
    for (;;) {
      let index = -1;
      for (let q = 0; q < count; q++) {
        const i = list[start + q]!;
        const offset = minVal - rowPotential[i]!;
        settledRows[rows] = i;
        rowOffset[rows++] = offset;
        if (offset + add < unmatchedDist) {
          unmatchedDist = offset + add;
          unmatchedPred = i;
        }
        // Before the last row, only a mentor with room at minVal is looked for: it ends the search (see `relax`).
        index =
          q < count - 1
            ? relax(x, i * stride, offset, scale, columnPotential, dist, remaining, open, held, capacity, minVal)
            : relaxAndPick(x, i * stride, offset, scale, columnPotential, dist, remaining, open, held, capacity, unmatchedDist, minVal);
        if (index >= 0) break;
      }
      if (index < 0) {
        minVal = unmatchedDist;
        sink = UNMATCHED;
        break;
      }
      const k = remaining[index]!;
      minVal = dist[k]!;
      // Removed in order: the scans then read each row and the column arrays forwards, which is twice as fast as in a shuffled order.
      remaining.copyWithin(index, index + 1, open--);
      rowsBefore[k] = rows;
      if (held[k]! < capacity[k]!) {
        sink = k;
        break;
      }
      settledColumns[settled++] = k;
      list = holder;
      start = first[k]!;
      count = held[k]!;
    }
    const length = this.tracePath(s, sink, unmatchedPred);
    shiftPotentials(this, this.settledRows, rows, this.settledColumns, settled, s, minVal);
    this.shift(sink, length);
  }

  /**
   * The rows on the augmenting path, from the sink back to `s`, into `pathRows`; returns how many.
   * A column's predecessor is the first row scanned before it was settled whose relaxation gives its
   * distance exactly: the same arithmetic as `relax`, so equality is exact.
   */
  private tracePath(s: number, sink: number, unmatchedPred: number): number {
    const { settledRows, rowOffset, rowsBefore, dist, columnPotential, columnOf, pathRows } = this;
    const { x, stride, scale } = this.w;
    let length = 0;
    let i = unmatchedPred;
    for (let k = sink; ; k = columnOf[i]!) {
      if (k !== UNMATCHED) {
        const target = dist[k]!;
        const vk = columnPotential[k]!;
        let r = 0;
        while (r < rowsBefore[k]! - 1 && rowOffset[r]! - scale * x[settledRows[r]! * stride + k]! - vk !== target) r++;
        i = settledRows[r]!;
      }
      pathRows[length++] = i;
      if (i === s) return length;
    }
  }

  /** Along the path back from the sink, each mentee moves to the next mentor, into the place the one before it left. */
  private shift(sink: number, length: number): void {
    const { pathRows, columnOf, slotOf, first, held } = this;
    const { x, stride } = this.w;
    let k = sink;
    let slot = sink === UNMATCHED ? -1 : first[sink]! + held[sink]!++;
    for (let p = 0; p < length; p++) {
      const i = pathRows[p]!;
      const previous = columnOf[i]!;
      const previousSlot = slotOf[i]!;
      if (k !== UNMATCHED && !(x[i * stride + k]! >= 0)) this.usedUnwrittenForbidden = true;
      this.place(i, k, slot);
      k = previous;
      slot = previousSlot;
    }
  }
}

/** One row as the warm start reads it: its best score and the first mentor with it, and whether an entry is NaN. */
interface RowRead {
  best: number;
  bestMentor: number;
  nan: number;
}

/**
 * Reads one mentee's row: fills `out`, and returns the first mentor with room at the best score,
 * or -1. As few operations per entry as the search allows, since this is the one read of every
 * score: the best is a `Math.max` straight through the row, with no branch, and NaN shows in it
 * (Math.max of NaN is NaN), so nothing else is tested; then the row is read again only up to the
 * first mentor with room at that score (with whole-number scores, which tie often, a few entries).
 * Measured on this machine, 2,000 × 2,000: about half the time of a loop that tests each entry
 * against the best so far and for NaN. Every mentor is read, those with no room too (their
 * capacity is 0, so none is picked; a best score among them only makes the row potential higher,
 * which stays feasible).
 */
function readRow(x: ScoreMatrix, base: number, m: number, held: Int32Array, capacity: Int32Array, out: RowRead): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < m; k++) best = Math.max(best, x[base + k]!);
  out.best = best;
  out.bestMentor = -1;
  out.nan = Number.isNaN(best) ? 1 : 0;
  if (!(best >= 0)) return -1;
  for (let k = 0; k < m; k++) {
    if (x[base + k] !== best) continue;
    if (out.bestMentor < 0) out.bestMentor = k;
    // The first mentor at the best score may be full: another at the same score may have room.
    if (held[k]! < capacity[k]!) return k;
  }
  return -1;
}

/**
 * Relaxes every open column from one row: `offset` is the distance the row was reached at minus its
 * potential. The solver's hot loop, with no test of its own: a forbidden pair reads as FORBIDDEN
 * and so costs more than any path, and the distance is a `Math.min` rather than a branch taken at random;
 * typed arrays only, nothing allocated. Which row gave a column its distance is not stored here but
 * recovered afterwards for the few columns on the augmenting path. Returns the index in `remaining`
 * of a mentor with room relaxed to `floor`, the distance the search has reached (none can be
 * nearer: the search ends there), or -1.
 */
function relax(
  x: ScoreMatrix,
  base: number,
  offset: number,
  scale: number,
  v: Float64Array,
  dist: Float64Array,
  remaining: Int32Array,
  open: number,
  held: Int32Array,
  capacity: Int32Array,
  floor: number,
): number {
  for (let c = 0; c < open; c++) {
    const k = remaining[c]!;
    const d = Math.min(dist[k]!, offset - scale * x[base + k]! - v[k]!);
    dist[k] = d;
    if (d === floor && held[k]! < capacity[k]!) return c;
  }
  return -1;
}

/**
 * `relax`, and in the same pass the open column nearest the source: its index in `remaining`, or -1
 * when unmatched (at `unmatchedDist`) is no farther. On a tie, a column with room wins, which ends
 * the search sooner; one with room at `floor` ends the pass at once, as in `relax`.
 */
function relaxAndPick(
  x: ScoreMatrix,
  base: number,
  offset: number,
  scale: number,
  v: Float64Array,
  dist: Float64Array,
  remaining: Int32Array,
  open: number,
  held: Int32Array,
  capacity: Int32Array,
  unmatchedDist: number,
  floor: number,
): number {
  let lowest = unmatchedDist;
  let index = -1;
  let lowestHasRoom = true;
  for (let c = 0; c < open; c++) {
    const k = remaining[c]!;
    const d = Math.min(dist[k]!, offset - scale * x[base + k]! - v[k]!);
    dist[k] = d;
    if (d === floor && held[k]! < capacity[k]!) return c;
    if (d < lowest) {
      lowest = d;
      index = c;
      lowestHasRoom = held[k]! < capacity[k]!;
    } else if (d === lowest && !lowestHasRoom && held[k]! < capacity[k]!) {
      index = c;
      lowestHasRoom = true;
    }
  }
  return index;
}

export function assign(problem: AssignmentProblem): Assignment {
  const n = problem.menteeIds.length;
  const m = problem.mentorIds.length;
  if (problem.capacities.length !== m) throw new RangeError(`${problem.capacities.length} capacities for ${m} mentors`);
  const maximiseMatched = problem.maximiseMatched === true;
  const mentorOf = new Array<number>(n).fill(-1);
  const capacity = new Int32Array(m);
  const open: number[] = [];
  problem.capacities.forEach((c, k) => {
    capacity[k] = Math.max(0, Math.floor(c));
    if (capacity[k]! > 0) open.push(k);
  });
  if (n === 0 || open.length === 0) return { mentorOf, total: 0, matched: 0 };
  if (problem.allowedPairs) return assignSparse(problem.allowedPairs, n, capacity, maximiseMatched);
  const columns = Int32Array.from(open);
  const matrix = problem.scoreMatrix;
  if (matrix && matrix.length !== n * m) throw new RangeError(`scoreMatrix has ${matrix.length} entries; ${n} mentees × ${m} mentors need ${n * m}`);
  let w: Weights = matrix ? { x: matrix, stride: m, integral: false, scale: 1, add: 0 } : compactScores(n, m, problem.score);
  let solver = solve(w, n, columns, capacity, maximiseMatched, matrix !== undefined);
  // A matrix read in place may write forbidden pairs some other way (-1, NaN): it is then solved again on a compact copy, as soon
  // as one is NaN or the answer takes one. An answer that takes none is optimal for the real problem too: it is optimal over a
  // larger set of pairs. (Only a matrix read in place can fail: the compact copies write every forbidden pair FORBIDDEN.)
  if (solver === null) {
    w = copiedMatrix(matrix ?? w.x, m);
    solver = solve(w, n, columns, capacity, maximiseMatched, false)!;
  }
  let total = 0;
  let matched = 0;
  for (let i = 0; i < n; i++) {
    const k = solver.columnOf[i]!;
    if (k === UNMATCHED) continue;
    mentorOf[i] = k;
    total += w.x[i * m + k]!;
    matched++;
  }
  return { mentorOf, total, matched };
}

/** The whole solve on `w`; null when a matrix read in place writes a forbidden pair some other way (NaN, which the search cannot run on, or a negative number the answer would take). */
function solve(w: Weights, n: number, columns: Int32Array, capacity: Int32Array, maximiseMatched: boolean, inPlace: boolean): Solver | null {
  const solver = new Solver(w, n, columns, capacity);
  const read = solver.warmStart();
  if (!read.clean) return null;
  // Only the objective without maximiseMatched depends on the scores being whole; a matrix read in place is then read once more to know.
  const integral = inPlace ? !maximiseMatched && wholeScores(w.x) : w.integral;
  const { scale, add } = objective(n, read.maxScore, integral, maximiseMatched);
  solver.setObjective(scale, add);
  for (const i of read.left) {
    solver.augment(i);
    if (solver.usedUnwrittenForbidden) return null;
  }
  return solver;
}

/** The greedy baseline: best remaining pair first. What a coordinator does by hand, and what we compare against. */
export function assignGreedy(problem: AssignmentProblem): Assignment {
  const edges: [number, number, number][] = [];
  problem.menteeIds.forEach((_, i) => {
    problem.capacities.forEach((_, k) => {
      const s = problem.score(i, k);
      if (s !== null) edges.push([s, i, k]);
    });
  });
  edges.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const left = [...problem.capacities];
  const mentorOf = new Array<number>(problem.menteeIds.length).fill(-1);
  let total = 0;
  let matched = 0;
  for (const [s, i, k] of edges) {
    if (mentorOf[i] !== -1 || left[k]! <= 0) continue;
    mentorOf[i] = k;
    left[k]!--;
    total += s;
    matched++;
  }
  return { mentorOf, total, matched };
}

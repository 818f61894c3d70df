/**
 * The assignment of assignment.ts for a problem where most pairs are forbidden, as a cohort's are
 * (a hard rule excludes about 94 pairs in 100 in the benchmark's programmes): the same successive
 * shortest augmenting paths with capacities and lazily updated potentials, reading only the
 * allowed pairs. A dense search pays for every mentor on every row it scans; this one pays for
 * the row's allowed mentors, and finds the nearest open mentor with a binary heap instead of a
 * scan of them all.
 *
 * It makes every choice the dense solver makes, in the same order with the same arithmetic, so
 * that both give the same pairs, not only the same total (test/unit/sparseAssignment.test.ts):
 * rows are read in the same order and each row's mentors in increasing index; the heap orders open
 * mentors as the dense scan picks them (nearest first, then one with room, then the lower index;
 * unmatched wins a tie); a search ends at the first mentor with room relaxed to the distance
 * reached; the warm start reads every allowed mentor, a full one included.
 */
import { type Assignment, objective, shiftPotentials, UNMATCHED } from './objective';

/**
 * The allowed pairs only, mentee by mentee: mentee i's mentors are `mentor[start[i]]` to
 * `mentor[start[i + 1] - 1]`, in increasing order, each with its score in `score` (0 or more). A pair
 * that is not listed is forbidden.
 */
export interface AllowedPairs {
  start: Int32Array;
  mentor: Int32Array;
  score: Float32Array | Float64Array;
}

/** Refuses pairs the solver could not read right: out of order or of range, or a score that is not a finite number of 0 or more. */
function check(pairs: AllowedPairs, n: number, m: number): void {
  const { start, mentor, score } = pairs;
  if (start.length !== n + 1 || start[0] !== 0 || start[n]! > mentor.length || mentor.length !== score.length) {
    throw new RangeError(`allowedPairs does not describe ${n} mentees: ${start.length} row starts, ${mentor.length} mentors, ${score.length} scores`);
  }
  for (let i = 0; i < n; i++) {
    if (start[i + 1]! < start[i]!) throw new RangeError(`allowedPairs: mentee ${i}'s row ends before it starts`);
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const k = mentor[p]!;
      if (!(k >= 0 && k < m) || (p > start[i]! && k <= mentor[p - 1]!))
        throw new RangeError(`allowedPairs: mentee ${i}'s mentors are not distinct, increasing indices below ${m}`);
      const s = score[p]!;
      if (!(s >= 0 && s < Number.POSITIVE_INFINITY)) throw new RangeError(`the score of mentee ${i} and mentor ${k} is ${s}; an allowed pair scores 0 or more`);
    }
  }
}

/** Whether every score is a whole number (then the objective is exact integer arithmetic). */
function whole(score: Float32Array | Float64Array, count: number): boolean {
  for (let p = 0; p < count; p++) if (Math.floor(score[p]!) !== score[p]!) return false;
  return true;
}

export function assignSparse(pairs: AllowedPairs, n: number, capacities: Int32Array, maximiseMatched: boolean): Assignment {
  const m = capacities.length;
  check(pairs, n, m);
  const solver = new SparseSolver(pairs, n, capacities);
  const read = solver.warmStart();
  const { scale, add } = objective(n, read.maxScore, whole(pairs.score, pairs.start[n]!), maximiseMatched);
  solver.setObjective(scale, add);
  for (const i of read.left) solver.augment(i);
  const mentorOf = new Array<number>(n).fill(-1);
  let total = 0;
  let matched = 0;
  for (let i = 0; i < n; i++) {
    const k = solver.columnOf[i]!;
    if (k === UNMATCHED) continue;
    mentorOf[i] = k;
    total += solver.scoreOf(i, k);
    matched++;
  }
  return { mentorOf, total, matched };
}

/** The dense Solver's state (assignment.ts), with stamps instead of a reset per search and a heap of open mentors. */
class SparseSolver {
  readonly rowPotential: Float64Array;
  readonly columnPotential: Float64Array;
  readonly columnOf: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly first: Int32Array;
  private readonly held: Int32Array;
  private readonly holder: Int32Array;
  readonly dist: Float64Array;
  /** The row that gave a mentor its distance: the first to reach the least. */
  private readonly pred: Int32Array;
  /** The search that last gave a mentor a distance, and the one that settled it (a mentor's dist counts only in its own search). */
  private readonly reachedIn: Int32Array;
  private readonly settledIn: Int32Array;
  private search = 0;
  private readonly scannedRows: Int32Array;
  private readonly settledColumns: Int32Array;
  private readonly pathRows: Int32Array;
  private readonly origin = new Int32Array(1);
  /** Open mentors by distance; an entry is stale once its mentor is settled or reached nearer. A row is scanned once per search, so there are at most as many entries as pairs. */
  private readonly heapDist: Float64Array;
  private readonly heapMentor: Int32Array;
  private heapSize = 0;
  private scale = 1;
  private add = 0;

  constructor(
    private readonly pairs: AllowedPairs,
    private readonly n: number,
    private readonly capacity: Int32Array,
  ) {
    const m = capacity.length;
    this.rowPotential = new Float64Array(n);
    this.columnPotential = new Float64Array(m);
    this.columnOf = new Int32Array(n).fill(UNMATCHED);
    this.slotOf = new Int32Array(n).fill(-1);
    this.first = new Int32Array(m);
    let places = 0;
    for (let k = 0; k < m; k++) {
      this.first[k] = places;
      places += capacity[k]!;
    }
    this.held = new Int32Array(m);
    this.holder = new Int32Array(places);
    this.dist = new Float64Array(m);
    this.pred = new Int32Array(m);
    this.reachedIn = new Int32Array(m);
    this.settledIn = new Int32Array(m);
    this.scannedRows = new Int32Array(n);
    this.settledColumns = new Int32Array(m);
    this.pathRows = new Int32Array(n);
    const entries = pairs.start[n]!;
    this.heapDist = new Float64Array(entries + 1);
    this.heapMentor = new Int32Array(entries + 1);
  }

  scoreOf(i: number, k: number): number {
    const { start, mentor, score } = this.pairs;
    for (let p = start[i]!; p < start[i + 1]!; p++) if (mentor[p] === k) return score[p]!;
    throw new RangeError(`mentee ${i} was placed with mentor ${k}, which is not an allowed pair`);
  }

  private place(i: number, k: number, slot: number): void {
    this.columnOf[i] = k;
    this.slotOf[i] = slot;
    if (k !== UNMATCHED) this.holder[slot] = i;
  }

  /** The dense warm start over the allowed pairs: the best score (first mentor in index order), taken when that mentor or one tied with it has room. */
  warmStart(): { left: Int32Array; maxScore: number } {
    const { n, capacity, held, first, rowPotential } = this;
    const { start, mentor, score } = this.pairs;
    const left = new Int32Array(n);
    let count = 0;
    let maxScore = 0;
    for (let i = 0; i < n; i++) {
      let best = Number.NEGATIVE_INFINITY;
      let bestAt = -1;
      for (let p = start[i]!; p < start[i + 1]!; p++) {
        if (score[p]! > best) {
          best = score[p]!;
          bestAt = p;
        }
      }
      if (bestAt < 0) {
        this.place(i, UNMATCHED, -1);
        continue;
      }
      if (best > maxScore) maxScore = best;
      let pick = -1;
      for (let p = bestAt; p < start[i + 1]! && pick < 0; p++) if (score[p] === best && held[mentor[p]!]! < capacity[mentor[p]!]!) pick = mentor[p]!;
      if (pick < 0) left[count++] = i;
      else {
        this.place(i, pick, first[pick]! + held[pick]!++);
        rowPotential[i] = best;
      }
    }
    return { left: left.subarray(0, count), maxScore };
  }

  setObjective(scale: number, add: number): void {
    this.scale = scale;
    this.add = add;
    for (let i = 0; i < this.n; i++) this.rowPotential[i] = this.columnOf[i] === UNMATCHED ? add : -scale * this.rowPotential[i]!;
  }

  /** Places mentee `s` along a shortest augmenting path, as the dense `augment` does. */
  augment(s: number): void {
    const { dist, held, capacity, first, holder, rowPotential, scannedRows, settledColumns, settledIn } = this;
    const search = ++this.search;
    this.heapSize = 0;
    let minVal = 0;
    let unmatchedDist = Number.POSITIVE_INFINITY;
    let unmatchedPred = s;
    let rows = 0;
    let settled = 0;
    this.origin[0] = s;
    let list: Int32Array = this.origin;
    let start = 0;
    let count = 1;
    let sink = UNMATCHED;
    for (;;) {
      let k = -1;
      for (let q = 0; q < count && k < 0; q++) {
        const i = list[start + q]!;
        const offset = minVal - rowPotential[i]!;
        scannedRows[rows++] = i;
        if (offset + this.add < unmatchedDist) {
          unmatchedDist = offset + this.add;
          unmatchedPred = i;
        }
        k = this.relax(i, offset, minVal, search);
      }
      // A mentor with room at the distance reached is taken at once; otherwise the nearest open one, unless unmatched is no farther.
      if (k < 0) {
        k = this.nearest(search);
        if (k < 0 || !(dist[k]! < unmatchedDist)) {
          minVal = unmatchedDist;
          break;
        }
      }
      minVal = dist[k]!;
      settledIn[k] = search;
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
    shiftPotentials(this, this.scannedRows, rows, this.settledColumns, settled, s, minVal);
    this.shift(sink, length);
  }

  /** Relaxes row i's open mentors; returns the first with room relaxed to `floor` (the search ends there), or -1. */
  private relax(i: number, offset: number, floor: number, search: number): number {
    const { dist, pred, reachedIn, settledIn, held, capacity, columnPotential, scale } = this;
    const { start, mentor, score } = this.pairs;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const k = mentor[p]!;
      if (settledIn[k] === search || capacity[k] === 0) continue;
      const d = offset - scale * score[p]! - columnPotential[k]!;
      if (reachedIn[k] !== search || d < dist[k]!) {
        reachedIn[k] = search;
        dist[k] = d;
        pred[k] = i;
        this.push(d, k);
      }
      if (dist[k] === floor && held[k]! < capacity[k]!) return k;
    }
    return -1;
  }

  /** Whether open mentor a comes before b: nearer, then with room, then the lower index (the dense scan's choice). */
  private before(da: number, a: number, db: number, b: number): boolean {
    if (da !== db) return da < db;
    const roomA = this.held[a]! < this.capacity[a]!;
    const roomB = this.held[b]! < this.capacity[b]!;
    return roomA !== roomB ? roomA : a < b;
  }

  private push(d: number, k: number): void {
    const { heapDist, heapMentor } = this;
    let c = this.heapSize++;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (!this.before(d, k, heapDist[parent]!, heapMentor[parent]!)) break;
      heapDist[c] = heapDist[parent]!;
      heapMentor[c] = heapMentor[parent]!;
      c = parent;
    }
    heapDist[c] = d;
    heapMentor[c] = k;
  }

  /** The nearest open mentor, taken off the heap with the stale entries above it; -1 when none is left. */
  private nearest(search: number): number {
    const { heapDist, heapMentor, dist, settledIn } = this;
    while (this.heapSize > 0) {
      const d = heapDist[0]!;
      const k = heapMentor[0]!;
      this.popTop();
      if (settledIn[k] !== search && d === dist[k]) return k;
    }
    return -1;
  }

  private popTop(): void {
    const { heapDist, heapMentor } = this;
    const size = --this.heapSize;
    const d = heapDist[size]!;
    const k = heapMentor[size]!;
    let c = 0;
    for (;;) {
      let child = 2 * c + 1;
      if (child >= size) break;
      if (child + 1 < size && this.before(heapDist[child + 1]!, heapMentor[child + 1]!, heapDist[child]!, heapMentor[child]!)) child++;
      if (!this.before(heapDist[child]!, heapMentor[child]!, d, k)) break;
      heapDist[c] = heapDist[child]!;
      heapMentor[c] = heapMentor[child]!;
      c = child;
    }
    heapDist[c] = d;
    heapMentor[c] = k;
  }

  /** The rows on the augmenting path, from the sink back to `s`, into `pathRows`; returns how many. */
  private tracePath(s: number, sink: number, unmatchedPred: number): number {
    const { pred, columnOf, pathRows } = this;
    let length = 0;
    let i = unmatchedPred;
    for (let k = sink; ; k = columnOf[i]!) {
      if (k !== UNMATCHED) i = pred[k]!;
      pathRows[length++] = i;
      if (i === s) return length;
    }
  }

  private shift(sink: number, length: number): void {
    const { pathRows, columnOf, slotOf, first, held } = this;
    let k = sink;
    let slot = sink === UNMATCHED ? -1 : first[sink]! + held[sink]!++;
    for (let p = 0; p < length; p++) {
      const i = pathRows[p]!;
      const previous = columnOf[i]!;
      const previousSlot = slotOf[i]!;
      this.place(i, k, slot);
      k = previous;
      slot = previousSlot;
    }
  }
}

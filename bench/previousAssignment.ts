/**
 * The assignment solver as it was before issue 16, kept unchanged as the baseline for
 * `bench/assignment.ts` and for the property test that holds the new solver to the same optimum:
 * each mentor is expanded into as many slots as they can take, and the Hungarian algorithm
 * (shortest augmenting paths with potentials, O(n²·m)) finds the optimum. Pairs a hard rule
 * forbids have no edge; a mentee left on a forbidden slot is unmatched. It copies the scores twice
 * (once per mentor, once per slot), which is what the new solver avoids.
 */
import type { Assignment, AssignmentProblem } from '../src/core/matching/assignment';

/**
 * The solver's state, 1-based as in the textbook algorithm and allocated once per solve: row and
 * column potentials, the row matched to each column (0 = none), and the search's scratch arrays.
 */
interface HungarianState {
  u: Float64Array;
  v: Float64Array;
  /** p[j]: row matched to column j (1-based), 0 = none. */
  p: Int32Array;
  way: Int32Array;
  minv: Float64Array;
  used: Uint8Array;
}

/**
 * Warm start: each row's potential is its cheapest cost, and a row takes a cheapest column that is
 * still free. Potentials stay feasible and matched edges tight, so the search only has to place
 * the rows left over, which is most of the saving on large cohorts. Returns which rows it placed.
 */
function warmStart(n: number, m: number, cost: Float64Array, { u, p }: HungarianState): Uint8Array {
  const matchedRow = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const base = (i - 1) * m;
    let min = Number.POSITIVE_INFINITY;
    for (let j = 0; j < m; j++) if (cost[base + j]! < min) min = cost[base + j]!;
    u[i] = min;
    for (let j = 0; j < m; j++) {
      if (cost[base + j] === min && p[j + 1] === 0) {
        p[j + 1] = i;
        matchedRow[i] = 1;
        break;
      }
    }
  }
  return matchedRow;
}

/**
 * Places row `i` along the shortest augmenting path from it (Dijkstra on reduced costs), shifting
 * the potentials so that they stay feasible. Its loops are the solver's hot path: they read the
 * state's arrays through locals and allocate nothing.
 */
function augmentRow(i: number, m: number, cost: Float64Array, state: HungarianState): void {
  const INF = Number.POSITIVE_INFINITY;
  const { u, v, p, way, minv, used } = state;
  p[0] = i;
  let j0 = 0;
  minv.fill(INF);
  used.fill(0);
  do {
    used[j0] = 1;
    const i0 = p[j0]!;
    let delta = INF;
    let j1 = 0;
    const ui0 = u[i0]!;
    const base = (i0 - 1) * m - 1;
    for (let j = 1; j <= m; j++) {
      if (used[j]) continue;
      const cur = cost[base + j]! - ui0 - v[j]!;
      if (cur < minv[j]!) {
        minv[j] = cur;
        way[j] = j0;
      }
      if (minv[j]! < delta) {
        delta = minv[j]!;
        j1 = j;
      }
    }
    for (let j = 0; j <= m; j++) {
      if (used[j]) {
        const row = p[j]!;
        u[row] = u[row]! + delta;
        v[j] = v[j]! - delta;
      } else minv[j] = minv[j]! - delta;
    }
    j0 = j1;
  } while (p[j0] !== 0);
  do {
    const j1 = way[j0]!;
    p[j0] = p[j1]!;
    j0 = j1;
  } while (j0);
}

/** Hungarian algorithm on an n×m cost matrix (row-major, n ≤ m), minimising; returns the column of each row. */
export function hungarian(n: number, m: number, cost: Float64Array): Int32Array {
  const state: HungarianState = {
    u: new Float64Array(n + 1),
    v: new Float64Array(m + 1),
    p: new Int32Array(m + 1),
    way: new Int32Array(m + 1),
    minv: new Float64Array(m + 1),
    used: new Uint8Array(m + 1),
  };
  const matchedRow = warmStart(n, m, cost, state);
  for (let i = 1; i <= n; i++) if (!matchedRow[i]) augmentRow(i, m, cost, state);
  const { p } = state;
  const columnOf = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) columnOf[p[j]! - 1] = j - 1;
  return columnOf;
}

export function assign(problem: AssignmentProblem): Assignment {
  const { menteeIds, capacities } = problem;
  const slots: number[] = [];
  capacities.forEach((capacity, mentor) => {
    for (let k = 0; k < capacity; k++) slots.push(mentor);
  });
  const n = menteeIds.length;
  const m = slots.length;
  const mentorOf = new Array<number>(n).fill(-1);
  if (n === 0 || m === 0) return { mentorOf, total: 0, matched: 0 };
  // Scores cached once: the algorithm reads each row many times.
  const mentors = capacities.length;
  const scores = new Float64Array(n * mentors).fill(-1);
  for (let i = 0; i < n; i++) for (let k = 0; k < mentors; k++) scores[i * mentors + k] = problem.score(i, k) ?? -1;
  // Weight to maximise: score, plus a bonus larger than any total of scores when matching more people comes first.
  const bonus = problem.maximiseMatched ? 100 * n + 1 : 0;
  const weight = (i: number, slot: number) => {
    const s = scores[i * mentors + slots[slot]!]!;
    return s < 0 ? 0 : s + bonus + 1e-9;
  };
  const rowsAreMentees = n <= m;
  const rows = rowsAreMentees ? n : m;
  const cols = rowsAreMentees ? m : n;
  const cost = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) cost[r * cols + c] = rowsAreMentees ? -weight(r, c) : -weight(c, r);
  }
  const columns = hungarian(rows, cols, cost);
  if (rowsAreMentees) {
    columns.forEach((slot, mentee) => {
      if (slot >= 0 && scores[mentee * mentors + slots[slot]!]! >= 0) mentorOf[mentee] = slots[slot]!;
    });
  } else {
    columns.forEach((mentee, slot) => {
      if (mentee >= 0 && scores[mentee * mentors + slots[slot]!]! >= 0) mentorOf[mentee] = slots[slot]!;
    });
  }
  let total = 0;
  let matched = 0;
  mentorOf.forEach((mentor, mentee) => {
    if (mentor >= 0) {
      total += scores[mentee * mentors + mentor]!;
      matched++;
    }
  });
  return { mentorOf, total, matched };
}

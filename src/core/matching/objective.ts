/** What both assignment solvers (assignment.ts, sparseAssignment.ts) answer and optimise. */

export interface Assignment {
  /** For each mentee, the index of its mentor, or -1. */
  mentorOf: number[];
  total: number;
  matched: number;
}

/** The column every mentee may take: unmatched, at no score, never full. */
export const UNMATCHED = -1;

/**
 * What the objective adds to a score: exact whole numbers when every score is one, otherwise the
 * previous solver's rule (a bonus of max × n + 1 per person with maximiseMatched, else 1e-9).
 */
export function objective(n: number, maxScore: number, integral: boolean, maximiseMatched: boolean): { scale: number; add: number } {
  if (maximiseMatched) return { scale: 1, add: maxScore * n + 1 };
  return integral ? { scale: n + 1, add: 1 } : { scale: 1, add: 1e-9 };
}

/**
 * After a search that ended at `minVal`, shared by both solvers: the potentials of the rows it
 * scanned (`scannedRows`, the new mentee `s` first) and of the columns it settled, so that they
 * stay feasible and the augmenting path is tight.
 */
export function shiftPotentials(
  p: { rowPotential: Float64Array; columnPotential: Float64Array; columnOf: Int32Array; dist: Float64Array },
  scannedRows: Int32Array,
  rows: number,
  settledColumns: Int32Array,
  settled: number,
  s: number,
  minVal: number,
): void {
  const { rowPotential, columnPotential, columnOf, dist } = p;
  rowPotential[s] = rowPotential[s]! + minVal;
  for (let r = 1; r < rows; r++) {
    const i = scannedRows[r]!;
    rowPotential[i] = rowPotential[i]! + minVal - dist[columnOf[i]!]!;
  }
  for (let c = 0; c < settled; c++) {
    const k = settledColumns[c]!;
    columnPotential[k] = columnPotential[k]! - (minVal - dist[k]!);
  }
}

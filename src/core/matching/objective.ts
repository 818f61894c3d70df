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

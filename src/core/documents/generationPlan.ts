import { pairHasConsent } from '../privacy/consent';
import type { RecordValues } from '../schema/types';

/**
 * What one generation call should do for each selected pair, decided before any document is
 * touched: the adapter (src/server/documents/api.ts) then applies the steps in order until its
 * time budget runs out, so a batch that stops anywhere resumes from the next step.
 */
export type GenerationStep =
  | { action: 'generate'; index: number; code: string; rowNumber: number }
  /** No document names a person who has not consented to data processing. */
  | { action: 'skipNoConsent'; index: number; code: string }
  /** The day's documents are spent: nothing more today, what was made is kept. */
  | { action: 'stopForQuota'; index: number; code: string }
  /** A code the Pairs sheet does not hold: the call is refused. */
  | { action: 'unknownPair'; index: number; code: string };

export interface PairRow {
  rowNumber: number;
  values: RecordValues;
}

export function planGeneration(
  codes: readonly string[],
  fromIndex: number,
  pairs: ReadonlyMap<string, PairRow>,
  people: { mentors: ReadonlyMap<string, RecordValues>; mentees: ReadonlyMap<string, RecordValues> },
  remainingToday: number,
): GenerationStep[] {
  const steps: GenerationStep[] = [];
  let left = remainingToday;
  for (let index = fromIndex; index < codes.length; index++) {
    const code = codes[index]!;
    const row = pairs.get(code);
    if (!row) return [...steps, { action: 'unknownPair', index, code }];
    if (!pairHasConsent(row.values, people.mentors, people.mentees)) {
      steps.push({ action: 'skipNoConsent', index, code });
      continue;
    }
    if (left <= 0) return [...steps, { action: 'stopForQuota', index, code }];
    left--;
    steps.push({ action: 'generate', index, code, rowNumber: row.rowNumber });
  }
  return steps;
}

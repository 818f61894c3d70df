import type { AGE_CHECKS } from '../schema/sheets';

/**
 * Whether a mentee may be under 18, from the strongest fact recorded. Safeguarding never reads a
 * missing fact as the safe answer: a birth year alone leaves someone who turns 18 this year
 * "possibly a minor", and no birth year at all is "unknown", until the coordinator records the
 * age check in the Mentees sheet.
 */
export type MinorStatus = 'minor' | 'possibly' | 'adult' | 'unknown';

export const ADULT_AGE = 18;

export type AgeCheck = (typeof AGE_CHECKS)[number];
export const CHECKED_ADULT: AgeCheck = '18 or over';
export const CHECKED_MINOR: AgeCheck = 'Under 18';

export interface AgeFacts {
  birthYear: number | null;
  /** The coordinator's check (the Mentees sheet's "Age checked" column): it overrules every other fact. */
  ageCheck: string;
  /** A record that says "minor" (the intake's flag): kept until the coordinator says otherwise. */
  recordedMinor: boolean;
}

const HOUR = 3_600_000;

/**
 * The calendar year it is in the earliest time zone (UTC−12). Core does not know the
 * spreadsheet's zone, and reading the year a few hours late can only keep someone a minor longer.
 */
export function referenceYear(today: Date): number {
  return new Date(today.getTime() - 12 * HOUR).getUTCFullYear();
}

export function minorStatus(facts: AgeFacts, year: number): MinorStatus {
  if (facts.ageCheck === CHECKED_ADULT) return 'adult';
  if (facts.ageCheck === CHECKED_MINOR || facts.recordedMinor) return 'minor';
  if (facts.birthYear === null) return 'unknown';
  // The age they reach this year, on a birthday we do not know: until it, they are one year younger.
  const ageThisYear = year - facts.birthYear;
  if (ageThisYear < ADULT_AGE) return 'minor';
  return ageThisYear === ADULT_AGE ? 'possibly' : 'adult';
}

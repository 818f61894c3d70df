import { type CalendarDate, compareDays, daysBetween } from '../calendarDate';

/**
 * A mentor's background check (DBS, VOG, certificato del casellario giudiziale, Führungszeugnis…:
 * the country's kind, named by the coordinator). Criminal-record data is special-category data, so
 * checks live in *Sensitive details*, one row each; this module only reads what those rows say.
 */
export interface BackgroundCheck {
  /** The coordinator's name for it, as typed ("VOG", "Certificato penale"). */
  readonly label: string;
  readonly doneOn: CalendarDate | null;
  /** The first day the check no longer counts. A check without one counts until replaced. */
  readonly expiresOn: CalendarDate | null;
}

export type CheckState =
  /** A check counts today. `expiresOn` is set when it will stop counting. */
  | { readonly state: 'valid'; readonly check: BackgroundCheck }
  /** Checks are recorded and none counts today. */
  | { readonly state: 'expired'; readonly check: BackgroundCheck }
  /** No check done by today (none recorded, none dated, or only planned ones): the coordinator must record one. */
  | { readonly state: 'missing' };

/** Days before an expiry when the coordinator is warned. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Whether a check counts on `today`. The expiry day itself does not count: the stricter reading
 * of "expires on", so a mentor is never matched on the last day of a doubt. A check with no day
 * done is not a check: a row that only names the kind is a reminder, not a record.
 */
export function counts(check: BackgroundCheck, today: CalendarDate): boolean {
  if (check.doneOn === null || compareDays(check.doneOn, today) > 0) return false;
  return check.expiresOn === null || compareDays(today, check.expiresOn) < 0;
}

/** The check that decides: one that counts today (the longest-lasting), else the latest recorded. */
export function backgroundCheckState(checks: readonly BackgroundCheck[], today: CalendarDate): CheckState {
  const valid = checks.filter((c) => counts(c, today));
  if (valid.length > 0) return { state: 'valid', check: valid.reduce(longestLasting) };
  // A check dated after today is planned, not done: it neither counts nor has expired.
  const done = checks.filter((c) => c.doneOn !== null && compareDays(c.doneOn, today) <= 0);
  if (done.length === 0) return { state: 'missing' };
  return { state: 'expired', check: done.reduce(latestDone) };
}

function longestLasting(a: BackgroundCheck, b: BackgroundCheck): BackgroundCheck {
  if (a.expiresOn === null) return a;
  if (b.expiresOn === null) return b;
  return compareDays(b.expiresOn, a.expiresOn) > 0 ? b : a;
}

function latestDone(a: BackgroundCheck, b: BackgroundCheck): BackgroundCheck {
  const byDone = compareDays(b.doneOn!, a.doneOn!);
  if (byDone !== 0) return byDone > 0 ? b : a;
  // Two checks done the same day: the one that lasted longer says when the mentor stopped being checked.
  return compareDays(b.expiresOn!, a.expiresOn!) > 0 ? b : a;
}

/** Days until a valid check stops counting, when that is within the warning window; else null. */
export function expiresWithin(state: CheckState, today: CalendarDate, days = EXPIRY_WARNING_DAYS): number | null {
  if (state.state !== 'valid' || state.check.expiresOn === null) return null;
  const left = daysBetween(today, state.check.expiresOn);
  return left <= days ? left : null;
}

/**
 * What matching may know of a mentor's checks on the matching day: the state alone, and for an
 * expired check the day it stopped counting. Never the label or the day it was done: the hard
 * rule and the words it gives need no more, and nothing more leaves *Sensitive details*.
 */
export type CheckStatus = { readonly state: 'valid' } | { readonly state: 'expired'; readonly expiredOn: CalendarDate } | { readonly state: 'missing' };

/** The status matching reads, from the checks recorded about one mentor. */
export function checkStatus(checks: readonly BackgroundCheck[], today: CalendarDate): CheckStatus {
  const state = backgroundCheckState(checks, today);
  // A done check that does not count has an expiry on or before today (counts()), so expiresOn is set.
  return state.state === 'expired' ? { state: 'expired', expiredOn: state.check.expiresOn! } : { state: state.state };
}

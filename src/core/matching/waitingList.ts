import { type CalendarDate, daysBetween } from '../calendarDate';
import { firstRule } from './compiled';
import { HARD_RULES, type HardRule } from './settings';

/**
 * The waiting list (issue 15, docs/outreach.md): mentees who have waited longer than the
 * programme's limit for a mentor, each with what most stands in the way and a message that keeps
 * them informed. Pure: the server reads the sheets once (src/server/matching/waitingList.ts).
 */

/** The Settings sheet's key for the limit in days. */
export const WAITING_DAYS_SETTING = 'matching.waitingDays';
export const WAITING_DAYS_DEFAULT = 30;
export const WAITING_DAYS_MIN = 1;
/** A year: a longer limit would hide everyone, which is not a waiting list. */
export const WAITING_DAYS_MAX = 365;

/**
 * The limit as typed in the Settings sheet or sent by the sidebar: a whole number of days from
 * WAITING_DAYS_MIN to WAITING_DAYS_MAX, else null (the caller says so and keeps the default).
 */
export function parseWaitingDays(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,6}$/.test(text)) return null;
  const days = Number(text);
  return days >= WAITING_DAYS_MIN && days <= WAITING_DAYS_MAX ? days : null;
}

/** Whole days since the application, as calendar days of the spreadsheet's zone; null when the day is unknown. */
export function daysWaited(applied: CalendarDate | null, today: CalendarDate): number | null {
  return applied ? Math.max(0, daysBetween(applied, today)) : null;
}

export interface WaitingEntry {
  readonly id: string;
  /** Days waited, or null when the application date is unknown. */
  readonly days: number | null;
}

/**
 * The mentees who have waited longer than `limit` days, longest first (then by id). A mentee
 * with no application date is listed too, last: nothing says she has waited less, and a list
 * that left her out could forget her for good.
 */
export function longWaiting(
  mentees: readonly { readonly id: string; readonly applied: CalendarDate | null }[],
  today: CalendarDate,
  limit: number,
): WaitingEntry[] {
  const entries = mentees.map((m) => ({ id: m.id, days: daysWaited(m.applied, today) })).filter((e) => e.days === null || e.days > limit);
  return entries.sort((a, b) => (b.days ?? -1) - (a.days ?? -1) || a.id.localeCompare(b.id));
}

/** What a compiled run answers for a pair: the first rule it breaks, as its bit (0: none). */
export interface RuleReader {
  firstBreach(mentor: number, mentee: number): number;
}

export interface MentorFit {
  /** Mentors no rule excludes (with a free place): a match could be proposed now. */
  readonly eligible: number;
  readonly mentors: number;
  /** The rule that excludes the most mentors (each counted under the first rule it breaks); null when none is excluded. */
  readonly top: { readonly rule: HardRule; readonly count: number } | null;
}

/**
 * Why no mentor fits mentee `j`: one pass over the mentors of the run, each counted under its
 * first broken rule, as the Matching tab counts them ("12 excluded: 7 with no common language…"),
 * so the rule named here is the largest group there. A tie goes to the rule met first.
 */
export function mentorFit(run: RuleReader, j: number, mentorCount: number): MentorFit {
  const counts = new Map<HardRule, number>();
  let eligible = 0;
  for (let k = 0; k < mentorCount; k++) {
    const rule = firstRule(run.firstBreach(k, j));
    if (rule === null) eligible++;
    else counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  let top: MentorFit['top'] = null;
  for (const rule of HARD_RULES) {
    const count = counts.get(rule) ?? 0;
    if (count > 0 && (top === null || count > top.count)) top = { rule, count };
  }
  return { eligible, mentors: mentorCount, top };
}

import { describe, expect, it } from 'vitest';
import { addDays, parseCalendarDate } from '../../src/core/calendarDate';
import { RULE_BIT } from '../../src/core/matching/compiled';
import {
  daysWaited,
  longWaiting,
  mentorFit,
  parseWaitingDays,
  WAITING_DAYS_DEFAULT,
  WAITING_DAYS_MAX,
  WAITING_DAYS_MIN,
} from '../../src/core/matching/waitingList';
import { SETTINGS_SPEC } from '../../src/core/settings';

const today = parseCalendarDate('2026-11-23')!;
const ago = (days: number) => addDays(today, -days);

describe('the waiting limit (Settings, "matching.waitingDays")', () => {
  it('defaults to 30 days, seeded by setup', () => {
    expect(WAITING_DAYS_DEFAULT).toBe(30);
    expect(SETTINGS_SPEC.find((s) => s.key === 'matching.waitingDays')?.defaultValue({ spreadsheetName: 'x', locale: 'en_GB' })).toBe('30');
  });
  it('takes a whole number of days at and within its limits, as typed in the sheet or sent as a number', () => {
    expect(parseWaitingDays(WAITING_DAYS_MIN)).toBe(1);
    expect(parseWaitingDays(WAITING_DAYS_MAX)).toBe(365);
    expect(parseWaitingDays(' 45 ')).toBe(45);
    expect(parseWaitingDays(30)).toBe(30);
  });
  it('refuses below, above, fractions, signs, words and nothing', () => {
    for (const bad of [0, WAITING_DAYS_MAX + 1, 30.5, -5, '-5', '+5', '1e2', 'thirty', '', null, undefined, Number.NaN, Number.POSITIVE_INFINITY, true, {}])
      expect(parseWaitingDays(bad), String(bad)).toBeNull();
  });
});

describe('who is on the waiting list', () => {
  const limit = 30;
  const list = (mentees: { id: string; applied: ReturnType<typeof ago> | null }[]) => longWaiting(mentees, today, limit);
  it('waiting N−1 and N days: not yet; N+1 days: listed', () => {
    expect(list([{ id: 'a', applied: ago(29) }])).toEqual([]);
    expect(list([{ id: 'b', applied: ago(30) }])).toEqual([]);
    expect(list([{ id: 'c', applied: ago(31) }])).toEqual([{ id: 'c', days: 31 }]);
  });
  it('an unknown application date is listed, last, with no number of days', () => {
    expect(
      list([
        { id: 'u', applied: null },
        { id: 'c', applied: ago(90) },
      ]),
    ).toEqual([
      { id: 'c', days: 90 },
      { id: 'u', days: null },
    ]);
  });
  it('longest wait first, then by id', () => {
    expect(
      list([
        { id: 'b', applied: ago(40) },
        { id: 'a', applied: ago(40) },
        { id: 'c', applied: ago(100) },
      ]).map((e) => e.id),
    ).toEqual(['c', 'a', 'b']);
  });
  it('days are calendar days; an application dated after today (clock skew) waits 0 days', () => {
    expect(daysWaited(ago(1), today)).toBe(1);
    expect(daysWaited(addDays(today, 2), today)).toBe(0);
    expect(daysWaited(null, today)).toBeNull();
  });
});

describe('why no mentor fits', () => {
  /** A run where mentor k breaks the rules masks[k] (its first one is what counts). */
  const run = (masks: number[]) => ({ firstBreach: (k: number) => masks[k]! & -masks[k]! });
  it('names the rule that rules out the most mentors, each counted under its first broken rule', () => {
    const fit = mentorFit(run([RULE_BIT.language, RULE_BIT.language | RULE_BIT.capacity, RULE_BIT.capacity, RULE_BIT.availability, RULE_BIT.language]), 0, 5);
    expect(fit).toEqual({ eligible: 0, mentors: 5, top: { rule: 'language', count: 3 } });
  });
  it('a tie goes to the rule met first in the rules’ order', () => {
    expect(mentorFit(run([RULE_BIT.capacity, RULE_BIT.availability]), 0, 2).top).toEqual({ rule: 'availability', count: 1 });
  });
  it('counts the mentors who fit, and names no rule when none is broken', () => {
    expect(mentorFit(run([0, RULE_BIT.training, 0]), 0, 3)).toEqual({ eligible: 2, mentors: 3, top: { rule: 'training', count: 1 } });
    expect(mentorFit(run([0]), 0, 1)).toEqual({ eligible: 1, mentors: 1, top: null });
    expect(mentorFit(run([]), 0, 0)).toEqual({ eligible: 0, mentors: 0, top: null });
  });
  it('reads each mentor once for the mentee asked about', () => {
    const asked: string[] = [];
    const reader = {
      firstBreach: (k: number, j: number) => {
        asked.push(`${k}:${j}`);
        return 0;
      },
    };
    mentorFit(reader, 2, 3);
    expect(asked).toEqual(['0:2', '1:2', '2:2']);
  });
});

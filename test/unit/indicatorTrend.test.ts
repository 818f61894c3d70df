import { describe, expect, it } from 'vitest';
import { calendarDateOf, parseCalendarDate } from '../../src/core/calendarDate';
import { computeIndicators, type IndicatorInput, meetsTarget, pairMonths } from '../../src/core/supervision/indicators';
import { indicatorTrends, MAX_TREND_MONTHS, trendMonths } from '../../src/core/supervision/indicatorTrend';
import { DEFAULT_RHYTHM } from '../../src/core/supervision/rhythm';
import { meetingFacts as meeting, pairFacts as pair } from '../support/supervisionFacts';

const d = (iso: string) => parseCalendarDate(iso)!;

function input(extra: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    pairs: [pair()],
    meetings: [],
    groupSessions: [],
    goals: [],
    mentors: [],
    satisfaction: [],
    appliedOn: new Map(),
    from: d('2026-09-01'),
    to: d('2026-11-30'),
    rhythm: DEFAULT_RHYTHM,
    ...extra,
  };
}

describe('the months of a period', () => {
  it('cuts the first and last month to the period and marks them partial', () => {
    expect(trendMonths(d('2026-09-15'), d('2026-11-10'))).toEqual([
      { month: '2026-09', from: '2026-09-15', to: '2026-09-30', partial: true },
      { month: '2026-10', from: '2026-10-01', to: '2026-10-31', partial: false },
      { month: '2026-11', from: '2026-11-01', to: '2026-11-10', partial: true },
    ]);
  });

  it('gives one month for a period inside a month, none for a period that ends before it starts', () => {
    expect(trendMonths(d('2026-02-01'), d('2026-02-28'))).toEqual([{ month: '2026-02', from: '2026-02-01', to: '2026-02-28', partial: false }]);
    expect(trendMonths(d('2026-03-10'), d('2026-03-01'))).toEqual([]);
  });

  it('crosses a year and keeps the latest months of a long period', () => {
    const months = trendMonths(d('2020-01-01'), d('2026-12-31'));
    expect(months).toHaveLength(MAX_TREND_MONTHS);
    expect(months[0]!.month).toBe('2025-01');
    expect(months.at(-1)!.month).toBe('2026-12');
    expect(trendMonths(d('2026-12-20'), d('2027-01-05')).map((m) => m.month)).toEqual(['2026-12', '2027-01']);
  });
});

describe('indicator trends by month', () => {
  it('gives no value for months with no data, and counts a pair active across months in each of them', () => {
    const trends = indicatorTrends(
      input({
        from: d('2026-07-01'),
        to: d('2026-11-30'),
        meetings: [meeting('2026-09-03'), meeting('2026-09-17'), meeting('2026-10-08')],
      }),
    );
    const perMonth = trends.meetingsPerMonth;
    expect(perMonth.map((p) => p.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    // July and August: the pair had not started; nothing to count, so no value (not zero).
    expect(perMonth.slice(0, 2).map((p) => p.value)).toEqual([null, null]);
    expect(perMonth.slice(0, 2).map((p) => p.met)).toEqual([null, null]);
    // September 30 days (0.99 of a month), October 31, November 30: the same pair in each.
    expect(perMonth.slice(2).map((p) => [p.numerator, p.denominator, p.value])).toEqual([
      [2, 1, 2],
      [1, 1, 1],
      [0, 1, 0],
    ]);
    // A pair mentoring in a month is a mentee guided in that month only if they met.
    expect(trends.personalGuidance.slice(2).map((p) => [p.numerator, p.denominator])).toEqual([
      [1, 1],
      [1, 1],
      [0, 1],
    ]);
  });

  it('puts a meeting on the last evening of a month in that month, and the next morning in the next', () => {
    const trends = indicatorTrends(input({ meetings: [meeting('2026-09-30'), meeting('2026-10-01')] }));
    expect(trends.meetingsPerMonth.map((p) => p.numerator)).toEqual([1, 1, 0]);
  });

  it('takes a diary sent late at night in the spreadsheet’s zone as that day, not the UTC one', () => {
    // 22:30 UTC on 30 September is 00:30 on 1 October in Rome: the data layer gives the zone's day.
    const sentOn = calendarDateOf(new Date('2026-09-30T22:30:00Z'), 'Europe/Rome');
    expect(sentOn).toBe('2026-10-01');
    const trends = indicatorTrends(input({ meetings: [meeting('2026-09-29', { submittedOn: sentOn })] }));
    // Diaries count by the day they were sent: none in September, one in October.
    expect(trends.diarySubmission.map((p) => [p.month, p.numerator, p.denominator])).toEqual([
      ['2026-09', 0, 1],
      ['2026-10', 1, 1],
      ['2026-11', 0, 1],
    ]);
    expect(trends.diarySubmission.map((p) => p.met)).toEqual([false, true, false]);
  });

  it('marks a month met at exactly the target, not met just below, met just above, and unknown without a target', () => {
    // Group supervision: a month is counted if it had a session; per month the share is 0 or 1.
    const groupSessions = [d('2026-09-20'), d('2026-11-18')];
    const at = indicatorTrends(input({ groupSessions }), { groupSupervision: 1 });
    expect(at.groupSupervision.map((p) => [p.value, p.met])).toEqual([
      [1, true],
      [0, false],
      [1, true],
    ]);
    const above = indicatorTrends(input({ groupSessions }), { groupSupervision: 0.5 });
    expect(above.groupSupervision.map((p) => p.met)).toEqual([true, false, true]);
    const unknown = indicatorTrends(input({ groupSessions }), {});
    expect(unknown.groupSupervision.map((p) => p.met)).toEqual([null, null, null]);
    expect(unknown.meetingsPerMonth.every((p) => p.met === null)).toBe(true);
  });

  it('agrees with the period’s own figure for a period of one whole month', () => {
    const data = input({ from: d('2026-10-01'), to: d('2026-10-31'), meetings: [meeting('2026-10-02'), meeting('2026-10-20')] });
    const [point] = indicatorTrends(data).meetingsPerMonth;
    const period = computeIndicators(data).find((i) => i.id === 'meetingsPerMonth')!;
    expect(point).toMatchObject({ value: period.value, numerator: period.numerator, denominator: period.denominator, partial: false });
  });
});

describe('meeting a target', () => {
  it('is met at the target, and just above, but not just below; unknown without a value or a target', () => {
    expect(meetsTarget(0.85, 0.85)).toBe(true);
    expect(meetsTarget(17 / 20, 0.85)).toBe(true);
    expect(meetsTarget(0.8499, 0.85)).toBe(false);
    expect(meetsTarget(0.8501, 0.85)).toBe(true);
    expect(meetsTarget(null, 0.85)).toBeNull();
    expect(meetsTarget(0.9, null)).toBeNull();
  });
});

describe('pair-months', () => {
  it('counts only the days each pair was mentoring within the period', () => {
    const pairs = [
      pair(),
      pair({ code: 'P-0002', startedOn: d('2026-10-01'), introMeetingOn: d('2026-10-01') }),
      pair({ code: 'P-0003', startedOn: d('2026-09-01'), closedOn: d('2026-09-15'), status: 'Closed – ended early' }),
      pair({ code: 'P-0004', startedOn: null, introMeetingOn: null, acceptedOn: null }),
    ];
    // 91 + 61 + 15 days = 167 days = 5.5 months of 30.4 days.
    expect(pairMonths(pairs, d('2026-09-01'), d('2026-11-30'))).toBe(5.5);
    expect(pairMonths([], d('2026-09-01'), d('2026-11-30'))).toBe(0);
  });

  it('explains meetings per pair per month as meetings over pair-months', () => {
    const meetings = Array.from({ length: 10 }, (_, i) => meeting(`2026-09-${String(i + 1).padStart(2, '0')}`));
    const perMonth = computeIndicators(input({ meetings })).find((i) => i.id === 'meetingsPerMonth')!;
    // One pair, September to November: 91 days = 3 pair-months.
    expect(perMonth).toMatchObject({ numerator: 10, denominator: 3, value: 3.3 });
  });
});

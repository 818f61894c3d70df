import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  calendarDateOf,
  compareDays,
  daysBetween,
  formatCalendarDate,
  midnightIn,
  monthOf,
  monthStart,
  parseCalendarDate,
} from '../../src/core/calendarDate';
import { isoDay } from '../../src/core/values';

const day = (text: string) => parseCalendarDate(text)!;

/**
 * Zones either side of UTC, with half-hour and 13-hour offsets, southern-hemisphere DST, and zones
 * whose clocks skip midnight itself (Santiago, Havana, Beirut): where "midnight in the zone" is hardest.
 */
const ZONES = [
  'Europe/Rome',
  'America/New_York',
  'Asia/Kabul',
  'Pacific/Auckland',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
];

const FIRST = day('1971-01-01');
const SPAN = daysBetween(FIRST, day('2099-12-31'));
const days = fc.integer({ min: 0, max: SPAN }).map((n) => addDays(FIRST, n));
const zones = fc.constantFrom(...ZONES);
const instants = fc.integer({ min: Date.parse('1971-01-02T00:00:00Z'), max: Date.parse('2099-12-30T00:00:00Z') }).map((ms) => new Date(ms));

describe('calendar dates: a day in a zone and back', () => {
  it('round-trips a day through midnight in any zone', () => {
    fc.assert(
      fc.property(days, zones, (d, zone) => {
        expect(calendarDateOf(midnightIn(d, zone), zone)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the first instant of the day: a millisecond earlier is the day before', () => {
    fc.assert(
      fc.property(days, zones, (d, zone) => {
        expect(calendarDateOf(new Date(midnightIn(d, zone).getTime() - 1), zone)).toBe(addDays(d, -1));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the day Intl gives, for any instant, near clock changes too (the offset is asked once a day)', () => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const intlDay = (instant: Date, zone: string) => {
      if (!formats.has(zone)) formats.set(zone, new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }));
      return formats.get(zone)!.format(instant);
    };
    // Hours around clock changes: Rome's, St John's at :30 UTC, Lord Howe's half-hour change, Samoa's skipped day.
    const changes = ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-03-08T05:30:00Z', '2026-04-04T15:00:00Z', '2011-12-30T10:00:00Z'].map(Date.parse);
    const nearChange = fc
      .tuple(fc.constantFrom(...changes), fc.integer({ min: -36 * 3_600_000, max: 36 * 3_600_000 }))
      .map(([at, shift]) => new Date(at + shift));
    const zonesWithOddChanges = fc.constantFrom(...ZONES, 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kathmandu');
    fc.assert(
      fc.property(fc.oneof(instants, nearChange), zonesWithOddChanges, (instant, zone) => {
        expect(calendarDateOf(instant, zone)).toBe(intlDay(instant, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('puts every instant between the midnight of its day and the next', () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const d = calendarDateOf(instant, zone);
        expect(midnightIn(d, zone).getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(midnightIn(addDays(d, 1), zone).getTime()).toBeGreaterThan(instant.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('is midnight on the wall clock across DST changes, and moves past a midnight the clock skips', () => {
    // Rome: summer time starts at 02:00 on 29 March 2026 and ends at 03:00 on 25 October.
    expect(midnightIn(day('2026-03-28'), 'Europe/Rome').toISOString()).toBe('2026-03-27T23:00:00.000Z');
    expect(midnightIn(day('2026-03-29'), 'Europe/Rome').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(midnightIn(day('2026-03-30'), 'Europe/Rome').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(midnightIn(day('2026-10-25'), 'Europe/Rome').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(midnightIn(day('2026-10-26'), 'Europe/Rome').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(midnightIn(day('2026-09-08'), 'Europe/Rome').toISOString()).toBe('2026-09-07T22:00:00.000Z');
    expect(midnightIn(day('2026-03-08'), 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(midnightIn(day('2026-03-09'), 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(midnightIn(day('2026-09-08'), 'Asia/Kabul').toISOString()).toBe('2026-09-07T19:30:00.000Z');
    // Auckland: daylight time from 02:00 on 27 September 2026; midnight that day is still +12.
    expect(midnightIn(day('2026-09-27'), 'Pacific/Auckland').toISOString()).toBe('2026-09-26T12:00:00.000Z');
    expect(midnightIn(day('2026-09-28'), 'Pacific/Auckland').toISOString()).toBe('2026-09-27T11:00:00.000Z');
    // Santiago skips 00:00-00:59 on 6 September 2026: the day starts at 01:00 (-03).
    expect(midnightIn(day('2026-09-06'), 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    // ... and repeats 23:00-23:59 on 4 April: 5 April starts once, at -04.
    expect(midnightIn(day('2026-04-05'), 'America/Santiago').toISOString()).toBe('2026-04-05T04:00:00.000Z');
  });

  it('reads an instant as the day it is in the zone, not in UTC', () => {
    const typedInRome = new Date('2026-09-07T22:00:00Z');
    expect(calendarDateOf(typedInRome, 'Europe/Rome')).toBe('2026-09-08');
    expect(calendarDateOf(typedInRome, 'UTC')).toBe('2026-09-07');
    const eveningInNewYork = new Date('2026-09-09T03:30:00Z');
    expect(calendarDateOf(eveningInNewYork, 'America/New_York')).toBe('2026-09-08');
    expect(isoDay(typedInRome, 'Europe/Rome')).toBe('2026-09-08');
    expect(isoDay(day('2026-09-08'))).toBe('2026-09-08');
    expect(isoDay(null)).toBe('');
  });
});

describe('calendar dates: arithmetic on days', () => {
  it('adds and counts days as inverses, and orders days as daysBetween does', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const later = addDays(d, n);
        expect(daysBetween(d, later)).toBe(n);
        expect(addDays(later, -n)).toBe(d);
        expect(compareDays(d, later)).toBe(n === 0 ? 0 : n > 0 ? -1 : 1);
        expect(d < later).toBe(n > 0);
      }),
    );
  });

  it('parses only real days in the ISO shape, and prints them back the same', () => {
    fc.assert(
      fc.property(days, (d) => {
        expect(parseCalendarDate(String(d))).toBe(d);
        expect(calendarDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)))).toBe(d);
      }),
    );
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-9-8', '08/09/2026', '2026-09-08T00:00:00Z', ' 2026-09-08', '']) {
      expect(parseCalendarDate(bad)).toBeNull();
    }
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
  });

  it('does arithmetic up to the ends of the range (years 1 to 9999) and refuses to step past them', () => {
    expect(addDays(day('9999-12-30'), 1)).toBe('9999-12-31');
    expect(() => addDays(day('9999-12-31'), 1)).toThrow(RangeError);
    expect(addDays(day('0001-01-02'), -1)).toBe('0001-01-01');
    expect(() => addDays(day('0001-01-01'), -1)).toThrow(RangeError);
    expect(addMonths(day('9999-11-30'), 1)).toBe('9999-12-30');
    expect(() => addMonths(day('9999-12-01'), 1)).toThrow(RangeError);
    expect(addDays(day('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(day('2026-12-31'), 1)).toBe('2027-01-01');
  });

  it('adds months as the checklist always did, and finds a month’s first day', () => {
    expect(addMonths(day('2026-09-08'), 1)).toBe('2026-10-08');
    expect(addMonths(day('2026-09-08'), 12)).toBe('2027-09-08');
    expect(addMonths(day('2026-09-08'), -12)).toBe('2025-09-08');
    expect(addMonths(day('2026-01-31'), 1)).toBe('2026-03-03');
    expect(monthStart(day('2026-09-08'))).toBe('2026-09-01');
    expect(monthOf(day('2026-09-08'))).toBe('2026-09');
    fc.assert(
      fc.property(days, fc.integer({ min: -120, max: 120 }), (d, n) => {
        const start = monthStart(d);
        expect(addMonths(addMonths(start, n), -n)).toBe(start);
      }),
    );
  });

  it('shows a day in the programme’s language, the same day whatever the zone of the machine', () => {
    expect(formatCalendarDate(day('2026-09-08'), 'it-IT')).toBe('8 settembre 2026');
    expect(formatCalendarDate(day('2026-09-08'), 'en-GB')).toBe('8 September 2026');
    fc.assert(
      fc.property(days, (d: CalendarDate) => {
        expect(formatCalendarDate(d, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe(d);
      }),
    );
  });
});

/** What the day arithmetic was before it counted days in integers: a Date's own calendar. */
const viaDate = {
  ymd(ms: number): string {
    const d = new Date(ms);
    return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  },
  midnight(y: number, monthIndex: number, d: number): number {
    const utc = new Date(0);
    utc.setUTCFullYear(y, monthIndex, d);
    return utc.getTime();
  },
};

describe('calendar dates: integer arithmetic agrees with a Date’s calendar', () => {
  const anyDay = fc.integer({ min: 1, max: 9999 * 366 }).map((n) => ({ n }));
  const years = fc.integer({ min: 1, max: 9999 });

  it('validates year, month and day as a Date would, over the whole range and just outside it', () => {
    fc.assert(
      fc.property(years, fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        const ms = viaDate.midnight(y, m - 1, d);
        const real =
          m >= 1 && m <= 12 && d >= 1 && viaDate.ymd(ms) === `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(calendarDate(y, m, d)).toBe(real ? viaDate.ymd(ms) : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('adds days, counts days and adds months as a Date would, including the years before 100', () => {
    const start = day('0001-01-01');
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -800, max: 800 }), fc.integer({ min: -30, max: 30 }), ({ n }, step, months) => {
        const d = addDays(start, n % (9999 * 365));
        const [y, m, dd] = [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
        const base = viaDate.midnight(y, m - 1, dd);
        expect(viaDate.ymd(base)).toBe(d);
        const later = base + step * 86_400_000;
        const laterYear = new Date(later).getUTCFullYear();
        if (laterYear >= 1 && laterYear <= 9999) {
          expect(addDays(d, step)).toBe(viaDate.ymd(later));
          expect(daysBetween(d, addDays(d, step))).toBe(step);
        } else expect(() => addDays(d, step)).toThrow(RangeError);
        const shifted = viaDate.midnight(y, m - 1 + months, dd);
        const shiftedYear = new Date(shifted).getUTCFullYear();
        if (shiftedYear >= 1 && shiftedYear <= 9999) expect(addMonths(d, months)).toBe(viaDate.ymd(shifted));
        else expect(() => addMonths(d, months)).toThrow(RangeError);
      }),
      { numRuns: 5000 },
    );
  });

  it('drops a fraction of a month, as a Date does', () => {
    for (const months of [1.5, -1.5, 0.9, -0.9, 18.5]) {
      const utc = new Date(Date.UTC(2026, 10, 23));
      utc.setUTCMonth(utc.getUTCMonth() + months);
      expect(addMonths(day('2026-11-23'), months)).toBe(utc.toISOString().slice(0, 10));
    }
  });

  it('keeps a fraction of a day within the day it falls in', () => {
    expect(addDays(day('2026-03-01'), 0.5)).toBe('2026-03-01');
    expect(addDays(day('2026-03-01'), -0.5)).toBe('2026-02-28');
    expect(() => addDays(day('2026-03-01'), Number.NaN)).toThrow(RangeError);
  });
});

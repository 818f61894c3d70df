import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseCalendarDate } from '../../src/core/calendarDate';
import { type BackgroundCheck, backgroundCheckState, checkStatus, counts, EXPIRY_WARNING_DAYS, expiresWithin } from '../../src/core/matching/readiness';

const day = (text: string) => parseCalendarDate(text)!;
const check = (doneOn: string | null, expiresOn: string | null, label = 'VOG'): BackgroundCheck => ({
  label,
  doneOn: doneOn ? day(doneOn) : null,
  expiresOn: expiresOn ? day(expiresOn) : null,
});

describe('a background check counts until the day it expires', () => {
  const vog = check('2025-06-01', '2026-06-01');
  it('the day before the expiry: counts', () => expect(counts(vog, day('2026-05-31'))).toBe(true));
  it('the day of the expiry: no longer counts (the stricter reading)', () => expect(counts(vog, day('2026-06-01'))).toBe(false));
  it('the day after: does not count', () => expect(counts(vog, day('2026-06-02'))).toBe(false));
  it('from the day it was done, not before', () => {
    expect(counts(vog, day('2025-06-01'))).toBe(true);
    expect(counts(vog, day('2025-05-31'))).toBe(false);
  });
  it('without an expiry date: counts from the day done on', () => expect(counts(check('2020-01-01', null), day('2030-01-01'))).toBe(true));
  it('without the day it was done: never counts', () => expect(counts(check(null, '2030-01-01'), day('2026-01-01'))).toBe(false));
});

describe('the state of a mentor’s checks', () => {
  const today = day('2026-12-02');
  it('missing: no check at all, only an undated one, or only one planned after today', () => {
    expect(backgroundCheckState([], today)).toEqual({ state: 'missing' });
    expect(backgroundCheckState([check(null, null)], today)).toEqual({ state: 'missing' });
    expect(backgroundCheckState([check('2026-12-03', '2027-12-03')], today)).toEqual({ state: 'missing' });
  });
  it('expired: names the latest check done', () => {
    const older = check('2023-01-01', '2024-01-01', 'old');
    const newer = check('2024-02-01', '2026-12-02', 'new');
    expect(backgroundCheckState([older, newer], today)).toEqual({ state: 'expired', check: newer });
    expect(backgroundCheckState([newer, older], today)).toEqual({ state: 'expired', check: newer });
  });
  it('expired: a check done today that expires today is expired, not missing', () => {
    const sameDay = check('2026-12-02', '2026-12-02');
    expect(backgroundCheckState([sameDay], today)).toEqual({ state: 'expired', check: sameDay });
  });
  it('expired: of two checks done the same day, the one that lasted longer gives the expiry, in either order', () => {
    const shorter = check('2024-02-01', '2025-02-01', 'short');
    const longer = check('2024-02-01', '2026-02-01', 'long');
    expect(checkStatus([shorter, longer], today)).toEqual({ state: 'expired', expiredOn: '2026-02-01' });
    expect(checkStatus([longer, shorter], today)).toEqual({ state: 'expired', expiredOn: '2026-02-01' });
  });
  it('valid: a renewed check wins over an expired one, and the longest-lasting valid check decides', () => {
    const expired = check('2023-01-01', '2024-01-01');
    const short = check('2026-01-01', '2027-01-01', 'short');
    const long = check('2026-02-01', '2028-01-01', 'long');
    const open = check('2026-03-01', null, 'open');
    expect(backgroundCheckState([expired, short], today)).toEqual({ state: 'valid', check: short });
    expect(backgroundCheckState([short, long], today)).toEqual({ state: 'valid', check: long });
    expect(backgroundCheckState([long, short], today)).toEqual({ state: 'valid', check: long });
    expect(backgroundCheckState([long, open], today)).toEqual({ state: 'valid', check: open });
    expect(backgroundCheckState([open, long], today)).toEqual({ state: 'valid', check: open });
  });
});

describe('the warning before an expiry', () => {
  const today = day('2026-12-02');
  const expiring = (days: number) => backgroundCheckState([check('2025-01-01', addDays(today, days))], today);
  it(`warns ${EXPIRY_WARNING_DAYS} days ahead, and on every day after until it expires`, () => {
    expect(expiresWithin(expiring(EXPIRY_WARNING_DAYS + 1), today)).toBeNull();
    expect(expiresWithin(expiring(EXPIRY_WARNING_DAYS), today)).toBe(EXPIRY_WARNING_DAYS);
    expect(expiresWithin(expiring(EXPIRY_WARNING_DAYS - 1), today)).toBe(EXPIRY_WARNING_DAYS - 1);
    expect(expiresWithin(expiring(1), today)).toBe(1);
  });
  it('not for a check without an expiry, nor for one expired or missing (those are exclusions, not warnings)', () => {
    expect(expiresWithin(backgroundCheckState([check('2025-01-01', null)], today), today)).toBeNull();
    expect(expiresWithin(expiring(0), today)).toBeNull();
    expect(expiresWithin(backgroundCheckState([], today), today)).toBeNull();
  });
  it('takes another window when asked', () => expect(expiresWithin(expiring(60), today, 60)).toBe(60));
});

describe('properties', () => {
  const dayArb = fc.integer({ min: 0, max: 3650 }).map((n) => addDays(day('2020-01-01'), n));
  const checkArb = fc.record({
    label: fc.string(),
    doneOn: fc.option(dayArb, { nil: null }),
    expiresOn: fc.option(dayArb, { nil: null }),
  }) as fc.Arbitrary<BackgroundCheck>;
  it('valid exactly when some check counts today, and the chosen one does', () => {
    fc.assert(
      fc.property(fc.array(checkArb, { maxLength: 5 }), dayArb, (checks, today: CalendarDate) => {
        const state = backgroundCheckState(checks, today);
        expect(state.state === 'valid').toBe(checks.some((c) => counts(c, today)));
        if (state.state === 'valid') expect(counts(state.check, today)).toBe(true);
        if (state.state === 'expired') expect(checks).toContain(state.check);
      }),
    );
  });
});

describe('what matching is told of the checks', () => {
  const today = day('2026-03-03');
  it('the state alone, and the day an expired check stopped counting: never the label or the day done', () => {
    expect(checkStatus([check('2025-03-01', '2026-03-04', 'Certificato penale')], today)).toEqual({ state: 'valid' });
    expect(checkStatus([check('2025-03-01', null)], today)).toEqual({ state: 'valid' });
    expect(checkStatus([check('2025-03-01', '2026-03-03', 'Certificato penale')], today)).toEqual({ state: 'expired', expiredOn: '2026-03-03' });
    expect(checkStatus([check('2025-03-01', '2026-03-02')], today)).toEqual({ state: 'expired', expiredOn: '2026-03-02' });
    expect(checkStatus([], today)).toEqual({ state: 'missing' });
    expect(checkStatus([check('2026-03-04', null)], today)).toEqual({ state: 'missing' });
  });

  it('agrees with the full state on every day around an expiry', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), (doneOffset, expiryOffset) => {
        const checks = [check(addDays(today, doneOffset), addDays(today, expiryOffset))];
        const full = backgroundCheckState(checks, today);
        const status = checkStatus(checks, today);
        expect(status.state).toBe(full.state);
        expect(JSON.stringify(status)).not.toContain('VOG');
      }),
    );
  });
});

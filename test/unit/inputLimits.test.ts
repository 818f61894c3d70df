import { describe, expect, it } from 'vitest';
import {
  COUNT_LIMITS,
  countProblem,
  inRange,
  NUMBER_LIMITS,
  nearLimit,
  numberProblem,
  RHYTHM_LIMITS,
  shownRange,
  TEXT_LIMITS,
  textProblem,
} from '../../src/core/inputLimits';
import { catalogueOf } from '../../src/core/i18n';
import { CRITERIA, DEFAULT_MATCHING, normaliseMatchingSettings } from '../../src/core/matching/settings';
import { parseWaitingDays, WAITING_DAYS_DEFAULT, WAITING_DAYS_MAX, WAITING_DAYS_MIN } from '../../src/core/matching/waitingList';
import { normaliseTemplate } from '../../src/core/supervision/checklist';
import { DEFAULT_RHYTHM, normaliseRhythm } from '../../src/core/supervision/rhythm';
import { UserError } from '../../src/core/errors';
import { expectNumberIn, expectText } from '../../src/core/validate';

describe('text limits', () => {
  it.each(Object.entries(TEXT_LIMITS))('%s: the limit passes, one more is refused with both lengths', (_id, limit) => {
    expect(textProblem('x'.repeat(limit.max), limit)).toBeNull();
    expect(textProblem('', limit)).toBeNull();
    expect(textProblem('x'.repeat(limit.max + 1), limit)).toEqual({ key: 'limits.tooLong', params: { length: limit.max + 1, max: limit.max } });
  });

  it('names every field in the catalogue', () => {
    const messages = catalogueOf('en').messages as Record<string, string>;
    for (const limit of [...Object.values(TEXT_LIMITS), ...Object.values(NUMBER_LIMITS), ...Object.values(COUNT_LIMITS)])
      expect(messages[limit.label]).toBeTruthy();
  });

  it('shows a counter from the last fifth of the limit on', () => {
    expect(nearLimit(1599, TEXT_LIMITS.ackNote)).toBe(false);
    expect(nearLimit(1600, TEXT_LIMITS.ackNote)).toBe(true);
    expect(nearLimit(52_000, TEXT_LIMITS.ackNote)).toBe(true);
  });

  it('expectText refuses, naming the field, instead of cutting', () => {
    expect(expectText('ok', TEXT_LIMITS.ackNote, 'Note')).toBe('ok');
    const refusal = (() => {
      try {
        expectText('x'.repeat(50_000), TEXT_LIMITS.statusReason, 'Reason');
      } catch (error) {
        return error;
      }
    })() as UserError;
    expect(refusal).toBeInstanceOf(UserError);
    expect([refusal.key, refusal.params]).toEqual(['limits.tooLong', { field: 'Reason', length: 50_000, max: 2000 }]);
    expect(() => expectText(42, TEXT_LIMITS.ackNote, 'Note')).toThrow(UserError);
  });
});

describe('number limits', () => {
  it.each(Object.entries(NUMBER_LIMITS))('%s: both ends pass, just outside and non-numbers are refused', (_id, limit) => {
    const step = limit.whole ? 1 : 0.01 * (limit.max - limit.min);
    expect(inRange(limit.min, limit)).toBe(true);
    expect(inRange(limit.max, limit)).toBe(true);
    expect(inRange(limit.min - step, limit)).toBe(false);
    expect(inRange(limit.max + step, limit)).toBe(false);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '5', null, undefined]) expect(inRange(bad, limit)).toBe(false);
    expect(numberProblem(limit.max + step, limit)).toEqual({ key: limit.whole ? 'limits.wholeRange' : 'limits.range', params: shownRange(limit) });
  });

  it('holds the waiting limit to the bounds the Settings sheet’s value is read with', () => {
    expect(NUMBER_LIMITS.waitingDays).toMatchObject({ min: WAITING_DAYS_MIN, max: WAITING_DAYS_MAX, whole: true });
    for (const days of [0, 1, 30, 365, 366, 1.5]) expect(inRange(days, NUMBER_LIMITS.waitingDays), String(days)).toBe(parseWaitingDays(days) !== null);
    expect(inRange(WAITING_DAYS_DEFAULT, NUMBER_LIMITS.waitingDays)).toBe(true);
  });

  it('refuses a fraction where a whole number is asked, and accepts one where decimals are allowed', () => {
    expect(inRange(2.5, NUMBER_LIMITS.suggestions)).toBe(false);
    expect(inRange(12.5, NUMBER_LIMITS.weight)).toBe(true);
  });

  it('shows a share as a percentage', () => {
    expect(shownRange(NUMBER_LIMITS.target)).toEqual({ min: 0, max: 100 });
    expect(shownRange(NUMBER_LIMITS.weight)).toEqual({ min: 0, max: 100 });
  });

  it('expectNumberIn refuses −50 and 9,999, naming the range', () => {
    expect(() => expectNumberIn(-50, NUMBER_LIMITS.weight, 'Needs')).toThrow(UserError);
    try {
      expectNumberIn(9999, NUMBER_LIMITS.suggestions, 'Suggestions');
    } catch (error) {
      expect((error as UserError).params).toEqual({ field: 'Suggestions', min: 1, max: 20 });
    }
    expect(expectNumberIn(20, NUMBER_LIMITS.suggestions, 'Suggestions')).toBe(20);
  });

  it('counts list entries', () => {
    expect(countProblem(50, COUNT_LIMITS.customItems)).toBeNull();
    expect(countProblem(51, COUNT_LIMITS.customItems)).toEqual({ key: 'limits.tooMany', params: { max: 50 } });
  });
});

/** The stored settings are read with the same limits: what the table accepts is kept, what it refuses falls back. */
describe('the normalisers agree with the table', () => {
  it.each(Object.entries(RHYTHM_LIMITS))('rhythm %s', (field, limit) => {
    const key = field as keyof typeof RHYTHM_LIMITS;
    expect(normaliseRhythm({ [key]: limit.min })[key]).toBe(limit.min);
    expect(normaliseRhythm({ [key]: limit.max })[key]).toBe(limit.max);
    expect(normaliseRhythm({ [key]: limit.min - 1 })[key]).toBe(DEFAULT_RHYTHM[key]);
    expect(normaliseRhythm({ [key]: limit.max + 1 })[key]).toBe(DEFAULT_RHYTHM[key]);
  });

  it('matching weights, suggestions and training', () => {
    for (const c of CRITERIA) {
      expect(normaliseMatchingSettings({ weights: { [c]: NUMBER_LIMITS.weight.max } } as never).weights[c]).toBe(NUMBER_LIMITS.weight.max);
      expect(normaliseMatchingSettings({ weights: { [c]: NUMBER_LIMITS.weight.min - 1 } } as never).weights[c]).toBe(DEFAULT_MATCHING.weights[c]);
    }
    for (const field of ['suggestions', 'trainingModulesRequired'] as const) {
      const limit = NUMBER_LIMITS[field];
      expect(normaliseMatchingSettings({ [field]: limit.min })[field]).toBe(limit.min);
      expect(normaliseMatchingSettings({ [field]: limit.max })[field]).toBe(limit.max);
      expect(normaliseMatchingSettings({ [field]: limit.max + 1 })[field]).toBe(DEFAULT_MATCHING[field]);
      expect(normaliseMatchingSettings({ [field]: limit.min - 1 })[field]).toBe(DEFAULT_MATCHING[field]);
    }
  });

  it('custom checklist items', () => {
    const item = (daysAfterStart: number) => ({ id: 'c1', text: 'Library', daysAfterStart });
    expect(normaliseTemplate({ custom: [item(NUMBER_LIMITS.customItemDays.max)] }).custom).toHaveLength(1);
    expect(normaliseTemplate({ custom: [item(NUMBER_LIMITS.customItemDays.max + 1)] }).custom).toHaveLength(0);
    const many = Array.from({ length: COUNT_LIMITS.customItems.max + 1 }, () => item(1));
    expect(normaliseTemplate({ custom: many }).custom).toHaveLength(COUNT_LIMITS.customItems.max);
  });
});

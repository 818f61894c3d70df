import { COUNT_LIMITS, inRange, NUMBER_LIMITS, RHYTHM_LIMITS } from '../inputLimits';

/**
 * The follow-up rhythm, configurable per programme. Defaults: a call 7 to 10 days after the start,
 * contact at 1 and 2 months then every 2 months (orient8); monthly supervision with the diary a
 * week before (AMIR); at least two meetings a month in the first quarter (AMIR indicator).
 */
export interface Rhythm {
  firstCallDays: number;
  followUpMonths: number[];
  followUpEveryMonths: number;
  durationMonths: number;
  noMeetingDays: number;
  meetingsPerMonthFirstQuarter: number;
  diaryDaysBeforeSupervision: number;
  nearEndDays: number;
}

export const DEFAULT_RHYTHM: Rhythm = {
  firstCallDays: 10,
  followUpMonths: [1, 2],
  followUpEveryMonths: 2,
  durationMonths: 12,
  noMeetingDays: 21,
  meetingsPerMonthFirstQuarter: 2,
  diaryDaysBeforeSupervision: 7,
  nearEndDays: 14,
};

/** The stored rhythm, with anything missing or out of the limits (core/inputLimits.ts) replaced by the default. */
export function normaliseRhythm(input: unknown): Rhythm {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Rhythm>;
  const int = (field: keyof typeof RHYTHM_LIMITS) => (inRange(raw[field], RHYTHM_LIMITS[field]) ? (raw[field] as number) : DEFAULT_RHYTHM[field]);
  const month = NUMBER_LIMITS['rhythm.followUpMonth'];
  return {
    firstCallDays: int('firstCallDays'),
    followUpMonths: Array.isArray(raw.followUpMonths)
      ? raw.followUpMonths.filter((m) => inRange(m, month)).slice(0, COUNT_LIMITS.followUpMonths.max)
      : DEFAULT_RHYTHM.followUpMonths,
    followUpEveryMonths: int('followUpEveryMonths'),
    durationMonths: int('durationMonths'),
    noMeetingDays: int('noMeetingDays'),
    meetingsPerMonthFirstQuarter: int('meetingsPerMonthFirstQuarter'),
    diaryDaysBeforeSupervision: int('diaryDaysBeforeSupervision'),
    nearEndDays: int('nearEndDays'),
  };
}

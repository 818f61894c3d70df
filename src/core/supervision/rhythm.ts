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

export function normaliseRhythm(input: unknown): Rhythm {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Rhythm>;
  const int = (v: unknown, min: number, max: number, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback);
  return {
    firstCallDays: int(raw.firstCallDays, 1, 60, DEFAULT_RHYTHM.firstCallDays),
    followUpMonths: Array.isArray(raw.followUpMonths)
      ? raw.followUpMonths.filter((m) => Number.isInteger(m) && m >= 1 && m <= 24).slice(0, 12)
      : DEFAULT_RHYTHM.followUpMonths,
    followUpEveryMonths: int(raw.followUpEveryMonths, 1, 12, DEFAULT_RHYTHM.followUpEveryMonths),
    durationMonths: int(raw.durationMonths, 3, 24, DEFAULT_RHYTHM.durationMonths),
    noMeetingDays: int(raw.noMeetingDays, 7, 90, DEFAULT_RHYTHM.noMeetingDays),
    meetingsPerMonthFirstQuarter: int(raw.meetingsPerMonthFirstQuarter, 1, 8, DEFAULT_RHYTHM.meetingsPerMonthFirstQuarter),
    diaryDaysBeforeSupervision: int(raw.diaryDaysBeforeSupervision, 1, 30, DEFAULT_RHYTHM.diaryDaysBeforeSupervision),
    nearEndDays: int(raw.nearEndDays, 1, 60, DEFAULT_RHYTHM.nearEndDays),
  };
}

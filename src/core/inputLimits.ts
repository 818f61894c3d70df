import type { MessageKey } from './i18n/en/messages';

/**
 * The limits of what a coordinator types, in one table that the server's checks and the sidebar
 * both read: the sidebar shows them before sending (counters, min and max) and refuses with the
 * same words the server would use, so a limit can never differ between the two sides.
 *
 * Text lengths are in UTF-16 code units, what `String.length` and the browser count. They stay
 * far below a Sheets cell's 50,000 characters: a reason or a note is read by a person.
 */
export interface TextLimit {
  readonly max: number;
  /** The field's name in the catalogue, for the message that names it. */
  readonly label: MessageKey;
}

export interface NumberLimit {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (days, months, counts); weights and targets may have decimals. */
  readonly whole: boolean;
  readonly label: MessageKey;
  /** Stored as a share from 0 to 1 but shown and typed as a percentage. */
  readonly percent?: boolean;
}

export const TEXT_LIMITS = {
  statusReason: { max: 2000, label: 'matching.statusReason' },
  excludeReason: { max: 2000, label: 'matching.excludeReason' },
  screeningReason: { max: 2000, label: 'intake.reason' },
  ackNote: { max: 2000, label: 'supervision.ackNote' },
  contactWith: { max: 200, label: 'supervision.withWhom' },
  contactTopics: { max: 5000, label: 'supervision.topics' },
  contactActions: { max: 5000, label: 'supervision.actions' },
  goalArea: { max: 200, label: 'supervision.area' },
  goalText: { max: 2000, label: 'supervision.goal' },
  goalSteps: { max: 5000, label: 'supervision.steps' },
  goalEvidence: { max: 5000, label: 'supervision.evidence' },
  customItem: { max: 300, label: 'settings.customItems' },
} as const satisfies Record<string, TextLimit>;

export const NUMBER_LIMITS = {
  'rhythm.firstCallDays': { min: 1, max: 60, whole: true, label: 'settings.rhythm.firstCallDays' },
  'rhythm.followUpEveryMonths': { min: 1, max: 12, whole: true, label: 'settings.rhythm.followUpEveryMonths' },
  'rhythm.durationMonths': { min: 3, max: 24, whole: true, label: 'settings.rhythm.durationMonths' },
  'rhythm.noMeetingDays': { min: 7, max: 90, whole: true, label: 'settings.rhythm.noMeetingDays' },
  'rhythm.meetingsPerMonthFirstQuarter': { min: 1, max: 8, whole: true, label: 'settings.rhythm.meetingsPerMonthFirstQuarter' },
  'rhythm.diaryDaysBeforeSupervision': { min: 1, max: 30, whole: true, label: 'limits.field.diaryDays' },
  'rhythm.nearEndDays': { min: 1, max: 60, whole: true, label: 'settings.rhythm.nearEndDays' },
  'rhythm.followUpMonth': { min: 1, max: 24, whole: true, label: 'limits.field.followUpMonths' },
  customItemDays: { min: 0, max: 730, whole: true, label: 'settings.customItems' },
  target: { min: 0, max: 1, whole: false, percent: true, label: 'settings.targets' },
  weight: { min: 0, max: 100, whole: false, label: 'settings.weights' },
  suggestions: { min: 1, max: 20, whole: true, label: 'settings.suggestionCount' },
  trainingModulesRequired: { min: 0, max: 5, whole: true, label: 'settings.training' },
  /**
   * The waiting list's limit (Settings sheet, matching.waitingDays): at least a day, at most a
   * year, as a longer limit would hide everyone. core/matching/waitingList.ts reads the sheet's
   * value within the same bounds (WAITING_DAYS_MIN, WAITING_DAYS_MAX; a unit test holds them equal).
   */
  waitingDays: { min: 1, max: 365, whole: true, label: 'limits.field.waitingDays' },
} as const satisfies Record<string, NumberLimit>;

/** How many entries a list setting keeps at most. */
export const COUNT_LIMITS = {
  customItems: { max: 50, label: 'settings.customItems' },
  followUpMonths: { max: 12, label: 'limits.field.followUpMonths' },
} as const satisfies Record<string, { max: number; label: MessageKey }>;

export type TextLimitId = keyof typeof TEXT_LIMITS;
export type NumberLimitId = keyof typeof NUMBER_LIMITS;

/** The rhythm's fields and their limits, in the order settings show them. */
export const RHYTHM_LIMITS = {
  firstCallDays: NUMBER_LIMITS['rhythm.firstCallDays'],
  followUpEveryMonths: NUMBER_LIMITS['rhythm.followUpEveryMonths'],
  durationMonths: NUMBER_LIMITS['rhythm.durationMonths'],
  noMeetingDays: NUMBER_LIMITS['rhythm.noMeetingDays'],
  meetingsPerMonthFirstQuarter: NUMBER_LIMITS['rhythm.meetingsPerMonthFirstQuarter'],
  diaryDaysBeforeSupervision: NUMBER_LIMITS['rhythm.diaryDaysBeforeSupervision'],
  nearEndDays: NUMBER_LIMITS['rhythm.nearEndDays'],
} as const;

/** What is wrong with a value, as a catalogue message; the caller adds `field`, the field's name. */
export interface LimitProblem {
  key: 'limits.tooLong' | 'limits.range' | 'limits.wholeRange' | 'limits.tooMany';
  params: Record<string, number>;
}

export function textProblem(value: string, limit: TextLimit): LimitProblem | null {
  return value.length > limit.max ? { key: 'limits.tooLong', params: { length: value.length, max: limit.max } } : null;
}

/** The limit as the person sees it: a share is typed as a percentage. */
export function shownRange(limit: NumberLimit): { min: number; max: number } {
  return limit.percent ? { min: limit.min * 100, max: limit.max * 100 } : { min: limit.min, max: limit.max };
}

/**
 * Whether `value` (as stored: a share for a percentage) is in range. NaN, infinities, text and
 * a missing value are out of range: a number field left empty is not a number.
 */
export function inRange(value: unknown, limit: NumberLimit): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= limit.min && value <= limit.max && (!limit.whole || Number.isInteger(value));
}

export function numberProblem(value: unknown, limit: NumberLimit): LimitProblem | null {
  if (inRange(value, limit)) return null;
  return { key: limit.whole ? 'limits.wholeRange' : 'limits.range', params: shownRange(limit) };
}

export function countProblem(length: number, limit: { max: number }): LimitProblem | null {
  return length > limit.max ? { key: 'limits.tooMany', params: { max: limit.max } } : null;
}

/** Near enough to the limit to show a counter: the last fifth, and beyond. */
export function nearLimit(length: number, limit: TextLimit): boolean {
  return length >= limit.max * 0.8;
}

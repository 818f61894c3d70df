import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { COUNT_LIMITS, NUMBER_LIMITS } from '../../src/core/inputLimits';
import { DEFAULT_RHYTHM } from '../../src/core/supervision/rhythm';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { supervisionSettingsApi } from '../../src/server/supervision/api';
import { useWorkspace } from '../support/workspace';
import { refusal } from '../support/refusal';

/**
 * The two rhythm settings the sidebar gained fields for (issue 14): the diary's days before
 * supervision and the follow-up months. Their ranges are held in test/integration/inputLimits.test.ts;
 * here, that what is saved is what is read back, and what is refused changes nothing.
 */
function programme() {
  useWorkspace({ now: '2026-11-23T09:00:00Z' });
  setUpProgrammeSheets();
}

const save = (rhythm: Record<string, unknown>) => supervisionSettingsApi.saveSupervisionSettings({ rhythm: rhythm as never });
const saved = () => supervisionSettingsApi.getSupervisionSettings().rhythm;

describe('diary days and follow-up months as saved from the sidebar', () => {
  it('keeps the diary days at both ends of their range and refuses one beyond, leaving the saved value', () => {
    programme();
    const limit = NUMBER_LIMITS['rhythm.diaryDaysBeforeSupervision'];
    expect(save({ diaryDaysBeforeSupervision: limit.min }).rhythm.diaryDaysBeforeSupervision).toBe(limit.min);
    expect(save({ diaryDaysBeforeSupervision: limit.max }).rhythm.diaryDaysBeforeSupervision).toBe(limit.max);
    expect(save({ diaryDaysBeforeSupervision: limit.max - 1 }).rhythm.diaryDaysBeforeSupervision).toBe(limit.max - 1);
    expect(refusal(() => save({ diaryDaysBeforeSupervision: limit.max + 1 })).params).toMatchObject({
      field: 'Diary expected … days before supervision',
      min: limit.min,
      max: limit.max,
    });
    expect(() => save({ diaryDaysBeforeSupervision: limit.min - 1 })).toThrow(UserError);
    expect(saved().diaryDaysBeforeSupervision).toBe(limit.max - 1);
  });

  it('keeps the follow-up months at both ends of their range and refuses a month beyond, leaving the saved months', () => {
    programme();
    const limit = NUMBER_LIMITS['rhythm.followUpMonth'];
    expect(save({ followUpMonths: [limit.min, limit.max] }).rhythm.followUpMonths).toEqual([limit.min, limit.max]);
    expect(refusal(() => save({ followUpMonths: [1, limit.max + 1] })).params).toMatchObject({
      field: 'Follow-up contacts, months after the start',
      min: limit.min,
      max: limit.max,
    });
    expect(() => save({ followUpMonths: [limit.min - 1] })).toThrow(UserError);
    expect(saved().followUpMonths).toEqual([limit.min, limit.max]);
  });

  it('takes as many months as the list holds, refuses one more rather than dropping it', () => {
    programme();
    const max = COUNT_LIMITS.followUpMonths.max;
    const months = Array.from({ length: max }, (_, i) => i + 1);
    expect(save({ followUpMonths: months }).rhythm.followUpMonths).toEqual(months);
    const error = refusal(() => save({ followUpMonths: [...months, max + 1] }));
    expect(error.key).toBe('limits.tooMany');
    expect(error.params).toMatchObject({ max });
    expect(saved().followUpMonths).toEqual(months);
  });

  it('saves no follow-up months when all are removed: the contacts are then every few months only', () => {
    programme();
    expect(save({ followUpMonths: [] }).rhythm.followUpMonths).toEqual([]);
  });

  it('saves the months once each, earliest first, so "every N months" counts on from the last', () => {
    programme();
    expect(save({ followUpMonths: [6, 1, 3, 1] }).rhythm.followUpMonths).toEqual([1, 3, 6]);
  });

  it('resets both to the defaults', () => {
    programme();
    save({ diaryDaysBeforeSupervision: 3, followUpMonths: [4] });
    supervisionSettingsApi.saveSupervisionSettings(null);
    expect(saved()).toMatchObject({
      diaryDaysBeforeSupervision: DEFAULT_RHYTHM.diaryDaysBeforeSupervision,
      followUpMonths: DEFAULT_RHYTHM.followUpMonths,
    });
  });
});

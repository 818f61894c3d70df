import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { UserError } from '../../src/core/errors';
import { NUMBER_LIMITS, type NumberLimitId, shownRange, TEXT_LIMITS, type TextLimitId } from '../../src/core/inputLimits';
import { MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { intakeApi } from '../../src/server/intake/api';
import { matchingApi } from '../../src/server/matching/api';
import { waitingListApi } from '../../src/server/matching/waitingList';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { supervisionApi, supervisionSettingsApi } from '../../src/server/supervision/api';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { useWorkspace } from '../support/workspace';
import { refusal } from '../support/refusal';

/**
 * The server holds every limit of core/inputLimits.ts: the limit itself is accepted, one more is
 * refused with the field's name and the limit (never cut, never replaced by a default).
 */
function programme() {
  useWorkspace({ now: '2026-11-23T09:00:00Z' });
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const day = (iso: string) => parseCalendarDate(iso)!;
  appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-0001', name: 'Samira Haddad', trainingModules: 5, capacity: 1 }], { byCoordinator: true });
  appendRecords(readTable(spreadsheet, MENTEES), [{ id: 'ME-0001', name: 'Amina Yusuf' }], { byCoordinator: true });
  appendRecords(
    readTable(spreadsheet, PAIRS),
    [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active', acceptedOn: day('2026-09-03'), startedOn: day('2026-09-08') }],
    { byCoordinator: true },
  );
}

const TEXT_CALLS: Record<TextLimitId, (text: string) => unknown> = {
  statusReason: (reason) => matchingApi.updatePairStatus({ code: 'P-0001', status: 'Closed – ended early', reason }),
  excludeReason: (reason) => matchingApi.excludePair({ mentorId: 'MT-0001', menteeId: 'ME-0001', reason }),
  screeningReason: (reason) => intakeApi.setScreeningDecision({ role: 'mentor', id: 'MT-0001', decision: 'Admit', reason }),
  ackNote: (note) => supervisionApi.acknowledgeWarning({ code: 'P-0001', warningId: 'P-0001:noMeeting', note }),
  contactWith: (withWhom) => supervisionApi.logSupervision({ code: 'P-0001', date: '', withWhom, kind: 'Call', topics: '', actions: '' }),
  contactTopics: (topics) => supervisionApi.logSupervision({ code: 'P-0001', date: '', withWhom: '', kind: 'Call', topics, actions: '' }),
  contactActions: (actions) => supervisionApi.logSupervision({ code: 'P-0001', date: '', withWhom: '', kind: 'Call', topics: '', actions }),
  goalArea: (area) => supervisionApi.saveGoal({ code: 'P-0001', area, goal: 'Find a flat', steps: '', status: 'Not started', evidence: '' }),
  goalText: (goal) => supervisionApi.saveGoal({ code: 'P-0001', area: '', goal, steps: '', status: 'Not started', evidence: '' }),
  goalSteps: (steps) => supervisionApi.saveGoal({ code: 'P-0001', area: '', goal: 'Find a flat', steps, status: 'Not started', evidence: '' }),
  goalEvidence: (evidence) => supervisionApi.saveGoal({ code: 'P-0001', area: '', goal: 'Find a flat', steps: '', status: 'Not started', evidence }),
  customItem: (text) => supervisionSettingsApi.saveSupervisionSettings({ template: { off: [], custom: [{ id: 'c1', text, daysAfterStart: 30 }] } }),
};

const rhythm = (field: string) => (value: number) => supervisionSettingsApi.saveSupervisionSettings({ rhythm: { [field]: value } as never });

const NUMBER_CALLS: Record<NumberLimitId, (value: number) => unknown> = {
  'rhythm.firstCallDays': rhythm('firstCallDays'),
  'rhythm.followUpEveryMonths': rhythm('followUpEveryMonths'),
  'rhythm.durationMonths': rhythm('durationMonths'),
  'rhythm.noMeetingDays': rhythm('noMeetingDays'),
  'rhythm.meetingsPerMonthFirstQuarter': rhythm('meetingsPerMonthFirstQuarter'),
  'rhythm.diaryDaysBeforeSupervision': rhythm('diaryDaysBeforeSupervision'),
  'rhythm.nearEndDays': rhythm('nearEndDays'),
  'rhythm.followUpMonth': (m) => supervisionSettingsApi.saveSupervisionSettings({ rhythm: { followUpMonths: [m] } as never }),
  customItemDays: (days) =>
    supervisionSettingsApi.saveSupervisionSettings({ template: { off: [], custom: [{ id: 'c1', text: 'Library', daysAfterStart: days }] } }),
  target: (share) => supervisionSettingsApi.saveSupervisionSettings({ targets: { satisfaction: share } }),
  weight: (w) => matchingApi.saveMatchingSettings({ weights: { needs: w } as never }),
  suggestions: (n) => matchingApi.saveMatchingSettings({ suggestions: n }),
  trainingModulesRequired: (n) => matchingApi.saveMatchingSettings({ trainingModulesRequired: n }),
  waitingDays: (days) => waitingListApi.saveWaitingDays({ days }),
};

describe('text limits on the server', () => {
  it.each(Object.keys(TEXT_LIMITS) as TextLimitId[])('%s: the limit is saved, one character more is refused by name', (id) => {
    const limit = TEXT_LIMITS[id];
    programme();
    expect(() => TEXT_CALLS[id]('x'.repeat(limit.max))).not.toThrow();
    const error = refusal(() => TEXT_CALLS[id]('y'.repeat(limit.max + 1)));
    expect(error.key).toBe('limits.tooLong');
    expect(error.params).toMatchObject({ length: limit.max + 1, max: limit.max });
    expect(String(error.params.field)).not.toBe('');
  });

  it('refuses a pasted 50,000 characters in a reason and keeps nothing of it', () => {
    programme();
    expect(refusal(() => TEXT_CALLS.statusReason('z'.repeat(50_000))).params).toMatchObject({
      field: 'Reason (for a decline or an early end)',
      length: 50_000,
      max: 2000,
    });
    const pair = readTable(SpreadsheetApp.getActiveSpreadsheet(), PAIRS).rows[0]!.values;
    expect(pair.status).toBe('Active');
    expect(pair.endReason ?? '').toBe('');
  });
});

describe('number limits on the server', () => {
  it.each(Object.keys(NUMBER_LIMITS) as NumberLimitId[])('%s: both ends are saved, just outside is refused with the range', (id) => {
    const limit: (typeof NUMBER_LIMITS)[NumberLimitId] = NUMBER_LIMITS[id];
    const step = limit.whole ? 1 : (limit.max - limit.min) / 100;
    programme();
    expect(() => NUMBER_CALLS[id](limit.min)).not.toThrow();
    expect(() => NUMBER_CALLS[id](limit.max)).not.toThrow();
    for (const outside of [limit.max + step, limit.min - step, Number.NaN]) {
      const error = refusal(() => NUMBER_CALLS[id](outside));
      expect(error.key).toBe(limit.whole ? 'limits.wholeRange' : 'limits.range');
      expect(error.params).toMatchObject(shownRange(limit));
    }
  });

  it('says no instead of "saved": a weight of −50, 9,999 suggestions or a 0-day rhythm leave the settings as they were', () => {
    programme();
    matchingApi.saveMatchingSettings({ suggestions: 7, weights: { needs: 40 } as never });
    expect(refusal(() => matchingApi.saveMatchingSettings({ weights: { needs: -50 } as never })).params).toMatchObject({
      field: 'Needs and help offered',
      min: 0,
      max: 100,
    });
    expect(() => matchingApi.saveMatchingSettings({ suggestions: 9999 })).toThrow(UserError);
    expect(matchingApi.getMatchingSettings()).toMatchObject({ suggestions: 7, weights: { needs: 40 } });
    supervisionSettingsApi.saveSupervisionSettings({ rhythm: { firstCallDays: 8 } as never });
    expect(() => supervisionSettingsApi.saveSupervisionSettings({ rhythm: { firstCallDays: 0 } as never })).toThrow(UserError);
    expect(supervisionSettingsApi.getSupervisionSettings().rhythm.firstCallDays).toBe(8);
  });

  it('refuses a 51st custom item rather than dropping it', () => {
    programme();
    const custom = Array.from({ length: 51 }, (_, i) => ({ id: `c${i + 1}`, text: `Item ${i + 1}`, daysAfterStart: 10 }));
    expect(refusal(() => supervisionSettingsApi.saveSupervisionSettings({ template: { off: [], custom } })).key).toBe('limits.tooMany');
    expect(() => supervisionSettingsApi.saveSupervisionSettings({ template: { off: [], custom: custom.slice(0, 50) } })).not.toThrow();
  });
});

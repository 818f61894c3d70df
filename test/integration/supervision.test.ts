import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { supervisionApi, supervisionSettingsApi } from '../../src/server/supervision/api';
import { ACTIVE_PAIR, supervisionProgramme } from '../support/supervisionProgramme';
import { recordsOf } from '../support/workspace';

// Date columns hold calendar days: the table module writes them as midnight in the spreadsheet's zone.
const d = (iso: string) => parseCalendarDate(iso)!;

function programme(today: string) {
  return supervisionProgramme(
    today,
    [ACTIVE_PAIR, { code: 'P-0002', mentorId: 'MT-0002', menteeId: 'ME-0002', status: 'Proposed', proposedOn: d('2026-11-01') }],
    [
      { responseKey: 'r1', pairCode: 'P-0001', mentorId: 'MT-0001', date: d('2026-09-12'), submittedAt: new Date('2026-09-12T18:00:00Z') },
      { responseKey: 'r2', pairCode: 'P-0001', mentorId: 'MT-0001', date: d('2026-09-26'), submittedAt: new Date('2026-09-26T18:00:00Z'), needsSupport: true },
    ],
  );
}

describe('supervision on the programme’s sheets', () => {
  it('builds this week from one batched read per sheet', () => {
    const ws = programme('2026-10-20');
    const week = supervisionApi.getWeekView();
    expect(ws.counter.get('Range.getValues')).toBe(6); // Pairs, Meetings, Supervision, Goals, Assessments, Satisfaction
    expect(week.pairs).toEqual(['P-0001']);
    expect(week.items.map((i) => i.text)).toEqual(
      expect.arrayContaining([
        'The mentor asked for support in the diary of 2026-09-26.',
        'No meeting logged for 24 days.',
        'Overdue since 2026-09-18: Follow-up call (10 days after the start)',
      ]),
    );
  });

  it('moves with the clock: a warning appears when its day comes', () => {
    const ws = programme('2026-10-10');
    const kinds = () => supervisionApi.getWeekView().items.filter((i) => i.text.startsWith('No meeting')).length;
    expect(kinds()).toBe(0);
    ws.clock.advance(10 * 86_400_000);
    expect(kinds()).toBe(1);
  });

  it('records ticks, acknowledgements, contacts and goals as rows a coordinator can read', () => {
    const ws = programme('2026-10-20');
    supervisionApi.setChecklistItem({ code: 'P-0001', itemId: 'intro.roles', done: true });
    const support = supervisionApi.getPairSupervision({ code: 'P-0001' }).warnings.find((w) => w.text.includes('support'))!;
    supervisionApi.acknowledgeWarning({ code: 'P-0001', warningId: support.id, note: 'Called her back' });
    supervisionApi.logSupervision({
      code: 'P-0001',
      date: '2026-10-20',
      withWhom: 'Mentor',
      kind: 'Call',
      topics: 'Support request',
      actions: 'Send the list of language courses',
      nextDate: '2026-11-10',
    });
    supervisionApi.saveGoal({ code: 'P-0001', area: 'Language', goal: 'Enrol in an A2 course', steps: '', status: 'Not started', evidence: '' });
    const view = supervisionApi.getPairSupervision({ code: 'P-0001' });
    expect(view.checklist.find((i) => i.id === 'intro.roles')).toMatchObject({ done: true, doneBy: 'hand' });
    expect(view.checklist.find((i) => i.id === 'followUp.call')).toMatchObject({ done: false, late: true });
    expect(view.checklist.find((i) => i.phase === 'actions')).toMatchObject({ text: 'Action: Send the list of language courses', due: '2026-11-10' });
    expect(view.warnings.map((w) => w.text)).not.toContain(support.text);
    expect(view.goals[0]!.hints).toEqual(['no target date', 'no measure of progress yet (add evidence or steps)']);
    expect(recordsOf(ws, 'Supervision').map((r) => r.Kind)).toEqual(['Checklist item done', 'Warning acknowledged', 'Call']);
    expect(() => supervisionApi.logSupervision({ code: 'P-0001', date: '20/10/2026', withWhom: '', kind: 'Call', topics: '', actions: '' })).toThrow();
  });

  it('writes the Indicators sheet with a chart per AMIR indicator, and rewrites it cleanly', () => {
    const ws = programme('2026-12-20');
    supervisionApi.writeIndicators({ from: '2026-09-01', to: '2026-12-20' });
    supervisionApi.writeIndicators({ from: '2026-09-01', to: '2026-12-20' });
    const sheet = ws.spreadsheet.getSheetByName('Indicators')!;
    expect(sheet.getCharts()).toHaveLength(10);
    const values = ws.workbook().find((s) => s.name === 'Indicators')!.values;
    expect(values[1]!.slice(0, 3)).toEqual(['Indicator', 'Value (%)', 'Target (%)']);
    expect(values.find((r) => r[0] === 'Pairs meeting at least twice a month in the first quarter')!.slice(0, 5)).toEqual([
      'Pairs meeting at least twice a month in the first quarter',
      '0',
      '75',
      '0',
      '1',
    ]);
    // The summary (16 rows), a blank row, then the months September to December under their title and header.
    expect(values).toHaveLength(16 + 1 + 2 + 4);
  });
});

describe('supervision settings', () => {
  it('change the rhythm the warnings follow, and reset to the defaults', () => {
    programme('2026-10-20');
    const noMeeting = () => supervisionApi.getWeekView().items.some((i) => i.text.startsWith('No meeting'));
    expect(noMeeting()).toBe(true);
    const { rhythm } = supervisionSettingsApi.getSupervisionSettings();
    supervisionSettingsApi.saveSupervisionSettings({
      rhythm: { ...rhythm, noMeetingDays: 30 },
      targets: { satisfaction: 0.9 },
      template: { off: ['followUp.contacts', 'intro.roles'], custom: [{ id: 'c1', text: 'Visit the library together', daysAfterStart: 45 }] },
    });
    expect(noMeeting()).toBe(false);
    const checklist = supervisionApi.getPairSupervision({ code: 'P-0001' }).checklist;
    expect(checklist.some((i) => i.id.startsWith('followUp.m') || i.id === 'intro.roles')).toBe(false);
    expect(checklist.find((i) => i.id === 'custom.c1')).toMatchObject({ text: 'Visit the library together', due: '2026-10-23' });
    const saved = supervisionSettingsApi.getSupervisionSettings();
    expect(saved.targets.satisfaction).toBe(0.9);
    expect(saved.targets.progress).toBe(0.7);
    // 7 is not a share: refused, naming the range as the coordinator types it (a percentage), and nothing is saved.
    expect(() => supervisionSettingsApi.saveSupervisionSettings({ targets: { progress: 7 } })).toThrow(
      expect.objectContaining({ key: 'limits.range', params: expect.objectContaining({ min: 0, max: 100 }) }),
    );
    expect(supervisionSettingsApi.getSupervisionSettings().targets.satisfaction).toBe(0.9);
    expect(supervisionSettingsApi.saveSupervisionSettings(null).rhythm.noMeetingDays).toBe(21);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeRange } from '../../fake/spreadsheet';
import { addDays, type CalendarDate } from '../../src/core/calendarDate';
import { sensitiveKind } from '../../src/core/privacy/sensitive';
import { MENTEES, MENTORS, PAIRS, SENSITIVE } from '../../src/core/schema/sheets';
import { sidebarApi } from '../../src/server/api';
import { today } from '../../src/server/workspace/services';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { intakeApi } from '../../src/server/intake/api';
import { proposeMapping } from '../../src/core/intake/mapping';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { AMINA, MENTEE_QUESTIONS, menteeProgramme } from '../support/intake';
import { useWorkspace } from '../support/workspace';

/** The sheets each Range.getValues read, in order. */
function sheetsRead() {
  const spy = vi.spyOn(FakeRange.prototype, 'getValues');
  return () => spy.mock.contexts.map((range) => (range as FakeRange).getSheet().getName());
}

afterEach(() => {
  vi.restoreAllMocks();
});

const stepsDone = (desk: ReturnType<typeof sidebarApi.getHomeDesk>) => Object.fromEntries(desk.steps.map((s) => [s.key, s.done]));

describe('Home: the programme’s desk', () => {
  it('before setup: the first-time path only, nothing read but the properties', () => {
    const ws = useWorkspace();
    ws.counter.reset();
    const desk = sidebarApi.getHomeDesk();
    expect(desk.items).toEqual([]);
    expect(stepsDone(desk)).toEqual({
      'home.step.setUp': false,
      'home.step.forms': false,
      'home.step.autoImport': false,
      'home.step.training': false,
      'home.step.firstMatch': false,
    });
    expect(ws.counter.get('Range.getValues')).toBe(0);
  });

  it('says so when automatic import is off and a response waits, with the sheet’s name', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    const sheet = ws.addResponseSheet('Mentee intake', MENTEE_QUESTIONS);
    const proposal = proposeMapping(['Timestamp', ...MENTEE_QUESTIONS], 'mentee');
    intakeApi.confirmMapping({ sheetId: sheet.getSheetId(), kind: 'mentee', columns: proposal.columns.map((c) => ({ header: c.header, field: c.field })) });
    ws.submitFormResponse('Mentee intake', AMINA);
    const desk = sidebarApi.getHomeDesk();
    expect(desk.items.map((i) => [i.key, i.params])).toEqual([
      ['home.desk.autoImportOff', {}],
      ['home.desk.unimported', { count: 1, sheet: 'Mentee intake' }],
    ]);
    expect(stepsDone(desk)['home.step.autoImport']).toBe(false);
  });

  it('with automatic import on: the response becomes a waiting mentee, counted with how long she has waited', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.clock.advance(12 * 86_400_000);
    const desk = sidebarApi.getHomeDesk();
    expect(desk.items.map((i) => [i.key, i.params])).toEqual([['home.desk.waiting', { count: 1, days: 12 }]]);
    expect(stepsDone(desk)).toMatchObject({ 'home.step.setUp': true, 'home.step.forms': true, 'home.step.autoImport': true, 'home.step.firstMatch': false });
  });

  it('reads Pairs once: the urgent warnings and the documents due come from the same table; one read per sheet, none it does not count from', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.counter.reset();
    const read = sheetsRead();
    sidebarApi.getHomeDesk();
    const sheets = read();
    expect(sheets.filter((s) => s === 'Pairs')).toEqual(['Pairs']);
    expect([...sheets].sort()).toEqual(['Pairs', 'Meetings', 'Supervision', 'Mentees', 'Settings', 'Mentors', 'Sensitive details', 'Mentee intake'].sort());
    // No warning looks at Goals, Assessments or Satisfaction (supervision/data.ts): they stay unread.
    // Before: 11 (those three included), and earlier 10 (Pairs twice, no Settings, no Sensitive details).
    expect(ws.counter.get('Range.getValues')).toBe(8);
  });

  it('urgent warnings and documents due, counted from that one read', () => {
    const ws = useWorkspace();
    ws.clock.set(new Date('2026-06-15T10:00:00Z'));
    setUpProgrammeSheets();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const day = today(spreadsheet.getSpreadsheetTimeZone());
    // Active since three months, no meeting ever logged: the no-meeting warning is urgent; no agreement and no plan either.
    appendRecords(readTable(spreadsheet, PAIRS), [
      { code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active', startedOn: addDays(day, -90), acceptedOn: addDays(day, -100) },
    ]);
    const desk = sidebarApi.getHomeDesk();
    const byKey = Object.fromEntries(desk.items.map((i) => [i.key, i.params]));
    expect(byKey['home.desk.urgentWarnings']).toEqual({ count: expect.any(Number) });
    expect((byKey['home.desk.urgentWarnings'] as { count: number }).count).toBeGreaterThan(0);
    expect(byKey['home.desk.documentsDue']).toEqual({ count: 2 });
    expect(desk.items[0]!.key).toBe('home.desk.urgentWarnings');
  });
});

describe('Home: background checks to renew', () => {
  const CHECK = sensitiveKind('backgroundCheck')!.detail;
  function programme(expiries: (number | null)[]) {
    const ws = useWorkspace();
    ws.clock.set(new Date('2026-06-15T10:00:00Z'));
    setUpProgrammeSheets();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const day = today(spreadsheet.getSpreadsheetTimeZone());
    const mentor = { consentData: true, trainingModules: 5, capacity: 2, languages: 'it:native' };
    appendRecords(readTable(spreadsheet, MENTORS), [
      ...expiries.map((_, i) => ({ id: `MT-000${i + 1}`, name: `Mentor ${i + 1}`, ...mentor })),
      { id: 'MT-0099', name: 'No check', ...mentor },
    ]);
    appendRecords(
      readTable(spreadsheet, SENSITIVE),
      expiries.map((left, i) => ({
        personId: `MT-000${i + 1}`,
        detail: CHECK,
        value: 'VOG',
        checkDoneOn: addDays(day, -300),
        checkExpiresOn: left === null ? '' : (addDays(day, left) as CalendarDate),
      })),
      { byCoordinator: true },
    );
    return ws;
  }
  const checkItems = () =>
    sidebarApi
      .getHomeDesk()
      .items.filter((i) => i.key.startsWith('home.desk.checks'))
      .map((i) => [i.key, i.params, i.area]);

  it('expiring in 31 days, or with no expiry day: nothing to say; no check at all is not an expiry', () => {
    programme([31, null]);
    expect(checkItems()).toEqual([]);
  });
  it('30 and 29 days ahead: expiring, the soonest named; today and yesterday: expired', () => {
    programme([30, 29, 0, -1]);
    expect(checkItems()).toEqual([
      ['home.desk.checksExpired', { count: 2 }, 'matching'],
      ['home.desk.checksExpiring', { count: 2, days: 29 }, 'matching'],
    ]);
  });
  it('a screened-out mentor is not counted', () => {
    const ws = programme([-1]);
    const table = readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTORS);
    const row = table.rows.find((r) => r.values.id === 'MT-0001')!;
    ws.sheet('Mentors')
      .getRange(row.rowNumber, table.headers.indexOf.get('screeningDecision')! + 1)
      .setValue('Not selected');
    expect(checkItems()).toEqual([]);
  });
});

describe('Home: the waiting list’s count', () => {
  it('counts who waited longer than the limit, and follows the limit saved in Settings', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.clock.advance(31 * 86_400_000);
    expect(sidebarApi.getHomeDesk().waitingList).toEqual({ limit: 30, count: 1 });
    sidebarApi.saveWaitingDays({ days: 31 });
    expect(sidebarApi.getHomeDesk().waitingList).toEqual({ limit: 31, count: 0 });
  });
  it('a screened-out mentee is not waiting', () => {
    useWorkspace();
    setUpProgrammeSheets();
    appendRecords(readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES), [{ id: 'ME-0001', name: 'A', screeningDecision: 'Not selected' }], {
      byCoordinator: true,
    });
    expect(sidebarApi.getHomeDesk().items.filter((i) => i.key.startsWith('home.desk.waiting'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { GOALS, MEETINGS, PAIRS } from '../../src/core/schema/sheets';
import type { DocumentSources } from '../../src/server/documents/values';
import { loadSources, pairValues } from '../../src/server/documents/values';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { currentRhythm, supervisionApi } from '../../src/server/supervision/api';
import { currentTime } from '../../src/server/workspace/services';
import { appendRecords, readSheet, readTable, updateRecords } from '../../src/server/workspace/table';
import { PEOPLE } from '../support/peopleSchema';
import { recordsOf, useWorkspace } from '../support/workspace';

/**
 * Issue 12, defect 4: Sheets stores a typed date at midnight in the spreadsheet's zone, so in
 * Europe/Rome "2026-09-08" is 2026-09-07T22:00:00Z. Read through UTC, every typed date was a day
 * early, and "today" was the UTC day. Here dates are typed as a coordinator types them: text into
 * the cell, which Sheets turns into a date.
 */
function programme(timeZone: string, now: string) {
  const ws = useWorkspace({ timeZone, now });
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' }], { byCoordinator: true });
  return { ws, spreadsheet };
}

function cellUnder(sheetName: string, header: string, row: number) {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  return sheet.getRange(row, headers.indexOf(header) + 1);
}

/** What a coordinator does: types the text into the cell under a header, on the record's row. */
function typeInto(sheetName: string, header: string, row: number, text: string) {
  cellUnder(sheetName, header, row).setValue(text);
}

const stored = (sheetName: string, header: string, row: number) => (cellUnder(sheetName, header, row).getValue() as Date).toISOString();

const followUpCall = (items: { id: string; due: string; late: boolean }[]) => items.find((i) => i.id === 'followUp.call')!;

describe('calendar dates typed in a European programme (Europe/Rome)', () => {
  it('puts the 10-day follow-up of a pair started on 8 September on the 18th, in the week view and the checklist', () => {
    const { ws } = programme('Europe/Rome', '2026-09-12T09:00:00Z');
    typeInto('Pairs', 'Started on', 2, '2026-09-08');
    // The cell holds midnight in Rome, as Google stores it: the 7th at 22:00 in UTC.
    expect(stored('Pairs', 'Started on', 2)).toBe('2026-09-07T22:00:00.000Z');
    expect(recordsOf(ws, 'Pairs')[0]!['Started on']).toBe('2026-09-08');

    const week = supervisionApi.getWeekView();
    expect(week.items).toContainEqual(
      expect.objectContaining({ pairCode: 'P-0001', kind: 'due', date: '2026-09-18', text: 'Follow-up call (10 days after the start)' }),
    );
    expect(week.items.some((i) => i.date === '2026-09-17')).toBe(false);
    const pair = supervisionApi.getPairSupervision({ code: 'P-0001' });
    expect(followUpCall(pair.checklist)).toMatchObject({ due: '2026-09-18', late: false });
    expect(pair.checklist.find((i) => i.id === 'followUp.m1')!.due).toBe('2026-10-08');
  });

  it('shows typed dates in DTOs as the day typed, not the day before', () => {
    const { spreadsheet } = programme('Europe/Rome', '2026-10-20T09:00:00Z');
    typeInto('Pairs', 'Started on', 2, '2026-09-08');
    supervisionApi.saveGoal({ code: 'P-0001', area: 'Housing', goal: 'A room', steps: 'Two agencies', status: 'In progress', evidence: '' });
    typeInto('Goals', 'Target date', 2, '2026-12-01');
    appendRecords(readTable(spreadsheet, MEETINGS), [
      { responseKey: 'r1', pairCode: 'P-0001', mentorId: 'MT-0001', submittedAt: new Date('2026-09-26T17:00:00Z'), needsSupport: true },
    ]);
    typeInto('Meetings', 'Meeting date', 2, '2026-09-26');

    const pair = supervisionApi.getPairSupervision({ code: 'P-0001' });
    expect(pair.goals[0]!.targetDate).toBe('2026-12-01');
    expect(pair.warnings.map((w) => w.text)).toContain('The mentor asked for support in the diary of 2026-09-26.');
    expect(pair.warnings.find((w) => w.text.startsWith('No meeting'))?.id ?? '').not.toContain('2026-09-07');
    expect(readTable(spreadsheet, GOALS).rows[0]!.values.targetDate).toBe('2026-12-01');
    expect(readTable(spreadsheet, PAIRS).rows[0]!.values.startedOn).toBe('2026-09-08');
  });

  it('writes a day from the sidebar as that day, and reads it back the same', () => {
    const { ws } = programme('Europe/Rome', '2026-09-12T09:00:00Z');
    typeInto('Pairs', 'Started on', 2, '2026-09-08');
    supervisionApi.logSupervision({
      code: 'P-0001',
      date: '2026-09-10',
      withWhom: 'Mentor',
      kind: 'Call',
      topics: 'First week',
      actions: 'Find a language course',
      nextDate: '2026-10-01',
    });
    expect(recordsOf(ws, 'Supervision')[0]).toMatchObject({ Date: '2026-09-10', 'Next contact': '2026-10-01' });
    // Written as Google stores a typed date: midnight in Rome.
    expect(stored('Supervision', 'Date', 2)).toBe('2026-09-09T22:00:00.000Z');
    const pair = supervisionApi.getPairSupervision({ code: 'P-0001' });
    expect(pair.checklist.find((i) => i.phase === 'actions')).toMatchObject({ due: '2026-10-01' });
    // The call on the 10th is near the follow-up due on the 18th: ticked by the data.
    expect(pair.checklist.find((i) => i.id === 'followUp.call')).toMatchObject({ done: true, doneBy: 'data' });
  });

  it('is already the next day at half past midnight in Rome, when UTC is still the day before', () => {
    programme('Europe/Rome', '2026-09-17T22:30:00Z');
    typeInto('Pairs', 'Started on', 2, '2026-09-08');
    expect(supervisionApi.getWeekView().today).toBe('2026-09-18');
  });

  it('gives documents the typed day in the programme’s language', () => {
    const { spreadsheet } = programme('Europe/Rome', '2026-09-12T09:00:00Z');
    typeInto('Pairs', 'Started on', 2, '2026-09-08');
    const sources: DocumentSources = loadSources(spreadsheet, false);
    const context = { timeZone: 'Europe/Rome', today: currentTime(), programme: 'Test', coordinatorEmail: '', allowSensitive: false, rhythm: currentRhythm() };
    const en = pairValues('P-0001', sources, { ...context, language: 'en' }).values;
    expect([en['pair.startedOn'], en['pair.plannedEndOn'], en.today]).toEqual(['8 September 2026', '8 September 2027', '12 September 2026']);
    expect(pairValues('P-0001', sources, { ...context, language: 'it' }).values['pair.startedOn']).toBe('8 settembre 2026');
  });
});

describe('calendar dates west of UTC (America/New_York)', () => {
  it('keeps "today" on the local day late in the evening, when UTC is already tomorrow', () => {
    // 23:30 on 18 September in New York is 03:30 on the 19th in UTC.
    const { ws } = programme('America/New_York', '2026-09-19T03:30:00Z');
    typeInto('Pairs', 'Started on', 2, '2026-09-08');
    const week = supervisionApi.getWeekView();
    expect(week.today).toBe('2026-09-18');
    // Due today is due, not late: no overdue warning before the day is over.
    expect(week.items).toContainEqual(expect.objectContaining({ kind: 'due', date: '2026-09-18', text: 'Follow-up call (10 days after the start)' }));
    expect(week.items.some((i) => i.text.startsWith('Overdue since'))).toBe(false);
    expect(followUpCall(supervisionApi.getPairSupervision({ code: 'P-0001' }).checklist)).toMatchObject({ due: '2026-09-18', late: false });

    // A contact logged now without a date is dated today, the local day.
    supervisionApi.logSupervision({ code: 'P-0001', date: '', withWhom: 'Mentor', kind: 'Call', topics: 'Evening call', actions: '' });
    expect(recordsOf(ws, 'Supervision')[0]!.Date).toBe('2026-09-18');

    // Once the local day is over, it is late.
    ws.clock.advance(60 * 60_000);
    expect(supervisionApi.getWeekView().today).toBe('2026-09-19');
  });

  it('reads a date typed in New York as the day typed', () => {
    const { spreadsheet } = programme('America/New_York', '2026-09-12T15:00:00Z');
    typeInto('Pairs', 'Started on', 2, '2026-09-08');
    expect(stored('Pairs', 'Started on', 2)).toBe('2026-09-08T04:00:00.000Z');
    expect(readTable(spreadsheet, PAIRS).rows[0]!.values.startedOn).toBe('2026-09-08');
    expect(followUpCall(supervisionApi.getPairSupervision({ code: 'P-0001' }).checklist).due).toBe('2026-09-18');
  });
});

describe('the table module at the boundary', () => {
  function people(timeZone: string) {
    const ws = useWorkspace({ timeZone, now: '2026-09-12T09:00:00Z' });
    const sheet = ws.spreadsheet.insertSheet('People');
    sheet.getRange(1, 1, 1, 6).setValues([['ID', 'Name', 'Email', 'Born', 'Decision', 'Seen']]);
    return { ws, spreadsheet: SpreadsheetApp.getActiveSpreadsheet() };
  }

  it('reads date cells as calendar days in the spreadsheet’s zone, asking for the zone once per read', () => {
    const { ws, spreadsheet } = people('Europe/Rome');
    const sheet = spreadsheet.getSheetByName('People')!;
    sheet.getRange(2, 1, 3, 6).setValues([
      ['M-1', 'Ana', '', 1990, '', '2026-09-08'],
      ['M-2', 'Bo', '', 1991, '', 'sometime in September'],
      ['M-3', 'Cy', '', 1992, '', ''],
    ]);
    sheet.getRange(5, 6).setNumberFormat('@');
    sheet.getRange(5, 1, 1, 6).setValues([['M-4', 'Di', '', 1993, '', '2026-09-09']]);
    ws.counter.reset();
    const table = readTable(spreadsheet, PEOPLE);
    expect(table.rows.map((r) => r.values.seen)).toEqual(['2026-09-08', 'sometime in September', null, '2026-09-09']);
    expect(ws.counter.get('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
    expect(table.timeZone).toBe('Europe/Rome');
    // A caller with only the sheet gets the active spreadsheet's zone.
    expect(readSheet(sheet, PEOPLE).rows[0]!.values.seen).toBe('2026-09-08');
  });

  it('writes a calendar day, or an instant’s day, as midnight in the spreadsheet’s zone', () => {
    const { ws, spreadsheet } = people('America/New_York');
    const table = readTable(spreadsheet, PEOPLE);
    appendRecords(table, [
      { id: 'M-1', seen: '2026-09-08' },
      // 23:30 on the 18th in New York: the 18th, whatever UTC says.
      { id: 'M-2', seen: new Date('2026-09-19T03:30:00Z') },
      { id: 'M-3', seen: 'not a date' },
    ]);
    const cells = ws
      .sheet('People')
      .getRange(2, 6, 3, 1)
      .getValues()
      .map((r) => r[0]);
    expect(cells.slice(0, 2).map((c) => (c as Date).toISOString())).toEqual(['2026-09-08T04:00:00.000Z', '2026-09-18T04:00:00.000Z']);
    expect(cells[2]).toBe('not a date');
    updateRecords(readTable(spreadsheet, PEOPLE), [{ rowNumber: 2, values: { seen: '2026-11-02' } }]);
    // After the end of daylight time: midnight is 05:00 in UTC.
    expect((ws.sheet('People').getRange(2, 6).getValue() as Date).toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(readTable(spreadsheet, PEOPLE).rows.map((r) => r.values.seen)).toEqual(['2026-11-02', '2026-09-18', 'not a date']);
  });
});

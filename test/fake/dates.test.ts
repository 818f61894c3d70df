import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';

function sheetIn(timeZone?: string, locale?: string) {
  const ws = createWorkspace({ ...(timeZone ? { timeZone } : {}), ...(locale ? { locale } : {}) });
  const ss = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  return { ws, ss, sheet: ss.getSheets()[0]! };
}

const iso = (value: unknown) => (value as Date).toISOString();

describe('in-memory Sheets: dates as Google stores them', () => {
  it('keeps the spreadsheet’s time zone, Europe/Rome unless told', () => {
    expect(sheetIn().ss.getSpreadsheetTimeZone()).toBe('Europe/Rome');
    expect(sheetIn('America/New_York').ss.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  it('stores a typed date at midnight in the spreadsheet’s zone, not in UTC', () => {
    const cases: [string, string][] = [
      ['Europe/Rome', '2026-09-07T22:00:00.000Z'],
      ['America/New_York', '2026-09-08T04:00:00.000Z'],
      ['Asia/Kabul', '2026-09-07T19:30:00.000Z'],
      ['Pacific/Auckland', '2026-09-07T12:00:00.000Z'],
      ['UTC', '2026-09-08T00:00:00.000Z'],
    ];
    for (const [zone, stored] of cases) {
      const { sheet } = sheetIn(zone);
      sheet.getRange(1, 1).setValue('2026-09-08');
      sheet.getRange(1, 2, 1, 1).setValues([['2026-09-08']]);
      expect([zone, iso(sheet.getRange(1, 1).getValue()), iso(sheet.getRange(1, 2).getValue())]).toEqual([zone, stored, stored]);
    }
  });

  it('follows the zone’s offset on each day, across a change to summer time', () => {
    const { sheet } = sheetIn('Europe/Rome');
    sheet.getRange(1, 1, 1, 3).setValues([['2026-03-28', '2026-03-29', '2026-03-30']]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()[0]!.map(iso)).toEqual(['2026-03-27T23:00:00.000Z', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
  });

  it('moves a midnight the clock skips forward by the gap, keeping the day typed', () => {
    // Santiago's clocks go from 23:59:59 on 5 September 2026 to 01:00 on the 6th.
    const { sheet } = sheetIn('America/Santiago');
    sheet.getRange(1, 1).setValue('2026-09-06');
    expect(iso(sheet.getRange(1, 1).getValue())).toBe('2026-09-06T04:00:00.000Z');
  });

  it('shows a typed date as a day in the spreadsheet’s zone and locale, without a time', () => {
    const { sheet } = sheetIn('Europe/Rome', 'en_GB');
    sheet.getRange(1, 1).setValue('2026-09-08');
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe('08/09/2026');
    sheet.getRange(1, 1).setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe('2026-09-08');
    const us = sheetIn('America/New_York', 'en_US').sheet;
    us.getRange(1, 1).setValue('2026-09-08');
    expect(us.getRange(1, 1).getDisplayValue()).toBe('9/8/2026');
  });

  it('keeps a Date written by a script as the instant it is, and shows it in the spreadsheet’s zone', () => {
    const { sheet } = sheetIn('Europe/Rome');
    const utcMidnight = new Date('2026-09-08T00:00:00Z');
    sheet.getRange(1, 1).setValue(utcMidnight);
    sheet.getRange(1, 2, 1, 1).setValues([[new Date('2026-09-07T22:00:00Z')]]);
    expect(iso(sheet.getRange(1, 1).getValue())).toBe('2026-09-08T00:00:00.000Z');
    // UTC midnight is 02:00 in Rome: a time of day, shown as one.
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe('08/09/2026 2:00:00');
    // Midnight in Rome is a day.
    expect(sheet.getRange(1, 2).getDisplayValue()).toBe('08/09/2026');
  });

  it('keeps a date as text in a plain-text cell, and a date with a time in the spreadsheet’s zone', () => {
    const { sheet } = sheetIn('Europe/Rome');
    sheet.getRange(1, 1).setNumberFormat('@');
    sheet.getRange(1, 1).setValue('2026-09-08');
    expect(sheet.getRange(1, 1).getValue()).toBe('2026-09-08');
    sheet.getRange(1, 2).setValue('2026-09-08 14:30');
    expect(iso(sheet.getRange(1, 2).getValue())).toBe('2026-09-08T12:30:00.000Z');
    sheet.getRange(1, 3).setValue('2026-02-30');
    expect(sheet.getRange(1, 3).getValue()).toBe('2026-02-30');
  });
});

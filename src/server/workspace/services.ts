import { type CalendarDate, calendarDateOf } from '../../core/calendarDate';

/**
 * The add-on always works on the spreadsheet it is installed in (spreadsheets.currentonly scope).
 */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Open the add-on from a spreadsheet.');
  return spreadsheet;
}

export function currentTime(): Date {
  return new Date();
}

/**
 * The calendar day it is now in the spreadsheet's time zone (given, or the active spreadsheet's):
 * "today" as the coordinator's dates are days, never the UTC day, which in New York at 21:00 is
 * already tomorrow and in Rome at 00:30 still yesterday.
 */
export function today(timeZone: string = activeSpreadsheet().getSpreadsheetTimeZone()): CalendarDate {
  return calendarDateOf(currentTime(), timeZone);
}

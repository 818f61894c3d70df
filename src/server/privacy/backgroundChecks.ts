import { asCalendarDate, type CalendarDate } from '../../core/calendarDate';
import { type BackgroundCheck, type CheckStatus, checkStatus } from '../../core/matching/readiness';
import { sensitiveKind } from '../../core/privacy/sensitive';
import { SENSITIVE } from '../../core/schema/sheets';
import { findSheet, readSheet } from '../workspace/table';

/**
 * Mentors' background checks, read from *Sensitive details* (criminal-record data is
 * special-category data: it lives nowhere else). One row per check: the person, the kind
 * "Background check", the value naming the country's check, and the two dates. Only the
 * checks' dates leave this module for matching; the sidebar shows the state in words, never the
 * value, and nothing of it is logged.
 */
export function backgroundChecks(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string = spreadsheet.getSpreadsheetTimeZone(),
): Map<string, BackgroundCheck[]> {
  const checks = new Map<string, BackgroundCheck[]>();
  const sheet = findSheet(spreadsheet, SENSITIVE);
  if (!sheet) return checks;
  for (const { values } of readSheet(sheet, SENSITIVE, timeZone).rows) {
    if (sensitiveKind(values.detail)?.key !== 'backgroundCheck') continue;
    const personId = String(values.personId ?? '').trim();
    if (!personId) continue;
    const check: BackgroundCheck = {
      label: String(values.value ?? '').trim(),
      doneOn: asCalendarDate(values.checkDoneOn),
      expiresOn: asCalendarDate(values.checkExpiresOn),
    };
    const list = checks.get(personId);
    if (list) list.push(check);
    else checks.set(personId, [check]);
  }
  return checks;
}

/**
 * What the matching rule reads: each person's check status on the matching day (valid, missing,
 * or expired with its day), and nothing else of the rows: no label, no day done. A person with no
 * row is missing from the map, which the rule reads as "no check recorded".
 */
export function backgroundCheckStatuses(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  day: CalendarDate,
  timeZone: string = spreadsheet.getSpreadsheetTimeZone(),
): Map<string, CheckStatus> {
  const statuses = new Map<string, CheckStatus>();
  for (const [personId, checks] of backgroundChecks(spreadsheet, timeZone)) statuses.set(personId, checkStatus(checks, day));
  return statuses;
}

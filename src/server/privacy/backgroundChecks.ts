import { asCalendarDate, type CalendarDate } from '../../core/calendarDate';
import { type BackgroundCheck, type CheckStatus, checkStatus } from '../../core/matching/readiness';
import { sensitiveKind } from '../../core/privacy/sensitive';
import { SENSITIVE } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import { findSheet, type ReadOptions, readSheet } from '../workspace/table';

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
  for (const { values } of readSheet(sheet, SENSITIVE, timeZone, CHECK_ROWS).rows) {
    const found = checkOfRow(values);
    if (!found) continue;
    const list = checks.get(found.personId);
    if (list) list.push(found.check);
    else checks.set(found.personId, [found.check]);
  }
  return checks;
}

/** The columns a check is read from: the other sensitive details (a diary's concern, a mentee's health) stay unconverted. */
export const CHECK_KEYS = ['detail', 'personId', 'value', 'checkDoneOn', 'checkExpiresOn'] as const;

const isCheck = (detail: unknown) => sensitiveKind(detail)?.key === 'backgroundCheck';

/** The check rows only: the other rows (most of the sheet: every concern and health note) are not converted at all. */
const CHECK_ROWS: ReadOptions = { keys: CHECK_KEYS, where: { key: 'detail', keep: isCheck } };

/**
 * A row of Sensitive details read as a background check, with whom it is about (trimmed); null
 * for a row of another kind, or one about no one. The one reading of a check row, for matching
 * and for the sidebar's form (backgroundCheckWriter.ts).
 */
export function checkOfRow(values: RecordValues): { personId: string; check: BackgroundCheck } | null {
  if (!isCheck(values.detail)) return null;
  const personId = String(values.personId ?? '').trim();
  if (!personId) return null;
  return {
    personId,
    check: { label: String(values.value ?? '').trim(), doneOn: asCalendarDate(values.checkDoneOn), expiresOn: asCalendarDate(values.checkExpiresOn) },
  };
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

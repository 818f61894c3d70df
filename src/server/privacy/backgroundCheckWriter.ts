import type { CalendarDate } from '../../core/calendarDate';
import type { BackgroundCheck } from '../../core/matching/readiness';
import { sensitiveKind } from '../../core/privacy/sensitive';
import type { RecordValues } from '../../core/schema/types';
import { appendRecords, type Table, type TableRow, updateRecords } from '../workspace/table';
import { checkOfRow } from './backgroundChecks';
import { readSensitive } from './sensitiveSheet';

/**
 * Writes a mentor's background check into *Sensitive details*, the only place criminal-record
 * data lives (special-category data). The sidebar edits one check per mentor: the last row of the
 * kind "Background check" about them (a renewal replaces the old check's days: only the current
 * check is kept, which is all matching needs). A mentor without such a row gets one when a check
 * is first recorded. Only the cells that change are written; nothing of it is logged.
 */
const KIND = 'backgroundCheck';

export interface MentorChecks {
  /** The sheet as read: what a write goes through. */
  readonly table: Table;
  /** The row the sidebar edits, or null when none was recorded. */
  readonly row: TableRow | null;
  /** Every check about the mentor, for the state shown beside the form. */
  readonly checks: BackgroundCheck[];
}

/** One read of the sheet: the mentor's checks and the row the form edits. */
export function mentorChecks(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, mentorId: string): MentorChecks {
  const table = readSensitive(spreadsheet);
  let row: TableRow | null = null;
  const checks: BackgroundCheck[] = [];
  for (const r of table.rows) {
    const found = checkOfRow(r.values);
    if (found?.personId !== mentorId) continue;
    row = r;
    checks.push(found.check);
  }
  return { table, row, checks };
}

export interface CheckChange {
  readonly label?: string;
  readonly doneOn?: CalendarDate | null;
  readonly expiresOn?: CalendarDate | null;
}

/** Writes the changed parts of the check: into its row, or as a new row when the mentor has none. */
export function writeBackgroundCheck(found: MentorChecks, mentorId: string, change: CheckChange, now: Date): void {
  const values: RecordValues = { recordedAt: now };
  if (change.label !== undefined) values.value = change.label;
  if (change.doneOn !== undefined) values.checkDoneOn = change.doneOn;
  if (change.expiresOn !== undefined) values.checkExpiresOn = change.expiresOn;
  if (found.row) {
    updateRecords(found.table, [{ rowNumber: found.row.rowNumber, values }], { byCoordinator: true });
    return;
  }
  // A check cleared before it was ever recorded leaves nothing to write.
  if (!values.value && !values.checkDoneOn && !values.checkExpiresOn) return;
  appendRecords(found.table, [{ ...values, personId: mentorId, relatedId: '', detail: sensitiveKind(KIND)!.detail, source: 'sidebar' }], {
    byCoordinator: true,
  });
}

import { parseCalendarDate } from '../../src/core/calendarDate';
import { MEETINGS, PAIRS } from '../../src/core/schema/sheets';
import type { RecordValues } from '../../src/core/schema/types';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import type { FakeWorkspace } from '../../fake';
import { useWorkspace } from './workspace';

// Date columns hold calendar days: the table module writes them as midnight in the spreadsheet's zone.
const d = (iso: string) => parseCalendarDate(iso)!;

/** The pair the supervision suites follow: accepted on 3 September 2026, mentoring from the 8th. */
export const ACTIVE_PAIR: RecordValues = {
  code: 'P-0001',
  mentorId: 'MT-0001',
  menteeId: 'ME-0001',
  status: 'Active',
  proposedOn: d('2026-09-01'),
  acceptedOn: d('2026-09-03'),
  introMeetingOn: d('2026-09-08'),
  startedOn: d('2026-09-08'),
};

/**
 * A programme's sheets on `today` (09:00 UTC; the spreadsheet is in Rome, the fake's default zone)
 * with these pairs, written by the coordinator, and these diaries; the call counter starts after.
 */
export function supervisionProgramme(today: string, pairs: readonly RecordValues[], meetings: readonly RecordValues[]): FakeWorkspace {
  const ws = useWorkspace({ now: `${today}T09:00:00Z` });
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, PAIRS), pairs, { byCoordinator: true });
  appendRecords(readTable(spreadsheet, MEETINGS), meetings);
  ws.counter.reset();
  return ws;
}

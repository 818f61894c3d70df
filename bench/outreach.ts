import { createWorkspace, type FakeWorkspace } from '../fake';
import { addDays, parseCalendarDate } from '../src/core/calendarDate';
import { MEETINGS, PAIRS } from '../src/core/schema/sheets';
import { reminderList } from '../src/server/outreach/outlook';
import { setUpProgrammeSheets } from '../src/server/programme';
import { today } from '../src/server/workspace/services';
import { findSheet } from '../src/server/workspace/sheetRegistry';
import { appendRecords, readTable } from '../src/server/workspace/table';
import { measure } from './measure';
import { printTable } from './table';

const ASSUMED_MS_PER_DATA_CALL = 80; // as bench/main.ts: a Sheets read or write from Apps Script
const WEEKS = 52;
const code = (i: number) => `P-${String(i + 1).padStart(4, '0')}`;

/**
 * A programme with `pairs` pairs and a year of weekly diaries each, written pair after pair (the
 * baseline reads each pair's block). Most are active; every tenth is proposed, every twentieth closed.
 */
function programme(pairs: number): FakeWorkspace {
  const ws = createWorkspace({ now: '2027-09-01T09:00:00Z' });
  const restore = ws.installGlobals(globalThis as unknown as Record<string, unknown>, { clockDate: false });
  try {
    setUpProgrammeSheets();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const start = parseCalendarDate('2026-09-01')!;
    const status = (i: number) => (i % 20 === 19 ? 'Closed – completed' : i % 10 === 9 ? 'Proposed' : 'Active');
    appendRecords(
      readTable(spreadsheet, PAIRS),
      Array.from({ length: pairs }, (_, i) => ({
        code: code(i),
        mentorId: `MT-${i}`,
        menteeId: `ME-${i}`,
        status: status(i),
        proposedOn: addDays(start, -7),
        startedOn: status(i) === 'Proposed' ? null : addDays(start, i % 60),
      })),
      { byCoordinator: true },
    );
    const meetings = [];
    for (let i = 0; i < pairs; i++) {
      // Some pairs stopped meeting a while ago: the list then has no-meeting reminders to find.
      const weeks = i % 4 === 0 ? WEEKS - 10 : WEEKS;
      for (let week = 0; week < WEEKS; week++) {
        const date = addDays(start, (i % 60) + week * 7);
        meetings.push({
          responseKey: `r-${i}-${week}`,
          pairCode: code(i),
          mentorId: `MT-${i}`,
          date: week < weeks ? date : null,
          submittedAt: new Date(Date.parse(`${date}T18:00:00Z`)),
        });
      }
    }
    appendRecords(readTable(spreadsheet, MEETINGS), meetings);
  } finally {
    restore();
  }
  return ws;
}

/** Reads per sheet in one measured run: the target is one for each. */
function readsPerSheet(ws: FakeWorkspace): number {
  const counts = ws.counter.snapshot();
  return counts['Range.getValues'] ?? 0;
}

/**
 * `npm run bench`: the programme-wide reminder list (what the daily digest sends) for growing
 * numbers of pairs with a year of diaries, against a per-pair baseline measured in the same run:
 * each pair's diaries read with their own range read (the reads alone, none of the list's work).
 */
export function reminderBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [50, 500, 1_000]) {
    const ws = programme(size);
    let due = 0;
    let reads = 0;
    const list = measure(ws, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      due = reminderList(spreadsheet, today(spreadsheet.getSpreadsheetTimeZone())).length;
      reads = readsPerSheet(ws);
    });
    const baseline = measure(ws, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const codes = readTable(spreadsheet, PAIRS).rows.map((r) => r.values.code);
      const sheet = findSheet(spreadsheet, MEETINGS)!;
      const width = sheet.getLastColumn();
      for (let i = 0; i < codes.length; i++) sheet.getRange(2 + i * WEEKS, 1, WEEKS, width).getValues();
    });
    rows.push([
      size.toLocaleString('en-GB'),
      (size * WEEKS).toLocaleString('en-GB'),
      due,
      list.all,
      list.data,
      reads,
      list.ms,
      (list.data * ASSUMED_MS_PER_DATA_CALL) / 1000,
      baseline.all,
      baseline.data,
      baseline.ms,
      (baseline.data * ASSUMED_MS_PER_DATA_CALL) / 1000,
      baseline.data / list.data,
    ]);
  }
  printTable(
    `Reminder list for every pair (the daily digest's), a year of weekly diaries; baseline: each pair's diaries read with its own range read (est. ${ASSUMED_MS_PER_DATA_CALL} ms a data call)`,
    [
      'pairs',
      'diaries',
      'pairs with reminders',
      'service calls',
      'data calls',
      'reads (getValues)',
      'local ms',
      'est. s',
      'baseline calls',
      'baseline data calls',
      'baseline local ms',
      'baseline est. s',
      'baseline ÷ list (data calls)',
    ],
    rows,
  );
}

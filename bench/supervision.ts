import { createWorkspace, type FakeWorkspace } from '../fake';
import { addDays, parseCalendarDate } from '../src/core/calendarDate';
import { MEETINGS, PAIRS } from '../src/core/schema/sheets';
import { setUpProgrammeSheets } from '../src/server/programme';
import { supervisionApi } from '../src/server/supervision/api';
import { appendRecords, readTable } from '../src/server/workspace/table';
import { measure } from './measure';
import { printTable } from './table';

/** A programme with `pairs` active pairs and a year of weekly diaries each. */
function programme(pairs: number): FakeWorkspace {
  const ws = createWorkspace({ now: '2027-09-01T09:00:00Z' });
  const restore = ws.installGlobals(globalThis as unknown as Record<string, unknown>, { clockDate: false });
  try {
    setUpProgrammeSheets();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    // Date columns hold calendar days; a diary's timestamp is an instant (the evening of its day).
    const start = parseCalendarDate('2026-09-01')!;
    appendRecords(
      readTable(spreadsheet, PAIRS),
      Array.from({ length: pairs }, (_, i) => ({
        code: `P-${String(i + 1).padStart(4, '0')}`,
        mentorId: `MT-${i}`,
        menteeId: `ME-${i}`,
        status: 'Active',
        proposedOn: addDays(start, -7),
        startedOn: addDays(start, i % 60),
      })),
      { byCoordinator: true },
    );
    const meetings = [];
    for (let i = 0; i < pairs; i++) {
      for (let week = 0; week < 52; week++) {
        const date = addDays(start, (i % 60) + week * 7);
        const submittedAt = new Date(Date.parse(`${date}T18:00:00Z`));
        meetings.push({
          responseKey: `r-${i}-${week}`,
          pairCode: `P-${String(i + 1).padStart(4, '0')}`,
          mentorId: `MT-${i}`,
          date,
          submittedAt,
          communityActivity: week === 10,
          needsSupport: week === 51 && i % 7 === 0,
        });
      }
    }
    appendRecords(readTable(spreadsheet, MEETINGS), meetings);
  } finally {
    restore();
  }
  return ws;
}

export function supervisionBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [50, 500, 2_000]) {
    const ws = programme(size);
    const week = measure(ws, () => supervisionApi.getWeekView());
    const indicators = measure(ws, () => supervisionApi.getIndicators({ from: '2026-09-01', to: '2027-08-31' }));
    // Baseline: a pair at a time, each reading Meetings, Supervision and Goals again. Run on the first
    // 20 pairs and scaled to all of them (running it whole would take hours in this process).
    const sample = Math.min(size, 20);
    const naive = measure(ws, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const codes = readTable(spreadsheet, PAIRS)
        .rows.map((r) => r.values.code)
        .slice(0, sample);
      for (const _code of codes) for (const name of ['Meetings', 'Supervision', 'Goals']) spreadsheet.getSheetByName(name)!.getDataRange().getValues();
    });
    const scale = size / sample;
    rows.push([
      size.toLocaleString('en-GB'),
      (size * 52).toLocaleString('en-GB'),
      week.reads,
      week.ms,
      indicators.reads,
      indicators.ms,
      Math.round(1 + (naive.reads - 1) * scale),
      naive.ms * scale,
    ]);
  }
  printTable(
    'Supervision: this week (checklists and warnings for every pair) and indicators, with a year of weekly diaries',
    ['pairs', 'diaries', 'week: reads', 'week: ms', 'indicators: reads', 'indicators: ms', 'per-pair reads (baseline, scaled)', 'baseline ms (scaled)'],
    rows,
  );
}

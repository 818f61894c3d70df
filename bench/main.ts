import path from 'node:path';
import { createWorkspace, type FakeWorkspace, isRemoteCall } from '../fake';
import { loadAddon } from '../preview/runtime';
import { PEOPLE } from '../test/support/peopleSchema';
import { appendRecords, readTable, updateRecords } from '../src/server/workspace/table';
import { documentsBench } from './documents';
import { backfillBench, ingestionBench, ingestionCrossoverBench } from './intake';
import { assignmentBench } from './assignment';
import { cohortBench, suggestionsBench } from './matching';
import { cohortRpcBench } from './cohortRpc';
import { reminderBench } from './outreach';
import { sidebarBench } from './sidebar';
import { supervisionBench } from './supervision';
import { measure } from './measure';
import { printTable, timeIt } from './table';

/**
 * `npm run bench`: service calls and time per operation at growing sizes, each against a simple
 * baseline measured in the same run. Times are local (the in-memory Workspace); the Apps Script
 * estimate multiplies the remote calls by an assumed cost per call, stated below.
 */
const ASSUMED_MS_PER_REMOTE_CALL = 80; // a Sheets read or write from Apps Script, typical in practice
const ASSUMED_MS_PER_LOCAL_CALL = 0.05; // getters on objects already fetched

const root = process.env.PMD_ROOT ?? path.resolve('.');

function peopleSheet(rows: number): FakeWorkspace {
  const ws = createWorkspace();
  const restore = ws.installGlobals(globalThis as unknown as Record<string, unknown>, { clockDate: false });
  const sheet = ws.spreadsheet.insertSheet('People');
  sheet.insertRowsAfter(1000, Math.max(0, rows + 1 - 1000));
  const grid = [
    ['ID', 'Name', 'Email', 'Born', 'Decision'],
    ...Array.from({ length: rows }, (_, i) => [`M-${i}`, `Person ${i}`, `p${i}@example.org`, 1970 + (i % 40), '']),
  ];
  sheet.getRange(1, 1, grid.length, 5).setValues(grid);
  restore();
  return ws;
}

function measureTable(ws: FakeWorkspace, work: () => void) {
  const m = measure(ws, work);
  return { calls: m.all, remote: m.data, localMs: m.ms, estimateMs: m.data * ASSUMED_MS_PER_REMOTE_CALL + (m.all - m.data) * ASSUMED_MS_PER_LOCAL_CALL };
}

/** onOpen as Google fires it: NONE in a spreadsheet where the add-on is not used yet, LIMITED after. */
function onOpenBench() {
  const ws = createWorkspace({ projectFiles: { 'sidebar.html': '' } });
  const runtime = loadAddon(ws, path.join(root, 'dist'));
  const rows: (string | number)[][] = [];
  for (const mode of ['NONE', 'LIMITED'] as const) {
    if (mode === 'LIMITED') runtime.run('openSidebar');
    ws.counter.reset();
    const localMs = timeIt(1, () => ws.openSpreadsheet('coordinator@example.org'));
    const counts = ws.counter.snapshot();
    rows.push([
      `onOpen in ${mode}`,
      ws.counter.total(),
      ws.counter.total(isRemoteCall),
      localMs,
      Object.entries(counts)
        .map(([k, v]) => `${k}×${v}`)
        .join(' '),
    ]);
  }
  printTable('onOpen (the built bundle, loaded as Apps Script loads it)', ['operation', 'service calls', 'remote calls', 'local ms', 'calls'], rows);
}

function tableBench() {
  const rows: (string | number)[][] = [];
  for (const size of [100, 1_000, 5_000]) {
    const readWs = peopleSheet(size);
    const read = measureTable(readWs, () => {
      readTable(SpreadsheetApp.getActiveSpreadsheet(), PEOPLE);
    });
    const naiveReadWs = peopleSheet(size);
    const naiveRead = measureTable(naiveReadWs, () => {
      // Baseline: per-cell access, the habit the table module exists to avoid.
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      const last = sheet.getLastRow();
      for (let r = 2; r <= last; r++) for (let c = 1; c <= 5; c++) sheet.getRange(r, c).getValue();
    });
    rows.push([
      `read ${size.toLocaleString('en-GB')} rows`,
      read.calls,
      read.remote,
      read.localMs,
      read.estimateMs / 1000,
      naiveRead.calls,
      naiveRead.remote,
      naiveRead.estimateMs / 1000,
      naiveRead.estimateMs / read.estimateMs,
    ]);

    const writeWs = peopleSheet(size);
    const write = measureTable(writeWs, () => {
      const table = readTable(SpreadsheetApp.getActiveSpreadsheet(), PEOPLE);
      updateRecords(
        table,
        table.rows.map((row) => ({ rowNumber: row.rowNumber, values: { name: `${row.values.name} (checked)` } })),
      );
      appendRecords(table, [{ id: 'M-new', name: 'New person', born: 1999 }]);
    });
    const naiveWriteWs = peopleSheet(size);
    const naiveWrite = measureTable(naiveWriteWs, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      const last = sheet.getLastRow();
      for (let r = 2; r <= last; r++) {
        const range = sheet.getRange(r, 2);
        range.setValue(`${range.getValue()} (checked)`);
      }
      sheet.appendRow(['M-new', 'New person', '', 1999, '']);
    });
    rows.push([
      `write ${size.toLocaleString('en-GB')} rows`,
      write.calls,
      write.remote,
      write.localMs,
      write.estimateMs / 1000,
      naiveWrite.calls,
      naiveWrite.remote,
      naiveWrite.estimateMs / 1000,
      naiveWrite.estimateMs / write.estimateMs,
    ]);
  }
  printTable(
    `Table module against naive per-cell access (Apps Script estimate: ${ASSUMED_MS_PER_REMOTE_CALL} ms per remote call, ${ASSUMED_MS_PER_LOCAL_CALL} ms per local call)`,
    ['operation', 'calls', 'remote', 'local ms', 'est. s', 'naive calls', 'naive remote', 'naive est. s', 'naive ÷ table'],
    rows,
  );
}

/** Every section, in the order a full run prints them: the sidebar in Chromium (about two minutes) last. */
const SECTIONS: Record<string, () => void | Promise<void>> = {
  onOpen: onOpenBench,
  table: tableBench,
  ingestion: ingestionBench,
  crossover: ingestionCrossoverBench,
  backfill: backfillBench,
  suggestions: suggestionsBench,
  cohort: cohortBench,
  cohortRpc: cohortRpcBench,
  assignment: assignmentBench,
  supervision: supervisionBench,
  reminders: reminderBench,
  documents: documentsBench,
  sidebar: sidebarBench,
};

// `npm run bench -- cohort sidebar` runs only the sections named; no name runs them all.
const asked = process.argv.slice(3);
const unknown = asked.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`Unknown bench section: ${unknown.join(', ')}. Sections: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}
console.log('Peer Mentoring Desk benchmark (in-memory Workspace; counts are exact, times are this machine’s)');
for (const [name, run] of Object.entries(SECTIONS)) if (!asked.length || asked.includes(name)) await run();

import { createWorkspace, type FakeWorkspace } from '../fake';
import { proposeMapping } from '../src/core/intake/mapping';
import { MENTEES, SENSITIVE } from '../src/core/schema/sheets';
import { IMPORT_CHUNK, intakeApi } from '../src/server/intake/api';
import { setUpProgrammeSheets } from '../src/server/programme';
import { publicFunctions } from '../src/server/publicSurface';
import { chooseReadWay, forceReadWay } from '../src/server/workspace/lookup';
import { appendRecords, readTable } from '../src/server/workspace/table';
import { type Measured, measure, withGlobals } from './measure';
import { printTable } from './table';

/**
 * Per-response cost of ingestion at growing sizes: the way the cost model picks (finding rows with
 * TextFinder in a large sheet), against reading the sheets whole (the previous ingestion, forced on
 * the same workbook) and the floor (read the row, append it raw: one read and one write), and the
 * backfill of 5,000 responses in chunks. Each response answers the permit question, a sensitive
 * detail written to the protected sheet (a read of its header and a write more); that sheet holds
 * two details per existing record.
 */
export const ASSUMED = { msPerDataCall: 80, msPerOtherCall: 1, msPerCell: 0.01 };

const QUESTIONS = [
  'Full name',
  'Email',
  'Phone',
  'Year of birth',
  'Languages you speak',
  'Municipality',
  'What do you need help with most? (first is most important)',
  'When are you available?',
  'I agree to the processing of my data',
  'Is your residence permit in order?',
];

function answers(i: number) {
  return {
    'Full name': `Person ${i}`,
    Email: `person${i}@example.org`,
    Phone: `+39 333 ${String(1_000_000 + i)}`,
    'Year of birth': String(1970 + (i % 40)),
    'Languages you speak': ['Arabic', 'English B1'],
    Municipality: 'Bologna',
    'What do you need help with most? (first is most important)': ['Housing', 'Language'],
    'When are you available?': ['Evenings'],
    'I agree to the processing of my data': 'Yes, I agree',
    // A sensitive answer: it goes to the protected Sensitive details sheet.
    'Is your residence permit in order?': i % 3 === 0 ? 'Waiting for it' : 'Yes',
  };
}

function estimate(m: Measured): number {
  return m.data * ASSUMED.msPerDataCall + (m.all - m.data) * ASSUMED.msPerOtherCall + m.cells * ASSUMED.msPerCell;
}

/** A set-up programme with `existing` mentee records and a mapped response sheet. */
function programme(existing: number, baseline: boolean): { ws: FakeWorkspace; sheetId: number } {
  const ws = createWorkspace();
  return withGlobals(ws, () => {
    setUpProgrammeSheets();
    const sheet = ws.addResponseSheet('Mentee intake', QUESTIONS);
    const sheetId = sheet.getSheetId();
    const proposal = proposeMapping(['Timestamp', ...QUESTIONS], 'mentee');
    intakeApi.confirmMapping({ sheetId, kind: 'mentee', columns: proposal.columns.map((c) => ({ header: c.header, field: c.field })) });
    const table = readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES);
    appendRecords(
      table,
      Array.from({ length: existing }, (_, i) => ({
        id: `ME-${String(i + 1).padStart(4, '0')}`,
        responseKey: `old-${i}`,
        name: `Existing ${i}`,
        email: `existing${i}@example.org`,
        consentData: true,
      })),
    );
    // Their sensitive details too (two each), so that the protected sheet grows with the programme.
    appendRecords(
      readTable(SpreadsheetApp.getActiveSpreadsheet(), SENSITIVE),
      Array.from({ length: existing * 2 }, (_, i) => ({
        personId: `ME-${String((i >> 1) + 1).padStart(4, '0')}`,
        detail: i % 2 ? 'Residence permit in order' : 'Country or region of origin',
        value: 'Yes',
        source: `old-${i >> 1}`,
      })),
    );
    if (baseline) {
      // The floor: read the submitted row, append it as it is. No dedupe, no normalising, no key.
      ScriptApp.newTrigger('floor_').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
      ws.setFunctionResolver((name) =>
        name === 'floor_'
          ? (event) => {
              const e = event as GoogleAppsScript.Events.SheetsOnFormSubmit;
              const row = e.range.getValues()[0]!;
              SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Mentees')!.appendRow(row);
            }
          : undefined,
      );
    } else {
      intakeApi.installIngestion();
      ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
    }
    return { ws, sheetId };
  });
}

/** Which way the cost model picks for one response to a sheet of this size (lookup.ts). */
function wayFor(ws: FakeWorkspace): string {
  return withGlobals(ws, () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Mentees')!;
    return chooseReadWay(1, 3, sheet.getLastRow(), sheet.getLastColumn());
  });
}

/**
 * One new response (with a sensitive answer) and one edit, by the way the cost model picks
 * (ours), then with the whole-sheet reading forced (the previous ingestion) on the same workbook,
 * and the floor. Cells moved are those of getValues/setValues and the matches TextFinder returns.
 */
export function ingestionBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [10, 1_000, 10_000, 50_000]) {
    const ours = programme(size, false);
    // The first response of a sheet adds the key column once; measure the steady state after it.
    withGlobals(ours.ws, () => ours.ws.submitFormResponse('Mentee intake', answers(size)));
    const way = wayFor(ours.ws);
    const created = measure(ours.ws, () => ours.ws.submitFormResponse('Mentee intake', answers(size + 1)));
    ours.ws.clock.advance(60_000);
    const edited = measure(ours.ws, () => ours.ws.editFormResponse('Mentee intake', 3, { Municipality: 'Modena' }));
    // The previous ingestion, on the same workbook: every batch reads the target sheet (and, for an edit, Sensitive details) whole.
    forceReadWay('whole');
    let wholeNew: Measured;
    let wholeEdit: Measured;
    try {
      wholeNew = measure(ours.ws, () => ours.ws.submitFormResponse('Mentee intake', answers(size + 2)));
      ours.ws.clock.advance(60_000);
      wholeEdit = measure(ours.ws, () => ours.ws.editFormResponse('Mentee intake', 4, { Municipality: 'Modena' }));
    } finally {
      forceReadWay(null);
    }
    const floor = programme(size, true);
    withGlobals(floor.ws, () => floor.ws.submitFormResponse('Mentee intake', answers(size)));
    const base = measure(floor.ws, () => floor.ws.submitFormResponse('Mentee intake', answers(size + 1)));
    rows.push([
      size.toLocaleString('en-GB'),
      way,
      created.data,
      created.cells,
      estimate(created) / 1000,
      edited.data,
      edited.cells,
      estimate(edited) / 1000,
      wholeNew.data,
      wholeNew.cells,
      estimate(wholeNew) / 1000,
      wholeEdit.cells,
      estimate(wholeEdit) / 1000,
      estimate(wholeNew) / estimate(created),
      estimate(base) / 1000,
    ]);
  }
  printTable(
    `Ingestion of one form response with a sensitive answer, and one edit (data calls = reads, writes, searches and structural changes; estimate: ${ASSUMED.msPerDataCall} ms per data call, ${ASSUMED.msPerOtherCall} ms per other call, ${ASSUMED.msPerCell} ms per cell moved; a TextFinder search moves the cells it returns)`,
    [
      'existing records',
      'way',
      'new: data calls',
      'new: cells',
      'new: est. s',
      'edit: data calls',
      'edit: cells',
      'edit: est. s',
      'whole read, new: data calls',
      'whole read, new: cells',
      'whole read, new: est. s',
      'whole read, edit: cells',
      'whole read, edit: est. s',
      'whole ÷ ours (new)',
      'floor est. s',
    ],
    rows,
  );
}

/** Responses waiting in the response sheet (trigger idle), imported in one call with one way forced. */
function importWith(size: number, batch: number, way: 'find' | 'whole'): Measured {
  const { ws, sheetId } = programme(size, false);
  withGlobals(ws, () => ws.submitFormResponse('Mentee intake', answers(size)));
  withGlobals(ws, () => {
    ws.setAuthorisationRequired('coordinator@example.org', true);
    for (let i = 1; i <= batch; i++) ws.submitFormResponse('Mentee intake', answers(size + i));
    ws.setAuthorisationRequired('coordinator@example.org', false);
  });
  forceReadWay(way);
  try {
    return measure(ws, () => {
      intakeApi.importResponses({ sheetId, fromRow: 3 });
    });
  } finally {
    forceReadWay(null);
  }
}

/**
 * Where finding stops paying: one response at growing sheet sizes, and batches of growing size
 * at 10,000 records, each way forced, with the way the cost model (lookup.ts) picks.
 */
export function ingestionCrossoverBench(): void {
  const rows: (string | number)[][] = [];
  const point = (label: string, size: number, batch: number) => {
    const find = importWith(size, batch, 'find');
    const whole = importWith(size, batch, 'whole');
    const picked = programme(size, false);
    const way = withGlobals(picked.ws, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Mentees')!;
      return chooseReadWay(batch, 3, sheet.getLastRow() + 1, sheet.getLastColumn());
    });
    rows.push([label, size.toLocaleString('en-GB'), batch, find.data, find.cells, estimate(find) / 1000, whole.data, whole.cells, estimate(whole) / 1000, way]);
  };
  for (const size of [200, 400, 600, 800, 1_000]) point('one response', size, 1);
  for (const batch of [5, 20, 50, 100]) point('a batch', 10_000, batch);
  printTable(
    'Ingestion: finding rows against reading whole (est. s as above; "picked": the way the cost model chooses)',
    [
      'case',
      'existing records',
      'responses',
      'find: data calls',
      'find: cells',
      'find: est. s',
      'whole: data calls',
      'whole: cells',
      'whole: est. s',
      'picked',
    ],
    rows,
  );
}

export function backfillBench(): void {
  const total = 5_000;
  const { ws, sheetId } = programme(0, false);
  withGlobals(ws, () => {
    ws.setAuthorisationRequired('coordinator@example.org', true); // the trigger stays idle: responses wait for the import
    for (let i = 0; i < total; i++) ws.submitFormResponse('Mentee intake', answers(i));
    ws.setAuthorisationRequired('coordinator@example.org', false);
  });
  const chunks: Measured[] = [];
  withGlobals(ws, () => {
    let fromRow = 2;
    for (;;) {
      let progress: ReturnType<typeof intakeApi.importResponses> | undefined;
      chunks.push(
        measure(ws, () => {
          progress = intakeApi.importResponses({ sheetId, fromRow });
        }),
      );
      if (progress!.done) break;
      fromRow = progress!.nextRow;
    }
  });
  const worst = chunks.reduce((a, b) => (estimate(b) > estimate(a) ? b : a));
  printTable(
    `Backfill of ${total.toLocaleString('en-GB')} responses ("Import", ${IMPORT_CHUNK} rows a call)`,
    [
      'chunks',
      'data calls per chunk (max)',
      'all calls per chunk (max)',
      'cells per chunk (max)',
      'local ms per chunk (max)',
      'est. s per chunk (max)',
      'limit s',
    ],
    [
      [
        chunks.length,
        Math.max(...chunks.map((c) => c.data)),
        Math.max(...chunks.map((c) => c.all)),
        worst.cells,
        Math.max(...chunks.map((c) => c.ms)),
        estimate(worst) / 1000,
        30,
      ],
    ],
  );
}

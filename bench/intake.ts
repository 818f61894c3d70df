import { createWorkspace, type FakeWorkspace } from '../fake';
import { proposeMapping } from '../src/core/intake/mapping';
import { MENTEES, SENSITIVE } from '../src/core/schema/sheets';
import { IMPORT_CHUNK, intakeApi } from '../src/server/intake/api';
import { setUpProgrammeSheets } from '../src/server/programme';
import { publicFunctions } from '../src/server/publicSurface';
import { appendRecords, readTable } from '../src/server/workspace/table';
import { type Measured, measure, withGlobals } from './measure';
import { printTable } from './table';

/**
 * Per-response cost of ingestion at growing sizes, against the floor (read the row, append it raw:
 * one read and one write), and the backfill of 5,000 responses in chunks. Each response answers
 * the permit question, a sensitive detail written to the protected sheet (a read of its header and
 * a write more); that sheet holds two details per existing record.
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

export function ingestionBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [10, 1_000, 10_000]) {
    const ours = programme(size, false);
    // The first response of a sheet adds the key column once; measure the steady state after it.
    withGlobals(ours.ws, () => ours.ws.submitFormResponse('Mentee intake', answers(size)));
    const created = withGlobals(ours.ws, () => measure(ours.ws, () => ours.ws.submitFormResponse('Mentee intake', answers(size + 1))));
    const plain = withGlobals(ours.ws, () =>
      measure(ours.ws, () => ours.ws.submitFormResponse('Mentee intake', { ...answers(size + 2), 'Is your residence permit in order?': '' })),
    );
    ours.ws.clock.advance(60_000);
    const edited = withGlobals(ours.ws, () => measure(ours.ws, () => ours.ws.editFormResponse('Mentee intake', 3, { Municipality: 'Modena' })));
    const floor = programme(size, true);
    withGlobals(floor.ws, () => floor.ws.submitFormResponse('Mentee intake', answers(size)));
    const base = withGlobals(floor.ws, () => measure(floor.ws, () => floor.ws.submitFormResponse('Mentee intake', answers(size + 1))));
    rows.push([
      size.toLocaleString('en-GB'),
      created.data,
      created.all,
      created.cells,
      created.ms,
      estimate(created) / 1000,
      plain.data,
      edited.data,
      base.data,
      estimate(base) / 1000,
      estimate(created) / estimate(base),
    ]);
  }
  printTable(
    `Ingestion of one form response (data calls = reads, writes and structural changes; estimate: ${ASSUMED.msPerDataCall} ms per data call, ${ASSUMED.msPerOtherCall} ms per other call, ${ASSUMED.msPerCell} ms per cell moved)`,
    [
      'existing records',
      'data calls',
      'all calls',
      'cells',
      'local ms',
      'est. s',
      'no sensitive answer: data calls',
      'edit: data calls',
      'floor data calls',
      'floor est. s',
      'ours ÷ floor',
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

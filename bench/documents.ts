import { createWorkspace, type FakeWorkspace } from '../fake';
import { DOCUMENT_FIELDS } from '../src/core/documents/defaults';
import { GOALS, MENTEES, MENTORS, PAIRS } from '../src/core/schema/sheets';
import { documentsApi } from '../src/server/documents/api';
import { documentsState, saveDocumentsState } from '../src/server/documents/store';
import { setUpProgrammeSheets } from '../src/server/programme';
import { appendRecords, readTable } from '../src/server/workspace/table';
import { measure, withGlobals } from './measure';
import { printTable } from './table';

const FIELDS = DOCUMENT_FIELDS.filter((f) => !f.endsWith('.*'));

/** A programme with one pair, `goals` goals, and a template with `placeholders` placeholders and a goals table. */
function programme(placeholders: number, goals: number): FakeWorkspace {
  const ws = createWorkspace({ now: '2026-11-23T09:00:00Z' });
  withGlobals(ws, () => {
    setUpProgrammeSheets();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-1', name: 'Samira Haddad', consentData: true }], { byCoordinator: true });
    appendRecords(readTable(spreadsheet, MENTEES), [{ id: 'ME-1', name: 'Amina Yusuf', consentData: true }], { byCoordinator: true });
    appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-1', menteeId: 'ME-1', status: 'Active' }], { byCoordinator: true });
    appendRecords(
      readTable(spreadsheet, GOALS),
      Array.from({ length: goals }, (_, i) => ({ goalId: `G-${i}`, pairCode: 'P-0001', area: 'Housing', goal: `Goal ${i}`, status: 'In progress' })),
      { byCoordinator: true },
    );
    documentsApi.createTemplates();
    const doc = DocumentApp.create('Bench template');
    const body = doc.getBody();
    for (let i = 0; i < placeholders; i++) body.appendParagraph(`Line ${i}: {{${FIELDS[i % FIELDS.length]}}}`);
    body.appendTable([
      ['Area', 'Goal'],
      ['{{goals.area}}', '{{goals.goal}}'],
    ]);
    doc.saveAndClose();
    const state = documentsState();
    state.templates.proposal = doc.getId();
    saveDocumentsState(state);
  });
  return ws;
}

/** Baseline: copy, open, and one replaceText per placeholder in the document (the common Apps Script recipe). */
function baseline(ws: FakeWorkspace, placeholders: number) {
  return measure(ws, () => {
    const templateId = documentsState().templates.proposal!;
    const copy = (Drive!.Files as unknown as { copy(r: object, id: string): { id: string } }).copy({ name: 'baseline' }, templateId);
    const body = DocumentApp.openById(copy.id).getBody();
    for (let i = 0; i < placeholders; i++) body.replaceText(`\\{\\{${FIELDS[i % FIELDS.length]!.replace(/\./g, '\\.')}\\}\\}`, 'value');
    body.replaceText('\\{\\{goals\\.area\\}\\}', 'value');
  });
}

export function documentsBench(): void {
  const rows: (string | number)[][] = [];
  for (const placeholders of [5, 50, 200]) {
    for (const goals of [0, 10, 50]) {
      const ws = programme(placeholders, goals);
      const ours = measure(ws, () => documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] }));
      const docCalls = [
        'Drive.Files.copy',
        'Docs.Documents.batchUpdate',
        'DocumentApp.openById',
        'Document.saveAndClose',
        'Table.insertTableRow',
        'TableRow.replaceText',
        'Table.removeRow',
      ];
      const document = docCalls.reduce((sum, name) => sum + ws.counter.get(name), 0);
      const base = baseline(ws, placeholders);
      rows.push([placeholders, goals, document, ours.data, ours.ms, base.data, base.ms]);
    }
  }
  printTable(
    'Generating one document: document-service calls (copy, open, row copies, save, batchUpdate) and all data calls, against one replaceText per placeholder',
    ['placeholders', 'goal rows', 'document calls', 'data calls', 'ms', 'baseline data calls', 'baseline ms'],
    rows,
  );
}

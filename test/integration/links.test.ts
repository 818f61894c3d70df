import { describe, expect, it } from 'vitest';
import { MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { documentsApi } from '../../src/server/documents/api';
import { docUrl, linkFromCell } from '../../src/server/documents/links';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { useWorkspace } from '../support/workspace';

function programme() {
  const ws = useWorkspace();
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-0001', name: 'Samira Haddad', consentData: true }], { byCoordinator: true });
  appendRecords(readTable(spreadsheet, MENTEES), [{ id: 'ME-0001', name: 'Amina Yusuf', consentData: true }], { byCoordinator: true });
  appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' }], { byCoordinator: true });
  return ws;
}

/** Types into the Pairs cell of a document kind, as any editor of the spreadsheet can. */
function typeInLinkCell(ws: ReturnType<typeof useWorkspace>, header: string, text: string) {
  const sheet = ws.sheet('Pairs');
  const column = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf(header) + 1;
  sheet.getRange(2, column).setValue(text);
}

describe('document links reach the sidebar built from file ids only', () => {
  it('sends a generated document’s link rebuilt from its id', () => {
    const ws = programme();
    documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] });
    const doc = ws.documents().find((d) => d.name.startsWith('IIP – P-0001'))!;
    const overview = documentsApi.getDocumentsOverview();
    expect(overview.pairs[0]!.links.iip).toBe(`https://docs.google.com/document/d/${doc.id}/edit`);
    expect(overview.templates.every((t) => t.url === `https://docs.google.com/document/d/${t.id}/edit`)).toBe(true);
  });

  it('never sends what an editor typed in a link cell', () => {
    const ws = programme();
    typeInLinkCell(ws, 'IIP document', 'javascript:alert(1)');
    typeInLinkCell(ws, 'Code of Conduct document', 'https://docs.google.com/document/d/abc_DEF-1/edit" onmouseover="alert(1)');
    typeInLinkCell(ws, 'Proposal document', 'https://evil.example/d/');
    const overview = documentsApi.getDocumentsOverview();
    expect(overview.pairs[0]!.links).toEqual({
      iip: null,
      codeOfConduct: 'https://docs.google.com/document/d/abc_DEF-1/edit',
      assessment: null,
      proposal: null,
    });
    expect(JSON.stringify(overview)).not.toMatch(/javascript|onmouseover|evil/);
  });

  it('makes a link from a well-formed id only', () => {
    expect(linkFromCell('javascript:alert(1)//d/x')).toBe('https://docs.google.com/document/d/x/edit');
    expect(linkFromCell('data:text/html,<script>')).toBeNull();
    expect(linkFromCell(null)).toBeNull();
    expect(() => docUrl('x/../y')).toThrow();
    expect(() => docUrl('javascript:alert(1)')).toThrow();
  });
});

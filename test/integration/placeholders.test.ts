import { describe, expect, it } from 'vitest';
import { GOALS, MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { documentsApi } from '../../src/server/documents/api';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { useWorkspace } from '../support/workspace';

function programme() {
  const ws = useWorkspace({ spreadsheetName: 'Bologna Peer Mentoring', now: '2026-11-23T09:00:00Z' });
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-0001', name: 'Samira Haddad', consentData: true }], { byCoordinator: true });
  appendRecords(readTable(spreadsheet, MENTEES), [{ id: 'ME-0001', name: 'Amina Yusuf', consentData: true }], { byCoordinator: true });
  appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active', reasons: 'both like cooking' }], {
    byCoordinator: true,
  });
  appendRecords(
    readTable(spreadsheet, GOALS),
    [
      { goalId: 'G-0001', pairCode: 'P-0001', area: 'Housing', goal: 'A room', status: 'In progress' },
      { goalId: 'G-0002', pairCode: 'P-0001', area: 'Work', goal: 'A CV', status: 'Not started' },
    ],
    { byCoordinator: true },
  );
  documentsApi.createTemplates();
  return ws;
}

describe('placeholders as the coordinator writes them', () => {
  it('replaces spaced placeholders everywhere: header, footer, paragraphs, tables, repeated rows and conditionals', () => {
    const ws = programme();
    const templateId = Object.values(ws.state.documents).find((d) => ws.state.driveFiles[d.id]!.name.startsWith('Template – Match proposal'))!.id;
    const template = DocumentApp.openById(templateId);
    template.getHeader()!.setText('{{ programme.name }} · {{pair.code }}');
    template.getFooter()!.setText('For {{ mentee.firstName }}');
    const body = template.getBody();
    body.appendParagraph('Dear {{ mentor.firstName }}, meet {{\tmentee.name}}.');
    body.appendTable([['Pair', '{{ pair.code }}']]);
    body.appendTable([
      ['Area', 'Goal'],
      ['{{ goals.area }}', '{{goals.goal }}'],
    ]);
    body.appendParagraph('{{ #if match.reasons }}');
    body.appendParagraph('Why: {{ match.reasons }}');
    body.appendParagraph('{{ /if }}');
    template.saveAndClose();

    const check = documentsApi.checkTemplate({ kind: 'proposal', code: 'P-0001' });
    expect(check.unknown).toEqual([]);
    expect(check.preview).not.toContain('{{');
    documentsApi.generateDocuments({ kind: 'proposal', codes: ['P-0001'] });
    const doc = ws.documents().find((d) => d.name.startsWith('Match proposal – P-0001'))!;
    const text = [doc.header, doc.body, doc.footer].join('\n');
    expect(text).not.toContain('{{');
    expect(doc.header).toBe('Bologna Peer Mentoring · P-0001');
    expect(doc.footer).toBe('For Amina');
    expect(doc.body).toContain('Dear Samira, meet Amina Yusuf.');
    expect(doc.body).toContain('Pair\tP-0001');
    expect(doc.body).toContain('Area\tGoal\nHousing\tA room\nWork\tA CV');
    expect(doc.body).toContain('Why: both like cooking');
  });
});

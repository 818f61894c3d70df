import { describe, expect, it } from 'vitest';
import { MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { documentsApi } from '../../src/server/documents/api';
import { coordinatorsApi } from '../../src/server/privacy/coordinatorsApi';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { useWorkspace } from '../support/workspace';

/**
 * drive.file is per user: the Drive API reaches only the files a user created (or opened) with the
 * add-on. A second coordinator must still work with the programme's templates, edited by the first.
 */
function programme() {
  const ws = useWorkspace({ spreadsheetName: 'Bologna Peer Mentoring' });
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-0001', name: 'Samira Haddad', email: 'samira@example.org', consentData: true }], {
    byCoordinator: true,
  });
  appendRecords(readTable(spreadsheet, MENTEES), [{ id: 'ME-0001', name: 'Amina Yusuf', consentData: true }], { byCoordinator: true });
  appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' }], { byCoordinator: true });
  documentsApi.createTemplates();
  return ws;
}

const SECOND = 'second@example.org';
const templateIds = (ws: ReturnType<typeof useWorkspace>) =>
  Object.values(ws.state.driveFiles)
    .filter((f) => f.name.startsWith('Template –'))
    .map((f) => f.id)
    .sort();

describe('a second coordinator', () => {
  it('generates from the programme’s templates, with the first coordinator’s edits, once they are shared on adding them', () => {
    const ws = programme();
    const before = templateIds(ws);
    const added = coordinatorsApi.setCoordinator({ email: SECOND, add: true });
    expect(added.files).toEqual({ changed: 5, notChanged: 0 }); // the folder and four templates
    const iip = Object.values(ws.state.driveFiles).find((f) => f.name === 'Template – Individual Integration Plan')!;
    DocumentApp.openById(iip.id).getBody().appendParagraph('Bologna’s own closing line');

    const result = ws.execution(() => documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] }), SECOND);
    expect(result).toMatchObject({ done: true, failed: null });
    // The programme's templates are neither replaced nor duplicated as templates.
    expect(templateIds(ws).filter((id) => before.includes(id))).toEqual(before);
    const made = ws.documents().find((d) => d.name.startsWith('IIP – P-0001'))!;
    expect(made.body).toContain('Bologna’s own closing line');
    expect(made.body).toContain('Amina');
    // The second coordinator's document lives in their own folder, which they own.
    expect(ws.state.driveFiles[made.id]!.permissions.find((p) => p.role === 'owner')!.emailAddress).toBe(SECOND);
  });

  it('previews and generates the mentee’s Arabic copy from the first coordinator’s template, edits included, never replacing it', () => {
    const ws = programme();
    documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001', menteeLanguage: 'ar' });
    const arabic = () => Object.values(ws.state.driveFiles).filter((f) => f.name.includes('(ar)') || /[\u0600-\u06FF]/.test(f.name));
    const [template] = arabic();
    expect(template).toBeDefined();
    DocumentApp.openById(template!.id).getBody().appendParagraph('سطر بولونيا الخاص');
    // Added after the Arabic template was made: it is shared with them too.
    expect(coordinatorsApi.setCoordinator({ email: SECOND, add: true }).files).toEqual({ changed: 6, notChanged: 0 });

    const preview = ws.execution(() => documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001', menteeLanguage: 'ar' }), SECOND);
    expect(preview.createdMenteeTemplate).toBe(false);
    expect(JSON.stringify(preview.preview.body)).toContain('سطر بولونيا الخاص');
    const result = ws.execution(() => documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'], menteeLanguage: 'ar' }), SECOND);
    expect(result).toMatchObject({ done: true, failed: null });
    expect(ws.documents().find((d) => d.name === result.results[0]!.name)!.body).toContain('سطر بولونيا الخاص');
    // The programme's Arabic template is still the first coordinator's, the one everybody uses.
    expect(documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001', menteeLanguage: 'ar' }).createdMenteeTemplate).toBe(false);
    expect(ws.state.driveFiles[template!.id]!.permissions.find((p) => p.role === 'owner')!.emailAddress).toBe('coordinator@example.org');
    expect(JSON.stringify(documentsApi.checkTemplate({ kind: 'iip', code: 'P-0001', menteeLanguage: 'ar' }).preview.body)).toContain('سطر بولونيا الخاص');
  });

  it('is told whose templates they are, and how to get them, when they were never shared', () => {
    const ws = programme();
    // Made a coordinator by hand in the sheet's protection, so nothing was shared with them.
    ws.sheet('Sensitive details').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!.addEditor(SECOND);
    expect(() => ws.execution(() => documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] }), SECOND)).toThrow(
      expect.objectContaining({ key: 'documents.templateNotShared', params: { owner: 'coordinator@example.org' } }),
    );
  });

  it('loses access to the programme’s files when no longer a coordinator', () => {
    const ws = programme();
    coordinatorsApi.setCoordinator({ email: SECOND, add: true });
    expect(coordinatorsApi.setCoordinator({ email: SECOND, add: false }).files).toEqual({ changed: 5, notChanged: 0 });
    const iip = Object.values(ws.state.driveFiles).find((f) => f.name === 'Template – Individual Integration Plan')!;
    expect(iip.permissions.map((p) => p.emailAddress)).toEqual(['coordinator@example.org']);
  });
});

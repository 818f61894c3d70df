import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';

type G = { DocumentApp: GoogleAppsScript.Document.DocumentApp; Drive: GoogleAppsScript.Drive };

function docs(options = {}) {
  const ws = createWorkspace(options);
  return { ws, g: ws.globals as unknown as G };
}

describe('in-memory DocumentApp', () => {
  it('builds a document with header, body, table and footer and reads its text', () => {
    const { ws, g } = docs();
    const doc = g.DocumentApp.create('IIP – P-0001');
    doc.addHeader().appendParagraph('Bologna Peer Mentoring');
    const body = doc.getBody();
    body.appendParagraph('Individual Integration Plan').setHeading(g.DocumentApp.ParagraphHeading.HEADING1);
    body.appendTable([
      ['Area', 'Goal'],
      ['{{area}}', '{{goal}}'],
    ]);
    doc.addFooter().appendParagraph('P-0001');
    const [saved] = ws.documents();
    expect(saved).toMatchObject({ name: 'IIP – P-0001', footer: '\nP-0001' });
    expect(saved!.body).toContain('Area\tGoal\n{{area}}\t{{goal}}');
  });

  it('copies a template row and fills each copy', () => {
    const { g } = docs();
    const doc = g.DocumentApp.create('t');
    const table = doc.getBody().appendTable([['Goal'], ['{{goal}}']]);
    const template = table.getRow(1);
    for (const goal of ['Find a room', 'Start a course']) table.insertTableRow(table.getNumRows(), template.copy()).replaceText('\\{\\{goal\\}\\}', goal);
    table.removeRow(1);
    expect(table.getText()).toBe('Goal\nFind a room\nStart a course');
  });

  it('replaceText takes an RE2 pattern and a Java-style replacement', () => {
    const { g } = docs();
    const body = g.DocumentApp.create('t').getBody();
    body.appendParagraph('Hello {{name}}, {{name}}!');
    body.replaceText('\\{\\{name\\}\\}', 'A\\$1 and $0');
    expect(body.getText()).toContain('Hello A$1 and {{name}}, A$1 and {{name}}!');
    expect(() => body.replaceText('(?=x)', 'y')).toThrow(/RE2/);
    expect(() => body.replaceText('name', '$')).toThrow('Illegal group reference');
  });

  it('counts documents created against the daily quota with Google’s message', () => {
    const { ws, g } = docs();
    ws.setDocumentsCreatedToday(250);
    expect(() => g.DocumentApp.create('one too many')).toThrow('Service invoked too many times for one day: docs create.');
    ws.clock.advance(86_400_000);
    expect(() => g.DocumentApp.create('tomorrow')).not.toThrow();
  });
});

describe('in-memory Drive (advanced service v3, drive.file)', () => {
  it('creates folders, copies documents into them, and shares only on request', () => {
    const { ws, g } = docs();
    const folder = g.Drive.Files!.create({ name: 'Peer Mentoring Desk', mimeType: 'application/vnd.google-apps.folder' });
    const template = g.DocumentApp.create('Template');
    template.getBody().appendParagraph('Dear {{mentor}}');
    const copy = g.Drive.Files!.copy({ name: 'Letter – P-0001', parents: [folder.id!] }, template.getId());
    expect(g.DocumentApp.openById(copy.id!).getBody().getText()).toContain('Dear {{mentor}}');
    const doc = ws.documents().find((d) => d.id === copy.id)!;
    expect(doc.folderPath).toBe('Peer Mentoring Desk');
    expect(doc.sharing).toEqual([{ type: 'user', role: 'owner', emailAddress: 'coordinator@example.org' }]);
    g.Drive.Permissions!.create({ type: 'user', role: 'reader', emailAddress: 'mentor@example.org' }, copy.id!);
    expect(ws.documents().find((d) => d.id === copy.id)!.sharing).toHaveLength(2);
  });

  it('reaches through Drive only the files this user created with the add-on (drive.file is per user)', () => {
    const { ws, g } = docs();
    const doc = g.DocumentApp.create('Private');
    ws.shareSpreadsheet('second@example.org');
    // Not shared: the colleague can open it neither way.
    expect(() => ws.execution(() => g.DocumentApp.openById(doc.getId()), 'second@example.org')).toThrow(/Document is missing/);
    g.Drive.Permissions!.create({ type: 'user', role: 'writer', emailAddress: 'second@example.org' }, doc.getId());
    // Shared: DocumentApp (the documents scope) opens it, the Drive API (drive.file) still does not see it.
    expect(ws.execution(() => g.DocumentApp.openById(doc.getId()).getName(), 'second@example.org')).toBe('Private');
    expect(() => ws.execution(() => g.Drive.Files!.get(doc.getId()), 'second@example.org')).toThrow(/File not found/);
  });
});

describe('in-memory Docs advanced service', () => {
  it('replaces text literally across header, body, tables and footer in one call', () => {
    const { ws, g } = docs();
    const doc = g.DocumentApp.create('t');
    doc.addHeader().appendParagraph('{{code}}');
    doc.getBody().appendParagraph('Hello {{name}}');
    doc.getBody().appendTable([['{{name}}', '{{code}}']]);
    ws.counter.reset();
    const Docs = ws.globals.Docs as { Documents: { batchUpdate(r: unknown, id: string): { replies: { replaceAllText: { occurrencesChanged: number } }[] } } };
    const result = Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: '{{name}}', matchCase: true }, replaceText: 'A$1 \\ (.*)' } },
          { replaceAllText: { containsText: { text: '{{code}}', matchCase: true }, replaceText: 'P-0001' } },
        ],
      },
      doc.getId(),
    );
    expect(result.replies.map((r) => r.replaceAllText.occurrencesChanged)).toEqual([2, 2]);
    expect(ws.counter.get('Docs.Documents.batchUpdate')).toBe(1);
    const [saved] = ws.documents();
    expect(saved!.header).toContain('P-0001');
    expect(saved!.body).toContain('Hello A$1 \\ (.*)');
    expect(saved!.body).toContain('A$1 \\ (.*)\tP-0001');
  });

  it('refuses a user’s 61st write request within a minute, as the Docs API’s per-user limit does', () => {
    const { ws, g } = docs({ callCost: { dataCallMs: 0, otherCallMs: 0, perCellMs: 0 } });
    const doc = g.DocumentApp.create('t');
    const Docs = ws.globals.Docs as { Documents: { batchUpdate(r: unknown, id: string): unknown } };
    const write = () => Docs.Documents.batchUpdate({ requests: [] }, doc.getId());
    for (let i = 0; i < 60; i++) write();
    expect(write).toThrow(/Write requests per minute per user/);
    ws.clock.advance(60_000);
    expect(write).not.toThrow();
  });
});

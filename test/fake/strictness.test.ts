import { describe, expect, it } from 'vitest';
import { createWorkspace, manifestScopes } from '../../fake';

/**
 * Rules of the strict in-memory Workspace that no other test held: each test fails if its rule
 * is removed (docs/fidelity.md names them in its "Held by" column).
 */
type G = {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Drive: GoogleAppsScript.Drive;
  FormApp: GoogleAppsScript.Forms.FormApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
};
type DocsApi = { Documents: { batchUpdate(resource: unknown, id: string): unknown } };

const OWNER = 'owner@example.org';
const COORDINATOR = 'coordinator@example.org';
const COLLEAGUE = 'colleague@example.org';
const SCOPE = 'https://www.googleapis.com/auth/';
const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function workspace(options: Parameters<typeof createWorkspace>[0] = {}) {
  const ws = createWorkspace({ owner: OWNER, user: COORDINATOR, collaborators: [COLLEAGUE], ...options });
  return { ws, g: ws.globals as unknown as G, docs: ws.globals.Docs as DocsApi };
}

describe('strict Workspace: scopes and authorisation', () => {
  it('needs the documents scope, not documents.currentonly, for DocumentApp.create and openById', () => {
    const { ws, g } = workspace();
    const id = g.DocumentApp.create('Plan').getId();
    ws.grantScopes([...manifestScopes().filter((s) => s !== `${SCOPE}documents`), `${SCOPE}documents.currentonly`]);
    const required = `Required permissions: ${SCOPE}documents`;
    expect(() => g.DocumentApp.create('Another')).toThrow(`You do not have permission to call DocumentApp.create. ${required}`);
    expect(() => g.DocumentApp.openById(id)).toThrow(`You do not have permission to call DocumentApp.openById. ${required}`);
  });

  it('refuses an execution by someone without access to the spreadsheet, and a trigger whose creator lost it', () => {
    const { ws, g } = workspace();
    expect(() => ws.execution(() => g.SpreadsheetApp.getActiveSpreadsheet(), 'stranger@example.org')).toThrow(
      'You do not have permission to access the requested document.',
    );
    ws.addResponseSheet('Form responses 1', ['Name']);
    ws.execution(() => g.ScriptApp.newTrigger('onFormSubmit_').forSpreadsheet(g.SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create(), COLLEAGUE);
    ws.setFunctionResolver(() => () => undefined);
    // The owner takes the colleague off the spreadsheet; their trigger still fires, and fails.
    ws.state.spreadsheets[0]!.editors = ws.state.spreadsheets[0]!.editors.filter((e) => e !== COLLEAGUE);
    const { runs } = ws.submitFormResponse('Form responses 1', { Name: 'Amina' });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      handler: 'onFormSubmit_',
      user: COLLEAGUE,
      ok: false,
      error: 'You do not have permission to access the requested document.',
    });
  });

  it('refuses every scoped call of a user whose grant lapsed, but still answers getAuthorizationInfo', () => {
    const { ws, g } = workspace();
    ws.setAuthorisationRequired(COORDINATOR, true);
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow('Authorization is required to perform that action.');
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow('Authorization is required to perform that action.');
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(String(info.getAuthorizationStatus())).toBe('REQUIRED');
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
    // Someone else is not affected.
    expect(ws.execution(() => g.SpreadsheetApp.getActiveSpreadsheet().getId(), COLLEAGUE)).toBe('spreadsheet-1');
  });
});

describe('strict Workspace: documents need edit access to change', () => {
  function sharedDocument(role: 'reader' | 'commenter' | 'writer') {
    const setup = workspace();
    const { g } = setup;
    const doc = g.DocumentApp.create('Plan');
    doc.getBody().appendParagraph('Goal: {{goal}}');
    doc.getBody().appendTable([['Area'], ['{{area}}']]);
    doc.addHeader().appendParagraph('Header');
    g.Drive.Permissions!.create({ type: 'user', role, emailAddress: COLLEAGUE }, doc.getId());
    return { ...setup, id: doc.getId() };
  }

  it('lets a reader read a document through DocumentApp, and refuses each change, saveAndClose included', () => {
    const { ws, g, id } = sharedDocument('reader');
    const as = <T>(fn: () => T) => ws.execution(fn, COLLEAGUE);
    const doc = as(() => g.DocumentApp.openById(id));
    expect(as(() => doc.getBody().getText())).toContain('Goal: {{goal}}');
    expect(as(() => doc.getHeader()!.getText())).toContain('Header');
    const body = as(() => doc.getBody());
    const paragraph = as(() => body.getParagraphs()[1]!);
    const table = as(() => body.getTables()[0]!);
    const changes: [string, () => unknown][] = [
      ['Body.appendParagraph', () => body.appendParagraph('more')],
      ['Body.replaceText', () => body.replaceText('goal', 'aim')],
      ['Body.removeChild', () => body.removeChild(paragraph)],
      ['Body.clear', () => body.clear()],
      ['Body.editAsText().setText', () => body.editAsText().setText('x')],
      ['Paragraph.setText', () => paragraph.setText('x')],
      ['Paragraph.setHeading', () => paragraph.setHeading(g.DocumentApp.ParagraphHeading.HEADING1)],
      ['Paragraph.editAsText().appendText', () => paragraph.editAsText().appendText('x')],
      ['Table.insertTableRow', () => table.insertTableRow(1, table.getRow(1).copy())],
      ['Table.removeRow', () => table.removeRow(1)],
      ['TableRow.replaceText', () => table.getRow(1).replaceText('area', 'x')],
      ['TableCell.setText', () => table.getCell(1, 0).setText('x')],
      ['HeaderSection.appendParagraph', () => doc.getHeader()!.appendParagraph('x')],
      ['Document.addFooter', () => doc.addFooter()],
      ['Document.setName', () => doc.setName('Mine')],
      ['Document.saveAndClose', () => doc.saveAndClose()],
    ];
    for (const [name, change] of changes) expect(() => as(change), name).toThrow('Action not allowed');
    expect(ws.documents()[0]).toMatchObject({ name: 'Plan', footer: '' });
    expect(ws.documents()[0]!.body).toBe('\nGoal: {{goal}}\nArea\n{{area}}');
    // A detached copy belongs to no document: changing it changes nothing of the reader's.
    const draft = as(() => paragraph.copy());
    as(() => draft.setText('draft'));
    expect(as(() => draft.getText())).toBe('draft');
  });

  it('refuses a commenter too, and lets a writer change the document', () => {
    const commenter = sharedDocument('commenter');
    expect(() => commenter.ws.execution(() => commenter.g.DocumentApp.openById(commenter.id).getBody().appendParagraph('x'), COLLEAGUE)).toThrow(
      'Action not allowed',
    );
    const writer = sharedDocument('writer');
    writer.ws.execution(() => {
      const doc = writer.g.DocumentApp.openById(writer.id);
      doc.getBody().appendParagraph('Added by a colleague');
      doc.saveAndClose();
    }, COLLEAGUE);
    expect(writer.ws.documents()[0]!.body).toContain('Added by a colleague');
  });

  it('refuses Docs.Documents.batchUpdate to a reader and to someone without access, with the Docs API’s text', () => {
    const { ws, docs, id } = sharedDocument('reader');
    const replace = { requests: [{ replaceAllText: { containsText: { text: '{{goal}}', matchCase: true }, replaceText: 'A room' } }] };
    const denied = 'API call to docs.documents.batchUpdate failed with error: The caller does not have permission';
    expect(() => ws.execution(() => docs.Documents.batchUpdate(replace, id), COLLEAGUE)).toThrow(denied);
    ws.shareSpreadsheet('volunteer@example.org');
    expect(() => ws.execution(() => docs.Documents.batchUpdate(replace, id), 'volunteer@example.org')).toThrow(denied);
    expect(ws.documents()[0]!.body).toContain('{{goal}}');
    docs.Documents.batchUpdate(replace, id);
    expect(ws.documents()[0]!.body).toContain('Goal: A room');
  });
});

describe('strict Workspace: Drive', () => {
  it('lets only the owner trash or delete a file: a writer who is not the owner is refused', () => {
    const { ws, g } = workspace();
    const file = g.Drive.Files!.create({ name: 'Plan – P-0001', mimeType: 'application/vnd.google-apps.document' });
    const id = file.id!;
    g.Drive.Permissions!.create({ type: 'user', role: 'writer', emailAddress: COLLEAGUE }, id);
    // As if the colleague had opened the file with the add-on (Google Picker): drive.file reaches it.
    ws.state.driveFiles[id]!.appAccess.push(COLLEAGUE);
    const insufficient = (call: string) => `API call to drive.${call} failed with error: The user does not have sufficient permissions for file ${id}.`;
    ws.execution(() => {
      // A writer may rename it…
      expect(g.Drive.Files!.update({ name: 'Plan – P-0001 (v2)' }, id).name).toBe('Plan – P-0001 (v2)');
      // …but not trash or delete it.
      expect(() => g.Drive.Files!.update({ trashed: true }, id)).toThrow(insufficient('files.update'));
      expect(() => g.Drive.Files!.remove(id)).toThrow(insufficient('files.delete'));
    }, COLLEAGUE);
    expect(ws.state.driveFiles[id]).toMatchObject({ trashed: false });
    g.Drive.Files!.update({ trashed: true }, id);
    expect(ws.state.driveFiles[id]).toMatchObject({ trashed: true });
    g.Drive.Files!.remove(id);
    expect(ws.state.driveFiles[id]).toBeUndefined();
  });

  it('refuses quiet sharing with an address that has no Google account, in Google’s words, which the add-on recognises', () => {
    const { g } = workspace();
    const id = g.DocumentApp.create('Plan').getId();
    const expected =
      'API call to drive.permissions.create failed with error: Bad Request. User message: "You are trying to invite samira@example.org. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."';
    let message = '';
    try {
      g.Drive.Permissions!.create({ type: 'user', role: 'reader', emailAddress: 'samira@example.org' }, id, { sendNotificationEmail: false });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(expected);
    // src/server/documents/api.ts tells this refusal apart with this pattern (NO_GOOGLE_ACCOUNT).
    expect(message).toMatch(/invalidSharingRequest|no Google account|Notify people/i);
  });
});

describe('strict Workspace: protections', () => {
  function protectedSheet(options: Parameters<typeof createWorkspace>[0] = {}) {
    const setup = workspace(options);
    const ss = setup.g.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('Private');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Name', 'Note'],
      ['B', '2'],
      ['A', '1'],
    ]);
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    return { ...setup, ss, sheet, protection };
  }

  it('returns the existing protection when protect() is called on a protected sheet, never a second one', () => {
    const { g, sheet, protection } = protectedSheet();
    protection.setDescription('Coordinators only');
    const again = sheet.protect();
    expect(again.getDescription()).toBe('Coordinators only');
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(
      again
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([COORDINATOR, OWNER]);
  });

  it('refuses every write of a protected sheet to someone not allowed, not only setValues', () => {
    const { ws, g, ss, sheet } = protectedSheet();
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B']).build();
    const range = () => sheet.getRange(2, 1, 2, 2);
    const writes: [string, () => unknown][] = [
      ['Range.sort', () => range().sort(1)],
      ['Range.clear', () => range().clear()],
      ['Range.clearContent', () => range().clearContent()],
      ['Range.clearFormat', () => range().clearFormat()],
      ['Range.setNumberFormat', () => range().setNumberFormat('@')],
      [
        'Range.setNumberFormats',
        () =>
          range().setNumberFormats([
            ['@', '@'],
            ['@', '@'],
          ]),
      ],
      ['Range.setDataValidation', () => range().setDataValidation(rule)],
      [
        'Range.setDataValidations',
        () =>
          range().setDataValidations([
            [rule, rule],
            [rule, rule],
          ]),
      ],
      ['Range.clearDataValidations', () => range().clearDataValidations()],
      ['Range.setFontWeight', () => range().setFontWeight('bold')],
      ['Range.setBackground', () => range().setBackground('#ffff00')],
      ['Range.setNote', () => range().setNote('x')],
      ['Range.setValue', () => range().setValue('x')],
      ['Sheet.sort', () => sheet.sort(1)],
      ['Sheet.clear', () => sheet.clear()],
      ['Sheet.appendRow', () => sheet.appendRow(['C', '3'])],
      ['Sheet.insertRowsAfter', () => sheet.insertRowsAfter(1, 1)],
      ['Sheet.insertColumnsAfter', () => sheet.insertColumnsAfter(1, 1)],
      ['Sheet.deleteRow', () => sheet.deleteRow(2)],
      ['Sheet.deleteColumn', () => sheet.deleteColumn(2)],
      ['Sheet.setName', () => sheet.setName('Mine')],
      ['Sheet.setFrozenRows', () => sheet.setFrozenRows(1)],
      ['Sheet.hideSheet', () => sheet.hideSheet()],
      ['Spreadsheet.deleteSheet', () => ss.deleteSheet(sheet)],
    ];
    const before = JSON.stringify(ws.state.spreadsheets[0]!.sheets.find((s) => s.name === 'Private'));
    for (const [name, write] of writes) expect(() => ws.execution(write, COLLEAGUE), name).toThrow(PROTECTED);
    expect(JSON.stringify(ws.state.spreadsheets[0]!.sheets.find((s) => s.name === 'Private'))).toBe(before);
    // Reading stays allowed: Sheets cannot stop an editor of the file from reading.
    expect(ws.execution(() => sheet.getRange(2, 1, 2, 2).getValues(), COLLEAGUE)).toEqual([
      ['B', 2],
      ['A', 1],
    ]);
    // The protection's editors may do all of it.
    sheet.getRange(2, 1, 2, 2).sort(1);
    expect(sheet.getRange(2, 1).getValue()).toBe('A');
  });

  it('guards a protected range’s cells: writes over it and rows inserted inside it are refused, rows next to it are not', () => {
    const { ws, g } = workspace();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Pairs');
    const protection = sheet.getRange(2, 1, 3, 2).protect();
    protection.removeEditors(protection.getEditors());
    const as = (fn: () => unknown) => ws.execution(fn, COLLEAGUE);
    expect(() => as(() => sheet.getRange(3, 2, 1, 2).setNumberFormat('@'))).toThrow(PROTECTED);
    expect(() => as(() => sheet.getRange(1, 1, 5, 1).sort(1))).toThrow(PROTECTED);
    expect(() => as(() => sheet.insertRowsAfter(2, 1))).toThrow(PROTECTED);
    expect(() => as(() => sheet.insertColumnsAfter(1, 1))).toThrow(PROTECTED);
    expect(() => as(() => sheet.getRange(1, 3, 5, 1).setNumberFormat('@'))).not.toThrow();
    expect(() => as(() => sheet.insertRowsAfter(4, 1))).not.toThrow();
    expect(() => as(() => sheet.insertRowsAfter(1, 1))).not.toThrow();
    // The sheet itself is not protected: renaming it is not an edit of the range's cells.
    expect(() => as(() => sheet.setName('Pairs (old)'))).not.toThrow();
  });

  it('refuses setDomainEdit when the spreadsheet’s owner has a consumer account, and not in a Workspace domain', () => {
    const consumer = protectedSheet({ accountType: 'consumer' });
    expect(consumer.protection.canDomainEdit()).toBe(false);
    expect(() => consumer.protection.setDomainEdit(false)).toThrow(/belongs to a Google Workspace domain/);
    const domain = protectedSheet({ accountType: 'workspace' });
    domain.protection.setDomainEdit(true);
    expect(domain.protection.canDomainEdit()).toBe(true);
  });
});

describe('strict Workspace: triggers, properties and forms', () => {
  it('lets an add-on run a time-driven trigger once an hour at most, and have one per user per document', () => {
    const { ws, g } = workspace();
    const interval = 'The recurrence interval for an Add-on trigger must be at least one hour.';
    expect(() => g.ScriptApp.newTrigger('hourly_').timeBased().everyMinutes(30)).toThrow(interval);
    expect(() => g.ScriptApp.newTrigger('hourly_').timeBased().everyHours(0.5)).toThrow(interval);
    g.ScriptApp.newTrigger('hourly_').timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(9).create()).toThrow(
      'The add-on created too many "time-based" triggers for this Google user account in this document.',
    );
    // The colleague has their own one.
    ws.execution(() => g.ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(9).create(), COLLEAGUE);
    expect(ws.state.triggers.map((t) => [t.user, t.handler])).toEqual([
      [COORDINATOR, 'hourly_'],
      [COLLEAGUE, 'daily_'],
    ]);
  });

  it('holds a property store to 500 kB, refusing the write that would pass it and keeping the store as it was', () => {
    const { g } = workspace();
    const store = g.PropertiesService.getDocumentProperties();
    const value = 'x'.repeat(9 * 1024 - 10);
    // 55 keys of 9 kB minus a little fit in 500 kB; the next one does not.
    for (let i = 0; i < 55; i++) store.setProperty(`key${String(i).padStart(2, '0')}`, value);
    const full = 'You have exceeded the property storage quota. Please remove some properties and try again.';
    expect(() => store.setProperty('key55', value)).toThrow(full);
    expect(() => store.setProperties({ a: value, b: value })).toThrow(full);
    expect(store.getKeys()).toHaveLength(55);
    expect(store.getProperty('key55')).toBeNull();
    // Other stores are separate, and room made is room to use.
    g.PropertiesService.getUserProperties().setProperty('key55', value);
    store.deleteProperty('key00');
    store.setProperty('key55', value);
    expect(store.getKeys()).toHaveLength(55);
  });

  it('throws Google’s text for the destination of a form that has none', () => {
    const { g } = workspace();
    const form = g.FormApp.create('Mentee intake');
    expect(() => form.getDestinationId()).toThrow('The form currently has no response destination');
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.SpreadsheetApp.getActiveSpreadsheet().getId());
    expect(form.getDestinationId()).toBe('spreadsheet-1');
    form.removeDestination();
    expect(() => form.getDestinationId()).toThrow('The form currently has no response destination');
  });
});

import { describe, expect, it } from 'vitest';
import { createWorkspace, PROTECTION_DENIED_MESSAGE } from '../../fake';

type G = {
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  FormApp: GoogleAppsScript.Forms.FormApp;
  Session: GoogleAppsScript.Base.Session;
};

const services = (ws = createWorkspace({ collaborators: ['colleague@example.org'] })) => ({ ws, g: ws.globals as unknown as G });

describe('in-memory LockService', () => {
  it('makes a second execution wait, then get the lock when the first releases it in time', () => {
    const { ws, g } = services();
    ws.documentLock.holdByOtherExecution(5_000);
    const start = ws.clock.now();
    expect(g.LockService.getDocumentLock().tryLock(10_000)).toBe(true);
    expect(ws.clock.now() - start).toBe(5_000);
  });

  it('times out with Google’s message when the other execution holds on', () => {
    const { ws, g } = services();
    ws.documentLock.holdByOtherExecution(60_000);
    expect(g.LockService.getDocumentLock().tryLock(1_000)).toBe(false);
    expect(() => g.LockService.getDocumentLock().waitLock(1_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
  });

  it('releases a lock when the execution ends', () => {
    const { ws, g } = services();
    ws.execution(() => g.LockService.getDocumentLock().tryLock(0));
    expect(ws.documentLock.ownedByUs).toBe(false);
  });

  it('refuses the script lock, which would serialise every customer', () => {
    const { g } = services();
    expect(() => g.LockService.getScriptLock()).toThrow(/getDocumentLock/);
  });
});

describe('in-memory PropertiesService', () => {
  it('keeps document properties per spreadsheet and enforces the 9 kB value limit', () => {
    const { g } = services();
    const props = g.PropertiesService.getDocumentProperties();
    props.setProperty('a', '1');
    expect(g.PropertiesService.getDocumentProperties().getProperty('a')).toBe('1');
    expect(g.PropertiesService.getUserProperties().getProperty('a')).toBeNull();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('in-memory ScriptApp', () => {
  it('allows one trigger of each type per user per document, and lists only the user’s own', () => {
    const { ws, g } = services();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    g.ScriptApp.newTrigger('onFormSubmit_').forSpreadsheet(ss).onFormSubmit().create();
    expect(() => g.ScriptApp.newTrigger('onFormSubmit_').forSpreadsheet(ss).onFormSubmit().create()).toThrow(
      'The add-on created too many "on form submit" triggers for this Google user account in this document.',
    );
    ws.execution(() => {
      expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0);
      g.ScriptApp.newTrigger('onFormSubmit_').forSpreadsheet(ss).onFormSubmit().create();
    }, 'colleague@example.org');
    expect(ws.state.triggers).toHaveLength(2);
    expect(g.ScriptApp.getUserTriggers(ss)).toHaveLength(1);
  });

  it('reports authorisation required for a user whose grant lapsed', () => {
    const { ws, g } = services();
    ws.setAuthorisationRequired('coordinator@example.org', true);
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(String(info.getAuthorizationStatus())).toBe('REQUIRED');
  });

  it('fires form-submit triggers as their owner, each in its own execution, and records failures', () => {
    const { ws, g } = services();
    ws.addResponseSheet('Form responses 1', ['Name']);
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    g.ScriptApp.newTrigger('handler').forSpreadsheet(ss).onFormSubmit().create();
    const seen: string[] = [];
    ws.setFunctionResolver((name) =>
      name === 'handler'
        ? (event) => {
            const e = event as GoogleAppsScript.Events.SheetsOnFormSubmit;
            seen.push(`${g.Session.getActiveUser().getEmail()} row ${e.range.getRow()} ${e.namedValues.Name?.[0]}`);
          }
        : undefined,
    );
    const { row, runs } = ws.submitFormResponse('Form responses 1', { Name: 'Ana' });
    expect(row).toBe(2);
    expect(runs).toEqual([{ handler: 'handler', user: 'coordinator@example.org', ok: true }]);
    expect(seen).toEqual(['coordinator@example.org row 2 Ana']);
  });
});

describe('in-memory FormApp and Forms responses', () => {
  it('links a form to the spreadsheet with a localised response sheet and header', () => {
    const { ws, g } = services(createWorkspace({ locale: 'it_IT' }));
    const form = g.FormApp.create('Iscrizione mentee');
    form.addTextItem().setTitle('Nome');
    form.addCheckboxItem().setTitle('Lingue').setChoiceValues(['Italiano', 'Arabo']);
    form.addGridItem().setTitle('Disponibilità').setRows(['Mattina', 'Sera']).setColumns(['Sì', 'No']);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.SpreadsheetApp.getActiveSpreadsheet().getId());
    const sheet = ws.sheet('Risposte del modulo 1');
    expect(sheet.getRange(1, 1, 1, 5).getValues()[0]).toEqual([
      'Informazioni cronologiche',
      'Nome',
      'Lingue',
      'Disponibilità [Mattina]',
      'Disponibilità [Sera]',
    ]);
    ws.submitFormResponse('Risposte del modulo 1', { Nome: 'Ada', Lingue: ['Italiano', 'Arabo'] });
    expect(sheet.getRange(2, 2, 1, 2).getValues()[0]).toEqual(['Ada', 'Italiano, Arabo']);
  });

  it('rewrites an edited response in place and adds a column for a new question', () => {
    const { ws } = services();
    ws.addResponseSheet('Form responses 1', ['Name', 'City']);
    ws.submitFormResponse('Form responses 1', { Name: 'Ana', City: 'Bologna' });
    ws.clock.advance(60_000);
    ws.editFormResponse('Form responses 1', 2, { City: 'Modena', 'New question': 'yes' });
    expect(ws.workbook()[1]!.values.map((r) => r.slice(1))).toEqual([
      ['Name', 'City', 'New question'],
      ['Ana', 'Modena', 'yes'],
    ]);
  });
});

describe('in-memory Forms: the form’s own copy of responses', () => {
  it('keeps each submitted response in the form, follows an edit, and deletes one by id', () => {
    const { ws, g } = services();
    const form = g.FormApp.create('Intake');
    form.addTextItem().setTitle('Name');
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.SpreadsheetApp.getActiveSpreadsheet().getId());
    ws.submitFormResponse('Form responses 1', { Name: 'Ana' });
    ws.clock.advance(1000);
    ws.submitFormResponse('Form responses 1', { Name: 'Bo' });
    ws.clock.advance(60_000);
    const editedAt = ws.clock.now();
    ws.editFormResponse('Form responses 1', 2, { Name: 'Ana B' });
    const opened = g.FormApp.openByUrl(ws.sheet('Form responses 1').getFormUrl()!);
    const responses = opened.getResponses();
    expect(responses.map((r) => r.getItemResponses()[0]!.getResponse())).toEqual(['Ana B', 'Bo']);
    expect(responses[0]!.getTimestamp().getTime() - editedAt).toBeLessThan(100); // the edit's own calls take a moment
    opened.deleteResponse(responses[0]!.getId());
    expect(opened.getResponses()).toHaveLength(1);
    expect(() => opened.deleteResponse('no-such-id')).toThrow();
    expect(() => g.FormApp.openByUrl('https://docs.google.com/forms/d/unknown/edit')).toThrow(/No item with the given ID/);
  });
});

describe('in-memory protections', () => {
  function shared() {
    // A Workspace domain's spreadsheet: setDomainEdit throws for a consumer (gmail.com) owner.
    const { ws, g } = services(createWorkspace({ owner: 'owner@example.org', user: 'coordinator@example.org', accountType: 'workspace' }));
    ws.shareSpreadsheet('other@example.org');
    return { ws, g };
  }

  it('refuses a script’s edit of a protected sheet by someone who is not an editor; warning-only ones do not', () => {
    const { ws, g } = shared();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Private');
    const open = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Open');
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    // The owner and the user running the script stay: Sheets removes neither.
    expect(
      protection
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['coordinator@example.org', 'owner@example.org']);
    open.getRange(1, 1, 5, 1).protect().setWarningOnly(true);
    expect(() => ws.execution(() => sheet.getRange(1, 1).setValue('x'), 'other@example.org')).toThrow(/protected cell or object/);
    expect(() => ws.execution(() => sheet.deleteRow(1), 'other@example.org')).toThrow(/protected cell or object/);
    expect(() => ws.execution(() => protection.addEditor('other@example.org'), 'other@example.org')).toThrow(PROTECTION_DENIED_MESSAGE);
    expect(() => ws.execution(() => open.getRange(1, 1).setValue('x'), 'other@example.org')).not.toThrow();
    sheet.getRange(1, 1).setValue('mine');
    protection.addEditor('other@example.org');
    expect(ws.execution(() => sheet.getRange(1, 1).setValue('theirs').getValue(), 'other@example.org')).toBe('theirs');
  });

  it('mirrors the spreadsheet’s editors until a script changes the protection’s editors', () => {
    const { ws, g } = shared();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Private');
    const protection = sheet.protect();
    expect(ws.execution(() => sheet.getRange(1, 1).setValue('still open').getValue(), 'other@example.org')).toBe('still open');
    protection.setDomainEdit(false);
    // Changing the domain setting ends the mirroring but keeps everyone who could edit.
    expect(protection.getEditors().map((u) => u.getEmail())).toContain('other@example.org');
    protection.removeEditors(['other@example.org']);
    expect(() => ws.execution(() => sheet.getRange(1, 1).setValue('x'), 'other@example.org')).toThrow(/protected cell or object/);
  });

  it('lets the owner edit whatever the editors, and refuses getEditors and canDomainEdit to someone who cannot edit', () => {
    const { ws, g } = shared();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Private');
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    expect(ws.execution(() => sheet.getRange(1, 1).setValue('owner’s').getValue(), 'owner@example.org')).toBe('owner’s');
    expect(ws.execution(() => protection.canEdit(), 'other@example.org')).toBe(false);
    expect(() => ws.execution(() => protection.getEditors(), 'other@example.org')).toThrow(PROTECTION_DENIED_MESSAGE);
    expect(() => ws.execution(() => protection.canDomainEdit(), 'other@example.org')).toThrow(PROTECTION_DENIED_MESSAGE);
    ws.execution(() => protection.removeEditors(['owner@example.org']), 'coordinator@example.org');
    expect(protection.getEditors().map((u) => u.getEmail())).toContain('owner@example.org');
  });
});

describe('clock and utilities', () => {
  it('gives the script a Date whose now is the advanceable clock', () => {
    const { ws } = services(createWorkspace({ now: '2026-01-01T00:00:00Z' }));
    const ScriptDate = ws.globals.Date as DateConstructor;
    ws.clock.advance(86_400_000);
    expect(new ScriptDate().toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(new ScriptDate(0).getTime()).toBe(0);
  });

  it('formats dates with Java patterns in a time zone', () => {
    const { g } = services();
    expect(g.Utilities.formatDate(new Date('2026-11-02T23:05:09Z'), 'Europe/Rome', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-03 00:05:09');
  });

  it('saves and restores the whole state, dates included', () => {
    const { ws } = services();
    ws.sheet('Sheet1').getRange(1, 1).setValue(new Date('2026-05-01T10:00:00Z'));
    const copy = createWorkspace();
    copy.restore(ws.snapshot());
    const value = copy.sheet('Sheet1').getRange(1, 1).getValue() as Date;
    expect(value.toISOString()).toBe('2026-05-01T10:00:00.000Z');
  });
});

describe('in-memory Forms: the response sheet comes after setDestination', () => {
  const formWithDestination = (g: G) => {
    const form = g.FormApp.create('Intake');
    form.addTextItem().setTitle('Name');
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.SpreadsheetApp.getActiveSpreadsheet().getId());
    return form;
  };
  const sheetNames = (g: G) =>
    g.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getName());

  it('is not there during the call, only after a flush; the form already names its destination', () => {
    const { g } = services();
    const form = formWithDestination(g);
    expect(sheetNames(g)).toEqual(['Sheet1']);
    expect(form.getDestinationId()).toBe(g.SpreadsheetApp.getActiveSpreadsheet().getId());
    g.SpreadsheetApp.flush();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Form responses 1')!;
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['Timestamp', 'Name']]);
    // The sheet's form URL names the form by its id, but is neither of the form's own URLs.
    expect(sheet.getFormUrl()).toContain(`/forms/d/${form.getId()}/`);
    expect([form.getEditUrl(), form.getPublishedUrl()]).not.toContain(sheet.getFormUrl());
  });

  it('comes when the execution ends, if the script did not flush', () => {
    const { ws, g } = services();
    const during = ws.execution(() => {
      formWithDestination(g);
      return sheetNames(g);
    });
    expect(during).toEqual(['Sheet1']);
    expect(ws.execution(() => sheetNames(g))).toEqual(['Form responses 1', 'Sheet1']);
  });

  it('can be made to ignore the flush and come only at the end of the execution', () => {
    const { ws, g } = services();
    ws.delayFormDestinations(1);
    const during = ws.execution(() => {
      formWithDestination(g);
      g.SpreadsheetApp.flush();
      const late = sheetNames(g);
      // Only the next form was delayed: this one comes with the flush.
      formWithDestination(g);
      g.SpreadsheetApp.flush();
      return [late, sheetNames(g)];
    });
    expect(during).toEqual([['Sheet1'], ['Form responses 1', 'Sheet1']]);
    expect(ws.execution(() => sheetNames(g))).toEqual(['Form responses 2', 'Form responses 1', 'Sheet1']);
  });

  it('never comes once the destination is removed before it arrived', () => {
    const { ws, g } = services();
    ws.execution(() => formWithDestination(g).removeDestination());
    expect(ws.execution(() => sheetNames(g))).toEqual(['Sheet1']);
  });
});

import { describe, expect, it } from 'vitest';
import { MENTEES, PROGRAMME_SHEETS } from '../../src/core/schema/sheets';
import { sidebarApi } from '../../src/server/api';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { COLUMN_KEY } from '../../src/server/workspace/columnKeys';
import { readTable, updateRecords } from '../../src/server/workspace/table';
import { useWorkspace } from '../support/workspace';

describe('programme setup', () => {
  it('creates every structured sheet with frozen, protected headers and plain-text people columns', () => {
    const ws = useWorkspace();
    const result = setUpProgrammeSheets();
    expect(result.created).toBe(PROGRAMME_SHEETS.length);
    const mentees = ws.sheet('Mentees');
    expect(mentees.getFrozenRows()).toBe(1);
    const header = mentees.getRange(1, 1, 1, mentees.getLastColumn()).getValues()[0]!;
    expect(header).toEqual(MENTEES.columns.map((c) => c.header));
    const nameColumn = header.indexOf('Name') + 1;
    expect(mentees.getRange(2, nameColumn).getNumberFormats()[0]![0]).toBe('@');
    const decision = header.indexOf('Screening decision') + 1;
    expect(mentees.getRange(5, decision).getDataValidations()[0]![0]!.getCriteriaValues()[0]).toContain('Waiting list');
    const protections = mentees.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protections.length).toBeGreaterThan(0);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
  });

  it('is safe to run again: no duplicate sheets, columns or protections, data untouched', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    const sheet = ws.sheet('Mentees');
    sheet.getRange(2, 1, 1, 2).setValues([['E-0001', 'key']]);
    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).length;
    const again = setUpProgrammeSheets();
    expect(again).toMatchObject({ created: 0, repaired: 0 });
    expect(ws.spreadsheet.getSheets().filter((s) => s.getName() === 'Mentees')).toHaveLength(1);
    expect(sheet.getLastColumn()).toBe(MENTEES.columns.length);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(protections);
    expect(sheet.getRange(2, 1, 1, 2).getValues()).toEqual([['E-0001', 'key']]);
  });

  it('re-adds a deleted column at the end without moving data or the coordinator’s columns', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    const sheet = ws.sheet('Mentees');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const emailColumn = header.indexOf('Email') + 1;
    sheet.getRange(2, emailColumn).setValue('ana@example.org');
    sheet.deleteColumn(header.indexOf('Phone') + 1);
    sheet.insertColumnBefore(1);
    sheet.getRange(1, 1).setValue('My notes');
    const result = setUpProgrammeSheets();
    expect(result.repaired).toBe(1);
    const after = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    expect(after[0]).toBe('My notes');
    expect(after.at(-1)).toBe('Phone');
    expect(after.filter((h) => h === 'Phone')).toHaveLength(1);
    expect(sheet.getRange(2, emailColumn + 1).getValue()).toBe('ana@example.org');
  });

  it('keeps a column whose header the coordinator renamed as the add-on’s column: found by its key, not added again', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    const sheet = ws.sheet('Mentees');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const emailColumn = header.indexOf('Email') + 1;
    sheet.getRange(2, emailColumn).setValue('ana@example.org');
    sheet.getRange(1, emailColumn).setValue('E-mail (old)');
    sheet.insertColumnBefore(1);
    const width = sheet.getLastColumn();
    expect(setUpProgrammeSheets().repaired).toBe(0);
    expect(sheet.getLastColumn()).toBe(width);
    // The coordinator's words stay: nothing they typed is changed.
    expect(sheet.getRange(1, emailColumn + 1).getValue()).toBe('E-mail (old)');
    const table = readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES);
    expect(table.headers.missing).toEqual([]);
    expect(table.rows[0]!.values.email).toBe('ana@example.org');
  });

  it('writes to a renamed column where the coordinator keeps it, in any words', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    const sheet = ws.sheet('Mentees');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const emailColumn = header.indexOf('Email') + 1;
    sheet.getRange(2, 1).setValue('E-0001');
    sheet.getRange(1, emailColumn).setValue('Correo de contacto 📧');
    const table = readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES);
    updateRecords(table, [{ rowNumber: 2, values: { email: 'bo@example.org' } }], { byCoordinator: true });
    expect(sheet.getRange(2, emailColumn).getValue()).toBe('bo@example.org');
    expect(sheet.getRange(1, emailColumn).getValue()).toBe('Correo de contacto 📧');
  });

  it('tags each column once, however often setup runs', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    setUpProgrammeSheets();
    const tags = ws.sheet('Mentees').createDeveloperMetadataFinder().withKey(COLUMN_KEY).find();
    expect(tags.map((t) => t.getValue()).sort()).toEqual(MENTEES.columns.map((c) => c.key).sort());
  });

  it('names sheets and headers in Italian for an Italian spreadsheet', () => {
    const ws = useWorkspace({ locale: 'it_IT' });
    setUpProgrammeSheets();
    const sheet = ws.sheet('Mentee');
    expect(sheet.getRange(1, 2).getValue()).toBe('Chiave della risposta');
    expect(sheet.getRange(1, 5).getValue()).toBe('Nome');
    expect(setUpProgrammeSheets().created).toBe(0);
  });

  it('waits for another execution holding the document lock, then reports busy in plain words', () => {
    const ws = useWorkspace();
    ws.documentLock.holdByOtherExecution(10 * 60_000);
    expect(() => sidebarApi.setUpProgramme()).toThrow('Another person or process is updating the programme. Please try again in a moment.');
    expect(ws.spreadsheet.getSheetByName('Mentors')).toBeNull();
  });
});

describe('setup service-call budget', () => {
  it('writes headers in batches, never cell by cell', () => {
    const ws = useWorkspace();
    ws.counter.reset();
    setUpProgrammeSheets();
    expect(ws.counter.get('Range.setValue')).toBe(0);
    expect(ws.counter.get('Sheet.appendRow')).toBe(0);
    expect(ws.counter.get('Range.setValues')).toBeLessThanOrEqual(PROGRAMME_SHEETS.length + 1); // headers, then the settings rows
    expect(ws.counter.get('Range.setNumberFormats')).toBe(PROGRAMME_SHEETS.length);
  });
});

describe('a coordinator renaming a structured sheet', () => {
  it('keeps working on the renamed sheet and setup does not create another', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    ws.sheet('Mentees').setName('Mentees 2026');
    expect(setUpProgrammeSheets().created).toBe(0);
    expect(ws.spreadsheet.getSheetByName('Mentees')).toBeNull();
    expect(sidebarApi.getSidebarState().isSetUp).toBe(true);
  });
});

describe('settings sheet', () => {
  it('is seeded with defaults once, and the coordinator’s values are kept', () => {
    const ws = useWorkspace({ spreadsheetName: 'Modena Mentoring', locale: 'it_IT' });
    setUpProgrammeSheets();
    const sheet = ws.sheet('Impostazioni');
    expect(sheet.getRange(2, 1, 3, 2).getValues()).toEqual([
      ['programme.name', 'Modena Mentoring'],
      ['programme.hostLanguage', 'it'],
      ['intake.consentTextVersion', 'v1'],
    ]);
    const seeded = sheet.getLastRow();
    expect(seeded).toBeGreaterThan(4);
    sheet.getRange(2, 2).setValue('Mentori di Modena');
    setUpProgrammeSheets();
    // A second setup adds no row: each default is seeded once.
    expect(sheet.getLastRow()).toBe(seeded);
    expect(sheet.getRange(2, 2).getValue()).toBe('Mentori di Modena');
  });
});

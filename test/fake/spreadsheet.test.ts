import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';

function sheetOf(ws = createWorkspace()) {
  const ss = ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { ws, ss: ss.getActiveSpreadsheet(), sheet: ss.getActiveSpreadsheet().getSheets()[0]! };
}

describe('in-memory Sheets: values as Sheets stores them', () => {
  it('turns a string starting with = into a formula, and an apostrophe keeps it text', () => {
    const { sheet } = sheetOf();
    sheet.getRange(1, 1, 1, 3).setValues([['=SUM(1,2)', "'=SUM(1,2)", '+HYPERLINK("x")']]);
    expect(sheet.getRange(1, 1, 1, 3).getFormulas()).toEqual([['=SUM(1,2)', '', '=+HYPERLINK("x")']]);
    expect(sheet.getRange(1, 2).getValue()).toBe('=SUM(1,2)');
  });

  it('reads typed values: numbers, booleans and dates, unless the cell is plain text', () => {
    const { sheet } = sheetOf();
    sheet.getRange(1, 4).setNumberFormat('@');
    sheet.getRange(1, 1, 1, 4).setValues([['0039 051 123', 'TRUE', '2026-03-05', '0039']]);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row![0]).toBe('0039 051 123');
    expect(row![1]).toBe(true);
    expect(Object.prototype.toString.call(row![2])).toBe('[object Date]');
    expect(row![3]).toBe('0039');
    sheet.getRange(2, 1).setValues([['0039']]);
    expect(sheet.getRange(2, 1).getValue()).toBe(39);
  });

  it('throws Google’s message when the data does not fit the range', () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a', 'b', 'c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses ranges outside the sheet and empty ranges', () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getValue()).toBe('');
  });

  it('formats display values with the number format and the spreadsheet time zone', () => {
    const { sheet } = sheetOf(createWorkspace({ locale: 'it_IT', timeZone: 'Europe/Rome' }));
    sheet.getRange(1, 1, 1, 3).setValues([[new Date('2026-03-04T23:30:00Z'), 0.256, 1234.5]]);
    sheet.getRange(1, 2).setNumberFormat('0.0%');
    sheet.getRange(1, 3).setNumberFormat('#,##0.00');
    expect(sheet.getRange(1, 1, 1, 3).getDisplayValues()).toEqual([['05/03/2026 0:30:00', '25.6%', '1,234.50']]);
    sheet.getRange(1, 1).setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe('2026-03-05');
  });

  it('enforces a rejecting dropdown and lets an allow-invalid one through', () => {
    const { ws, sheet } = sheetOf();
    const app = ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet.getRange(1, 1).setDataValidation(app.newDataValidation().requireValueInList(['Admit', 'Defer']).setAllowInvalid(false).build());
    expect(() => sheet.getRange(1, 1).setValue('Maybe')).toThrow('violates the data validation rules');
    sheet.getRange(1, 1).setValue('Admit');
    expect(sheet.getRange(1, 1).getDataValidations()[0]![0]!.getCriteriaValues()[0]).toEqual(['Admit', 'Defer']);
  });

  it('keeps sheet names unique and protections listed', () => {
    const { ss, sheet } = sheetOf();
    ss.insertSheet('Mentors');
    expect(() => ss.insertSheet('mentors')).toThrow('A sheet with the name "mentors" already exists');
    const protection = sheet.getRange(1, 1, 10, 2).protect().setDescription('ours').setWarningOnly(true);
    expect(protection.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(SpreadsheetApp_ProtectionType()).map((p) => p.getDescription())).toEqual(['ours']);
  });

  it('sorts like Data > Sort range and moves whole rows', () => {
    const { sheet } = sheetOf();
    sheet.getRange(1, 1, 4, 2).setValues([
      ['Name', 'Year'],
      ['Carla', 1990],
      ['Ali', 1985],
      ['Bea', 2000],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(2, false);
    expect(sheet.getRange(2, 1, 3, 2).getValues()).toEqual([
      ['Bea', 2000],
      ['Carla', 1990],
      ['Ali', 1985],
    ]);
  });

  it('counts every service call by type and method', () => {
    const { ws, sheet } = sheetOf();
    ws.counter.reset();
    sheet.getRange(1, 1).setValue('x');
    sheet.getRange(1, 1).getValue();
    expect(ws.counter.get('Sheet.getRange')).toBe(2);
    expect(ws.counter.get('Range.setValue')).toBe(1);
    expect(ws.counter.get('Range.getValue')).toBe(1);
  });
});

function SpreadsheetApp_ProtectionType() {
  return 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
}

describe('in-memory Sheets: Google’s limits', () => {
  const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';
  const TOO_BIG = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('holds 50,000 characters in a cell and refuses one more, writing nothing', () => {
    const { sheet } = sheetOf();
    sheet.getRange(1, 1).setValue('a'.repeat(50_000));
    expect(String(sheet.getRange(1, 1).getValue())).toHaveLength(50_000);
    expect(() => sheet.getRange(2, 1).setValue('b'.repeat(50_001))).toThrow(TOO_LONG);
    // All or nothing: one cell over refuses the whole block.
    expect(() => sheet.getRange(3, 1, 1, 2).setValues([['short', `=${'c'.repeat(50_000)}`]])).toThrow(TOO_LONG);
    expect(sheet.getLastRow()).toBe(1);
    // The apostrophe that keeps text inert is part of what is written.
    expect(() => sheet.getRange(3, 1).setValue(`'${'d'.repeat(50_000)}`)).toThrow(TOO_LONG);
  });

  it('refuses appendRow with a cell over the limit, leaving the grid as it was', () => {
    const { sheet } = sheetOf();
    expect(() => sheet.appendRow(['ok', 'e'.repeat(50_001), ...new Array(30).fill('x')])).toThrow(TOO_LONG);
    expect([sheet.getLastRow(), sheet.getMaxColumns()]).toEqual([0, 26]);
  });

  it('counts every sheet’s grid, empty cells too, against 10,000,000 cells', () => {
    const { ss, sheet } = sheetOf();
    // 1,000 rows × 10,000 columns: exactly the limit, and not one data cell.
    sheet.insertColumnsAfter(26, 10_000 - 26);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(10_000_000);
    expect(() => sheet.insertRowAfter(1000)).toThrow(TOO_BIG);
    expect(() => sheet.insertRowsBefore(1, 5)).toThrow(TOO_BIG);
    expect(() => sheet.insertColumnAfter(1)).toThrow(TOO_BIG);
    expect(() => ss.insertSheet('More')).toThrow(TOO_BIG);
    sheet.getRange(1000, 1).setValue('last row');
    // A write that grows the grid is refused too.
    expect(() => sheet.appendRow(['one more'])).toThrow(TOO_BIG);
    expect([sheet.getMaxRows(), sheet.getLastRow(), ss.getSheets().length]).toEqual([1000, 1000, 1]);
    // Freeing cells makes room again.
    sheet.deleteColumns(2, 26);
    expect(ss.insertSheet('More').getName()).toBe('More');
  });
});

describe('in-memory Sheets: developer metadata on columns', () => {
  const tagsOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
    sheet
      .createDeveloperMetadataFinder()
      .withKey('k')
      .find()
      .map((m) => [m.getValue(), m.getLocation().getColumn()!.getColumn()]);

  it('attaches to one whole column, and refuses a cell, a partial column or several columns with Google’s message', () => {
    const { sheet } = sheetOf();
    const message = 'Adding developer metadata to arbitrary ranges is not currently supported';
    expect(() => sheet.getRange(1, 2).addDeveloperMetadata('k', 'x')).toThrow(message);
    expect(() => sheet.getRange(1, 2, sheet.getMaxRows() - 1, 1).addDeveloperMetadata('k', 'x')).toThrow(message);
    expect(() => sheet.getRange(2, 2, sheet.getMaxRows() - 1, 1).addDeveloperMetadata('k', 'x')).toThrow(message);
    expect(() => sheet.getRange('B:C').addDeveloperMetadata('k', 'x')).toThrow(message);
    expect(() => sheet.getRange('B:B').addDeveloperMetadata('', 'x')).toThrow('must always have a key');
    sheet.getRange('B:B').addDeveloperMetadata('k', 'x');
    sheet.getRange(1, 3, sheet.getMaxRows(), 1).addDeveloperMetadata('k');
    expect(tagsOf(sheet)).toEqual([
      ['x', 2],
      [null, 3],
    ]);
  });

  it('moves with columns inserted before it, stays when they are inserted after, and is deleted with its column', () => {
    const { sheet } = sheetOf();
    sheet.getRange('B:B').addDeveloperMetadata('k', 'b');
    sheet.getRange('D:D').addDeveloperMetadata('k', 'd');
    sheet.insertColumnsBefore(1, 2);
    expect(tagsOf(sheet)).toEqual([
      ['b', 4],
      ['d', 6],
    ]);
    sheet.insertColumnAfter(6);
    expect(tagsOf(sheet)).toEqual([
      ['b', 4],
      ['d', 6],
    ]);
    sheet.deleteColumn(4);
    expect(tagsOf(sheet)).toEqual([['d', 5]]);
  });

  it('finds by key and value, within a range’s columns only, and forgets removed metadata', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A:A').addDeveloperMetadata('k', 'a');
    sheet.getRange('B:B').addDeveloperMetadata('other', 'b');
    sheet.getRange('C:C').addDeveloperMetadata('k', 'c');
    expect(sheet.createDeveloperMetadataFinder().withKey('k').withValue('c').find()).toHaveLength(1);
    expect(
      sheet
        .getRange('B:C')
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['b', 'c']);
    const [first] = sheet.createDeveloperMetadataFinder().withKey('k').find();
    first!.remove();
    expect(tagsOf(sheet)).toEqual([['c', 3]]);
    expect(() => first!.getValue()).toThrow('no longer exists');
  });

  it('is an edit: refused on a column protected against the user', () => {
    const ws = createWorkspace({ owner: 'owner@example.org', user: 'coordinator@example.org', accountType: 'workspace' });
    ws.shareSpreadsheet('other@example.org');
    const { sheet } = sheetOf(ws);
    const protection = sheet.getRange('B:B').protect();
    protection.removeEditors(['other@example.org']);
    expect(() => ws.execution(() => sheet.getRange('B:B').addDeveloperMetadata('k', 'b'), 'other@example.org')).toThrow(/protected cell or object/);
    ws.execution(() => sheet.getRange('C:C').addDeveloperMetadata('k', 'c'), 'other@example.org');
    expect(tagsOf(sheet)).toEqual([['c', 3]]);
  });
});

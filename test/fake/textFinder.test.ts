import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';

function sheetWith(rows: unknown[][]) {
  const ws = createWorkspace();
  const ss = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  return { ws, sheet };
}

const where = (ranges: GoogleAppsScript.Spreadsheet.Range[]) => ranges.map((r) => r.getA1Notation());

describe('in-memory Sheets: TextFinder', () => {
  it('matches case-insensitively and in part by default; matchCase and matchEntireCell narrow it', () => {
    const { sheet } = sheetWith([['Amina'], ['amina@x.org'], ['AMINA'], ['Karim']]);
    expect(where(sheet.createTextFinder('amina').findAll())).toEqual(['A1', 'A2', 'A3']);
    expect(where(sheet.createTextFinder('amina').matchEntireCell(true).findAll())).toEqual(['A1', 'A3']);
    expect(where(sheet.createTextFinder('amina').matchCase(true).findAll())).toEqual(['A2']);
    expect(where(sheet.createTextFinder('amina').matchCase(true).matchEntireCell(true).findAll())).toEqual([]);
  });

  it('takes plain text literally: regular-expression characters match only themselves', () => {
    const { sheet } = sheetWith([['a+b@x.org'], ['aab@x.org'], ['.*'], ['(']]);
    expect(where(sheet.createTextFinder('a+b@x.org').matchEntireCell(true).findAll())).toEqual(['A1']);
    expect(where(sheet.createTextFinder('.*').matchEntireCell(true).findAll())).toEqual(['A3']);
    expect(where(sheet.createTextFinder('(').findAll())).toEqual(['A4']);
  });

  it('with useRegularExpression, matches the pattern (the whole cell with matchEntireCell) and refuses what RE2 lacks', () => {
    // A leading + would make a formula: the apostrophe keeps it text, as the add-on writes phones.
    const { sheet } = sheetWith([["'+39 333 100-0010"], ['393331000010'], ['333 1000010 ext'], ['3310000109'], ['1000010']]);
    const lastNineDigits = '.*3\\D*3\\D*1\\D*0\\D*0\\D*0\\D*0\\D*1\\D*0\\D*';
    // The fourth cell has the nine digits, but another digit after them: the whole cell does not match.
    expect(where(sheet.createTextFinder(lastNineDigits).useRegularExpression(true).matchEntireCell(true).findAll())).toEqual(['A1', 'A2', 'A3']);
    expect(where(sheet.createTextFinder(lastNineDigits).useRegularExpression(true).findAll())).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(where(sheet.createTextFinder('ext$').useRegularExpression(true).findAll())).toEqual(['A3']);
    expect(() => sheet.createTextFinder('(?=x)').useRegularExpression(true).findAll()).toThrow(/Invalid regular expression/);
    expect(() => sheet.createTextFinder('(a)\\1').useRegularExpression(true).findAll()).toThrow(/Invalid regular expression/);
    expect(() => sheet.createTextFinder('(').useRegularExpression(true).findAll()).toThrow(/Invalid regular expression/);
  });

  it('matches displayed values: numbers and dates as shown, formulas by their value unless matchFormulaText', () => {
    const { sheet } = sheetWith([[1234.5], ['2026-03-05'], ['=HYPERLINK("http://x")']]);
    sheet.getRange(1, 1).setNumberFormat('#,##0.00');
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe('1,234.50');
    expect(where(sheet.createTextFinder('1,234.50').matchEntireCell(true).findAll())).toEqual(['A1']);
    expect(where(sheet.createTextFinder('1234.5').matchEntireCell(true).findAll())).toEqual([]);
    const shownDate = sheet.getRange(2, 1).getDisplayValue();
    expect(where(sheet.createTextFinder(shownDate).matchEntireCell(true).findAll())).toEqual(['A2']);
    expect(where(sheet.createTextFinder('2026-03-05').findAll())).toEqual([]);
    expect(where(sheet.createTextFinder('HYPERLINK').findAll())).toEqual([]);
    expect(where(sheet.createTextFinder('HYPERLINK').matchFormulaText(true).findAll())).toEqual(['A3']);
  });

  it('ignores diacritics only when asked', () => {
    const { sheet } = sheetWith([['José'], ['Jose']]);
    expect(where(sheet.createTextFinder('jose').matchEntireCell(true).findAll())).toEqual(['A2']);
    expect(where(sheet.createTextFinder('jose').matchEntireCell(true).ignoreDiacritics(true).findAll())).toEqual(['A1', 'A2']);
  });

  it('looks only inside the range it was made from', () => {
    const { sheet } = sheetWith([
      ['k1', 'k1'],
      ['k2', 'k1'],
    ]);
    expect(where(sheet.getRange(1, 2, 2, 1).createTextFinder('k1').findAll())).toEqual(['B1', 'B2']);
    expect(where(sheet.getRange(2, 1, 1, 2).createTextFinder('k1').findAll())).toEqual(['B2']);
  });

  it('walks matches with findNext (no wrapping), from startFrom, with getCurrentMatch', () => {
    const { sheet } = sheetWith([['x'], ['y'], ['x'], ['x']]);
    const finder = sheet.createTextFinder('x');
    expect(finder.getCurrentMatch()).toBeNull();
    expect(finder.findNext()!.getA1Notation()).toBe('A1');
    expect(finder.getCurrentMatch()!.getA1Notation()).toBe('A1');
    expect(finder.findNext()!.getA1Notation()).toBe('A3');
    expect(finder.findNext()!.getA1Notation()).toBe('A4');
    expect(finder.findNext()).toBeNull();
    expect(finder.findPrevious()!.getA1Notation()).toBe('A3');
    const from = sheet.createTextFinder('x').startFrom(sheet.getRange('A3'));
    expect(from.findNext()!.getA1Notation()).toBe('A4');
  });

  it('refuses an empty search text', () => {
    const { sheet } = sheetWith([['x']]);
    expect(() => sheet.createTextFinder('')).toThrow(/cannot be empty/);
  });

  it('counts findAll and findNext as data calls that move only the matched cells', () => {
    const { ws, sheet } = sheetWith(Array.from({ length: 500 }, (_, i) => [`key-${i}`, `name ${i}`]));
    ws.counter.reset();
    const found = sheet.getRange(1, 1, 500, 1).createTextFinder('key-42').matchEntireCell(true).findAll();
    expect(where(found)).toEqual(['A43']);
    expect(ws.counter.get('TextFinder.findAll')).toBe(1);
    expect(ws.counter.cells).toBe(1);
    sheet.createTextFinder('key-4').findNext();
    expect(ws.counter.cells).toBe(2);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { isRemoteCall } from '../../fake';
import { KEY_COLUMN_HEADER } from '../../src/core/intake/mapping';
import { notImportedCount } from '../../src/server/intake/notImported';
import { forceReadWay, type ReadWay } from '../../src/server/workspace/lookup';
import { useWorkspace } from '../support/workspace';

const HEADER = ['Timestamp', 'Name', 'Languages', KEY_COLUMN_HEADER, 'A question added later'];
const imported = (n: number) => [new Date(Date.UTC(2026, 0, 1 + (n % 300))), `Person ${n}`, 'ar, it', `r-${n}`, ''];
const waiting = (n: number) => [new Date(Date.UTC(2026, 0, 1 + (n % 300))), `Person ${n}`, 'so', '', n % 2 ? 'yes' : ''];
const blank = () => ['', '', '', '', ''];
/** A key left behind in a row whose answers were cleared: no answer, so nothing to import. */
const keyOnly = (n: number) => ['', '', '', `r-${n}`, ''];

function responseSheet(rows: unknown[][], header: unknown[] = HEADER) {
  const ws = useWorkspace();
  const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Form responses 1');
  // A new sheet has 1,000 rows, as in Sheets: a large response sheet has grown.
  if (rows.length + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  if (rows.length) sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
  return { ws, sheet };
}

function count(sheet: GoogleAppsScript.Spreadsheet.Sheet, way: ReadWay | null) {
  forceReadWay(way);
  return notImportedCount(sheet, sheet.getLastRow(), sheet.getLastColumn());
}

afterEach(() => forceReadWay(null));

describe('responses not yet imported, counted in a response sheet', () => {
  const cases: [string, unknown[][], number][] = [
    ['none, all imported', [imported(1), imported(2), imported(3)], 0],
    ['new ones at the bottom', [imported(1), imported(2), waiting(3), waiting(4)], 2],
    ['scattered among imported ones', [waiting(1), imported(2), waiting(3), imported(4), waiting(5)], 3],
    ['blank rows and a key left alone are not responses', [imported(1), blank(), waiting(3), keyOnly(4), blank(), waiting(6)], 2],
    ['only new ones', [waiting(1), waiting(2)], 2],
  ];
  for (const [name, rows, expected] of cases)
    it(`${name}: the same count read whole and by the key column`, () => {
      const { sheet } = responseSheet(rows);
      expect(count(sheet, 'whole')).toBe(expected);
      expect(count(sheet, 'find')).toBe(expected);
      expect(count(sheet, null)).toBe(expected);
    });

  it('counts nothing in a sheet with only its header, or none at all', () => {
    const { sheet } = responseSheet([]);
    expect(count(sheet, 'find')).toBe(0);
    expect(count(sheet, 'whole')).toBe(0);
    expect(notImportedCount(sheet, 0, 0)).toBe(0);
  });

  it('counts every answered row when the key column is gone (renamed or deleted), both ways', () => {
    const header = HEADER.map((h) => (h === KEY_COLUMN_HEADER ? 'Key (renamed)' : h));
    const { sheet } = responseSheet([imported(1), blank(), waiting(3)], header);
    expect(count(sheet, 'whole')).toBe(2);
    expect(count(sheet, 'find')).toBe(2);
  });

  it('in a large sheet reads the header, the key column and the new rows, not every answer', () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => (i >= 5_990 ? waiting(i) : imported(i)));
    const { ws, sheet } = responseSheet(rows);
    ws.counter.reset();
    expect(count(sheet, null)).toBe(10);
    // Header (5 cells), key column (6,000), the one run of 10 new rows (50): three reads.
    expect(ws.counter.cells).toBe(5 + 6_000 + 50);
    expect(ws.counter.total(isRemoteCall)).toBe(3);
    // Whole: one read of all 30,005 cells.
    ws.counter.reset();
    expect(count(sheet, 'whole')).toBe(10);
    expect(ws.counter.cells).toBe(30_005);
  });

  it('reads by the key column only above the cost model’s break-even (3 reads against 1), and whole at it and below', () => {
    // Two columns: 3 calls of 8,000 cells' worth + header, key column and a row (lastRow + 3 cells) against 8,000 + 2 × lastRow: even at 16,003 rows.
    const header = ['Timestamp', KEY_COLUMN_HEADER];
    const sheetOf = (lastRow: number) =>
      responseSheet(
        Array.from({ length: lastRow - 1 }, (_, i) => [new Date(Date.UTC(2026, 0, 1)), i === lastRow - 2 ? '' : `r-${i}`]),
        header,
      );
    for (const [lastRow, reads, cells] of [
      [16_002, 1, 32_004],
      [16_003, 1, 32_006],
      [16_004, 3, 2 + 16_003 + 2],
    ] as const) {
      const { ws, sheet } = sheetOf(lastRow);
      ws.counter.reset();
      expect(count(sheet, null)).toBe(1);
      expect(ws.counter.total(isRemoteCall)).toBe(reads);
      expect(ws.counter.cells).toBe(cells);
    }
  });

  it('reads a large sheet whole after all when its new rows are scattered in too many runs to read one by one', () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => (i % 4 === 0 ? waiting(i) : imported(i)));
    const { ws, sheet } = responseSheet(rows);
    ws.counter.reset();
    expect(count(sheet, null)).toBe(1_500);
    // Header, key column, then one read of the whole sheet: never more than three reads.
    expect(ws.counter.total(isRemoteCall)).toBe(3);
    expect(ws.counter.cells).toBe(5 + 6_000 + 30_005);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { isRemoteCall } from '../../fake';
import { forceReadWay } from '../../src/server/workspace/lookup';
import { appendRecords, columnRuns, readColumns, readTable, updateRecords } from '../../src/server/workspace/table';
import { PEOPLE } from '../support/peopleSchema';
import { useWorkspace } from '../support/workspace';

function seed(rows: unknown[][]) {
  const ws = useWorkspace();
  const sheet = ws.spreadsheet.insertSheet('People');
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
  ws.counter.reset();
  return { ws, spreadsheet: SpreadsheetApp.getActiveSpreadsheet() };
}

describe('table module', () => {
  it('reads typed records by header in one batched read, whatever the column order', () => {
    const { ws, spreadsheet } = seed([
      ['Decision', 'Name', 'ID', 'Born', 'Coordinator’s column'],
      ['Admit', 'Ana', 'M-1', 1990, 'x'],
      ['', '', '', '', ''],
      ['', 'Bo', 'M-2', '', ''],
    ]);
    const table = readTable(spreadsheet, PEOPLE);
    expect(table.rows.map((r) => [r.rowNumber, r.values.id, r.values.name, r.values.born, r.values.decision])).toEqual([
      [2, 'M-1', 'Ana', 1990, 'Admit'],
      [4, 'M-2', 'Bo', null, null],
    ]);
    expect(table.headers.missing).toEqual(['email', 'seen']);
    // getDataRange is metadata; getValues moves the data; with columns missing by header, one search for their keys.
    expect(ws.counter.total(isRemoteCall)).toBe(2);
    expect(ws.counter.get('Range.getValues')).toBe(1);
    expect(ws.counter.get('DeveloperMetadataFinder.find')).toBe(1);
  });

  it('converts only the rows a `where` keeps, by the cell as read, with their row numbers', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Born', 'Decision'],
      ['M-1', 'Ana', 1990, 'Admit'],
      ['M-2', 'Bo', '1985', ''],
      ['', '', '', ''],
      ['M-3', 'Cy', 'unknown', 'Admit'],
    ]);
    const kept: unknown[] = [];
    const keep = (born: unknown) => {
      kept.push(born);
      return typeof born === 'number';
    };
    const table = readTable(spreadsheet, PEOPLE, { keys: ['id'], where: { key: 'born', keep } });
    expect(table.rows.map((r) => [r.rowNumber, r.values])).toEqual([
      [2, { id: 'M-1' }],
      [3, { id: 'M-2' }],
    ]);
    // The kept cell is converted as the record's would be ("1985" typed as text is the number); the empty row is never asked about.
    expect(kept).toEqual([1990, 1985, 'unknown']);
    // The same one read: the grid still holds every row.
    expect(table.grid).toHaveLength(5);
    expect(ws.counter.total(isRemoteCall)).toBe(2);
    expect(() => readTable(spreadsheet, PEOPLE, { where: { key: 'nothing', keep: () => true } })).toThrow(/No column "nothing"/);
  });

  it('costs no search for column keys when every header is found', () => {
    const { ws, spreadsheet } = seed([['ID', 'Name', 'Email', 'Born', 'Decision', 'Seen']]);
    readTable(spreadsheet, PEOPLE);
    expect(ws.counter.total(isRemoteCall)).toBe(1);
    expect(ws.counter.get('DeveloperMetadataFinder.find')).toBe(0);
  });

  it('appends many records in one setValues, as text where people typed it', () => {
    const { ws, spreadsheet } = seed([['ID', 'Name', 'Email', 'Born', 'Decision', 'Seen']]);
    const table = readTable(spreadsheet, PEOPLE);
    ws.counter.reset();
    const rows = appendRecords(
      table,
      Array.from({ length: 500 }, (_, i) => ({
        id: `M-${i}`,
        name: i === 0 ? '=HYPERLINK("x")' : `P${i}`,
        born: 1980 + (i % 30),
        seen: new Date('2026-01-01'),
      })),
    );
    expect(rows[0]).toBe(2);
    expect(ws.counter.get('Range.setValues')).toBe(1);
    expect(ws.counter.get('Range.setValue')).toBe(0);
    const sheet = ws.sheet('People');
    expect(sheet.getRange(2, 2).getFormulas()[0]![0]).toBe('');
    expect(sheet.getRange(2, 2).getValue()).toBe('=HYPERLINK("x")');
  });

  it('grows the sheet when appending past its last row', () => {
    const { ws, spreadsheet } = seed([['ID', 'Name', 'Email', 'Born', 'Decision', 'Seen']]);
    const table = readTable(spreadsheet, PEOPLE);
    appendRecords(
      table,
      Array.from({ length: 1200 }, (_, i) => ({ id: `M-${i}` })),
    );
    expect(ws.sheet('People').getLastRow()).toBe(1201);
  });

  it('updates add-on columns only, one write per run of adjacent columns, never across the coordinator’s Decision', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Decision', 'Born'],
      ['M-1', 'Ana', 'Admit', 1990],
      ['M-2', 'Bo', 'Defer', 1991],
      ['M-3', 'Cy', '', 1992],
    ]);
    const table = readTable(spreadsheet, PEOPLE);
    ws.counter.reset();
    const writes = updateRecords(table, [
      { rowNumber: 2, values: { name: 'Ana Maria', decision: 'Not selected' } },
      { rowNumber: 3, values: { born: 1985 } },
    ]);
    // Row 2 writes Name alone and row 3 Born alone: a single block would have spanned Decision.
    expect(writes).toBe(2);
    expect(ws.counter.get('Range.setValues')).toBe(2);
    expect(ws.sheet('People').getRange(2, 1, 2, 4).getValues()).toEqual([
      ['M-1', 'Ana Maria', 'Admit', 1990],
      ['M-2', 'Bo', 'Defer', 1985],
    ]);
  });

  it('writes coordinator columns only for a decision the coordinator made', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Decision'],
      ['M-1', ''],
    ]);
    updateRecords(readTable(spreadsheet, PEOPLE), [{ rowNumber: 2, values: { decision: 'Admit' } }], { byCoordinator: true });
    expect(ws.sheet('People').getRange(2, 2).getValue()).toBe('Admit');
  });

  it('keeps text that looks like a formula inert when a row is written back around it', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Born'],
      ['M-1', "'=1+1", 1990],
    ]);
    updateRecords(readTable(spreadsheet, PEOPLE), [{ rowNumber: 2, values: { id: 'M-1', born: 1991 } }]);
    expect(ws.sheet('People').getRange(2, 2).getFormulas()[0]![0]).toBe('');
    expect(ws.sheet('People').getRange(2, 2).getValue()).toBe('=1+1');
  });

  describe('reading some columns (readColumns)', () => {
    afterEach(() => forceReadWay(null));
    const grid = [
      ['Decision', 'Name', 'ID', 'Born', 'Email'],
      ['Admit', 'Ana', 'M-1', 1990, 'a@x.org'],
      ['', 'Bo', '', '', 'b@x.org'],
      ['', '', '', '', ''],
      ['Admit', '', 'M-3', '', ''],
    ];

    it('reads the header and the runs of wanted columns, and gives what readTable gives for them', () => {
      const { ws, spreadsheet } = seed(grid);
      forceReadWay('find');
      const read = readColumns(spreadsheet, PEOPLE, { keys: ['id', 'decision'] });
      // Bo's row has neither an ID nor a decision, but his name is among the cells read: there, with nothing in either.
      expect(read.rows.map((r) => [r.rowNumber, r.values])).toEqual([
        [2, { id: 'M-1', decision: 'Admit' }],
        [3, { id: null, decision: null }],
        [5, { id: 'M-3', decision: 'Admit' }],
      ]);
      // The header, then Decision to ID in one run: Name between them, over 4 rows, costs less than a second call.
      expect(ws.counter.get('Range.getValues')).toBe(2);
      expect(ws.counter.cells).toBe(5 + 3 * 4);
      forceReadWay(null);
      const whole = readTable(spreadsheet, PEOPLE, { keys: ['id', 'decision'] });
      expect(whole.rows).toEqual(read.rows);
    });

    it('reads a small sheet whole in one call, as the cost model finds cheaper, with the same rows', () => {
      const { ws, spreadsheet } = seed(grid);
      const read = readColumns(spreadsheet, PEOPLE, { keys: ['id'], where: { key: 'decision', keep: (d) => d === 'Admit' } });
      expect(read.rows.map((r) => [r.rowNumber, r.values])).toEqual([
        [2, { id: 'M-1' }],
        [5, { id: 'M-3' }],
      ]);
      expect(ws.counter.get('Range.getValues')).toBe(1);
      forceReadWay('find');
      expect(readColumns(spreadsheet, PEOPLE, { keys: ['id'], where: { key: 'decision', keep: (d) => d === 'Admit' } }).rows).toEqual(read.rows);
    });

    it('finds a renamed column by its key, and reads whole when no wanted column is there', () => {
      const { spreadsheet } = seed(grid);
      const sheet = spreadsheet.getSheetByName('People')!;
      sheet.getRange(1, 3, sheet.getMaxRows(), 1).addDeveloperMetadata('pmd.column', 'id');
      sheet.getRange(1, 3).setValue('Participant number');
      forceReadWay('find');
      expect(readColumns(spreadsheet, PEOPLE, { keys: ['id'] }).rows.map((r) => r.values.id)).toEqual(['M-1', 'M-3']);
      expect(readColumns(spreadsheet, PEOPLE, { keys: ['seen'] }).rows.map((r) => r.values)).toEqual([{ seen: null }, { seen: null }, { seen: null }]);
    });

    it('merges two runs only when the columns between cost less to read than a call (8,000 cells)', () => {
      expect(columnRuns([], 100)).toEqual([]);
      expect(columnRuns([0, 1, 2], 1_000)).toEqual([{ start: 0, width: 3 }]);
      // One column between, over 7,999, 8,000 and 8,001 rows.
      expect(columnRuns([0, 2], 7_999)).toEqual([{ start: 0, width: 3 }]);
      expect(columnRuns([0, 2], 8_000)).toEqual([
        { start: 0, width: 1 },
        { start: 2, width: 1 },
      ]);
      expect(columnRuns([0, 2], 8_001)).toHaveLength(2);
      // Mentors' ID, decision and training over 700 rows: training joins the decision, the ID stays apart.
      expect(columnRuns([0, 26, 36], 700)).toEqual([
        { start: 0, width: 1 },
        { start: 26, width: 11 },
      ]);
    });
  });
});

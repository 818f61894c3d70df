import { describe, expect, it } from 'vitest';
import { readTable, updateRecords } from '../../src/server/workspace/table';
import { PEOPLE } from '../support/peopleSchema';
import { useWorkspace } from '../support/workspace';

/** PEOPLE: id, name, email, born and seen are the add-on's; decision is the coordinator's. */
function seed(rows: unknown[][]) {
  const ws = useWorkspace();
  const sheet = ws.spreadsheet.insertSheet('People');
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
  ws.counter.reset();
  return { ws, spreadsheet: SpreadsheetApp.getActiveSpreadsheet() };
}

const cell = (ws: ReturnType<typeof useWorkspace>, row: number, column: number) => ws.sheet('People')._state.rows[row - 1]?.[column - 1];

describe('updates touch the add-on’s cells only', () => {
  it('keeps a coordinator’s formula between two add-on columns', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Decision', 'Born'],
      ['M-1', 'Ana', '=IF(D2>1990,"Admit","Defer")', 1990],
    ]);
    const writes = updateRecords(readTable(spreadsheet, PEOPLE), [{ rowNumber: 2, values: { name: 'Ana Maria', born: 1995 } }]);
    expect(writes).toBe(2);
    expect(ws.sheet('People').getRange(2, 3).getFormulas()[0]![0]).toBe('=IF(D2>1990,"Admit","Defer")');
    expect(cell(ws, 2, 3)?.f).toBe('=IF(D2>1990,"Admit","Defer")');
    expect(
      ws
        .sheet('People')
        .getRange(2, 1, 1, 4)
        .getValues()[0]!
        .filter((_, i) => i !== 2),
    ).toEqual(['M-1', 'Ana Maria', 1995]);
  });

  it('keeps what a coordinator typed between the read and the write', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Decision', 'Born'],
      ['M-1', 'Ana', '', 1990],
    ]);
    const table = readTable(spreadsheet, PEOPLE);
    ws.sheet('People').getRange(2, 3).setValue('Admit');
    updateRecords(table, [{ rowNumber: 2, values: { name: 'Ana Maria', born: 1995 } }]);
    expect(ws.sheet('People').getRange(2, 1, 1, 4).getValues()).toEqual([['M-1', 'Ana Maria', 'Admit', 1995]]);
  });

  it('never writes a column the coordinator added, even between the add-on’s own', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'My notes', 'Name'],
      ['M-1', '=LEN(C2)', 'Ana'],
    ]);
    const table = readTable(spreadsheet, PEOPLE);
    updateRecords(table, [{ rowNumber: 2, values: { id: 'M-1', name: 'Ana Maria' } }]);
    expect(ws.sheet('People').getRange(2, 2).getFormulas()[0]![0]).toBe('=LEN(C2)');
    expect(ws.sheet('People').getRange(2, 3).getValue()).toBe('Ana Maria');
  });

  it('writes a coordinator’s column only when asked, with the add-on’s columns around it in one range', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Decision', 'Born'],
      ['M-1', 'Ana', '=1+1', 1990],
    ]);
    const writes = updateRecords(readTable(spreadsheet, PEOPLE), [{ rowNumber: 2, values: { name: 'Ana Maria', decision: 'Admit', born: 1995 } }], {
      byCoordinator: true,
    });
    expect(writes).toBe(1);
    expect(ws.sheet('People').getRange(2, 1, 1, 4).getValues()).toEqual([['M-1', 'Ana Maria', 'Admit', 1995]]);
  });

  it('keeps the call count low: one range per run of add-on columns, per block of rows that write the same runs', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Email', 'Born', 'Decision', 'Seen'],
      ...Array.from({ length: 6 }, (_, i) => [`M-${i}`, `P${i}`, '', 1990, '=1', '']),
    ]);
    const table = readTable(spreadsheet, PEOPLE);
    ws.counter.reset();
    // Rows 2–4 write ID and Born (one run across Name and Email, which are the add-on's) and Seen; rows 6–7 Name only.
    const writes = updateRecords(table, [
      ...[2, 3, 4].map((rowNumber) => ({ rowNumber, values: { id: `M-${rowNumber}`, born: 2000, seen: new Date('2026-01-01') } })),
      ...[6, 7].map((rowNumber) => ({ rowNumber, values: { name: `Q${rowNumber}` } })),
    ]);
    expect(writes).toBe(3);
    expect(ws.counter.get('Range.setValues')).toBe(3);
    const sheet = ws.sheet('People');
    expect(sheet.getRange(2, 5, 6, 1).getFormulas().flat()).toEqual(Array(6).fill('=1'));
    expect(sheet.getRange(2, 1, 3, 4).getValues()).toEqual([2, 3, 4].map((n) => [`M-${n}`, `P${n - 2}`, '', 2000]));
    expect(sheet.getRange(6, 2, 2, 1).getValues()).toEqual([['Q6'], ['Q7']]);
  });

  it('empties a column of adjacent rows in one range, their coordinator cells untouched', () => {
    const { ws, spreadsheet } = seed([
      ['ID', 'Name', 'Decision', 'Born'],
      ['M-1', 'Ana', '=1+1', 1990],
      ['M-2', 'Bo', '=2+2', 1991],
    ]);
    // Two adjacent rows, each emptying its name: one range, the decisions untouched.
    expect(
      updateRecords(
        readTable(spreadsheet, PEOPLE),
        [2, 3].map((rowNumber) => ({ rowNumber, values: { name: '' } })),
      ),
    ).toBe(1);
    expect(ws.sheet('People').getRange(2, 3, 2, 1).getFormulas().flat()).toEqual(['=1+1', '=2+2']);
  });
});

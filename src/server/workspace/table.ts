import { fromCell, toCell } from '../../core/schema/cells';
import { type HeaderMap, mapHeaders } from '../../core/schema/headerMap';
import type { CellInput, RecordValues, SheetSchema } from '../../core/schema/types';
import { asCellText } from '../../core/sheetText';
import { findSheet } from './sheetRegistry';

/**
 * The only way the add-on reads and writes its structured sheets: one batched read
 * (getDataRange().getValues()) and one batched write per contiguous block, columns found by
 * header. Coordinator-owned columns are never written unless the caller says the coordinator
 * asked for it (a decision made in the sidebar).
 */
export interface TableRow {
  /** 1-based sheet row number at the time of reading. */
  readonly rowNumber: number;
  readonly values: RecordValues;
}

export interface Table {
  readonly schema: SheetSchema;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly headers: HeaderMap;
  readonly rows: readonly TableRow[];
  /** The raw grid as read, header included: writes start from it so untouched cells stay as they were. */
  readonly grid: unknown[][];
}

export class MissingSheetError extends Error {
  constructor(readonly sheetName: string) {
    super(`The sheet "${sheetName}" is missing. Run "Set up programme" from the add-on menu to repair it.`);
    this.name = 'MissingSheetError';
  }
}

export { findSheet } from './sheetRegistry';

/** A structured sheet, or the error that tells the coordinator to run setup. */
export function requireSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = findSheet(spreadsheet, schema);
  if (!sheet) throw new MissingSheetError(schema.name);
  return sheet;
}

export function readTable(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema): Table {
  return readSheet(requireSheet(spreadsheet, schema), schema);
}

export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: SheetSchema): Table {
  const grid = sheet.getDataRange().getValues();
  const headers = mapHeaders(schema, grid[0] ?? []);
  const rows: TableRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const raw = grid[r]!;
    if (raw.every((cell) => cell === '' || cell === null)) continue;
    rows.push({ rowNumber: r + 1, values: recordFrom(schema, headers, raw) });
  }
  return { schema, sheet, headers, rows, grid };
}

function recordFrom(schema: SheetSchema, headers: HeaderMap, raw: unknown[]): RecordValues {
  const values: RecordValues = {};
  for (const column of schema.columns) {
    const index = headers.indexOf.get(column.key);
    values[column.key] = index === undefined ? null : fromCell(column, raw[index]);
  }
  return values;
}

export interface WriteOptions {
  /** The coordinator made this change in the sidebar: coordinator columns may be written too. */
  readonly byCoordinator?: boolean;
}

function writableKeys(table: Table, values: Partial<RecordValues>, options: WriteOptions): string[] {
  return table.schema.columns
    .filter((c) => c.key in values && (options.byCoordinator || c.owner === 'addon') && table.headers.indexOf.has(c.key))
    .map((c) => c.key);
}

function cellRow(table: Table, base: readonly unknown[], values: Partial<RecordValues>, keys: readonly string[]): unknown[] {
  // Cells written back unchanged must stay text: getValues hides the apostrophe that kept "=..." inert.
  const row: unknown[] = Array.from({ length: table.headers.width }, (_, i) => {
    const cell = base[i];
    if (cell === undefined || cell === null) return '';
    return typeof cell === 'string' ? asCellText(cell) : cell;
  });
  for (const key of keys) {
    const column = table.schema.columns.find((c) => c.key === key)!;
    row[table.headers.indexOf.get(key)!] = toCell(column, values[key] as CellInput);
  }
  return row;
}

/**
 * Appends records below the last row in one setValues. Grows the sheet first when it is full
 * (writing past the last row is an error in Sheets).
 */
export function appendRecords(table: Table, records: readonly Partial<RecordValues>[], options: WriteOptions = {}): number[] {
  if (records.length === 0) return [];
  const firstRow = table.grid.length + 1;
  const rows = records.map((record) => cellRow(table, [], record, writableKeys(table, record, { byCoordinator: true, ...options })));
  const maxRows = table.sheet.getMaxRows();
  const needed = firstRow + rows.length - 1 - maxRows;
  // Grow with headroom, so that one response at a time does not pay for a new row each time.
  if (needed > 0) table.sheet.insertRowsAfter(maxRows, Math.max(needed, GROWTH_ROWS));
  table.sheet.getRange(firstRow, 1, rows.length, table.headers.width).setValues(rows);
  for (const row of rows) table.grid.push(row);
  return rows.map((_, i) => firstRow + i);
}

/**
 * Appends records without reading the sheet's rows: one read of the header and one write, at any
 * size. For what only ever adds (the audit log, the sensitive details of a new response).
 */
export function appendWithoutReading(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: SheetSchema, records: readonly Partial<RecordValues>[], options: WriteOptions = {}): void {
  if (records.length === 0) return;
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
  // Only the grid's length matters to appendRecords: the rows below the header are not needed.
  const grid: unknown[][] = Array.from({ length: Math.max(1, sheet.getLastRow()) }, (_, i) => (i === 0 ? header : []));
  appendRecords({ schema, sheet, headers: mapHeaders(schema, header), rows: [], grid }, records, options);
}

/** Rows added at a time when a sheet is full. */
const GROWTH_ROWS = 500;

export interface RowUpdate {
  readonly rowNumber: number;
  readonly values: Partial<RecordValues>;
}

/**
 * Updates existing rows: one setValues per run of adjacent rows, spanning only the columns that
 * change, so a coordinator's cells elsewhere in the row are not rewritten.
 */
export function updateRecords(table: Table, updates: readonly RowUpdate[], options: WriteOptions = {}): number {
  const sorted = [...updates].sort((a, b) => a.rowNumber - b.rowNumber);
  let writes = 0;
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.rowNumber === sorted[end]!.rowNumber + 1) end++;
    const run = sorted.slice(start, end + 1);
    const rows = run.map((u) => cellRow(table, table.grid[u.rowNumber - 1] ?? [], u.values, writableKeys(table, u.values, options)));
    const touched = run.flatMap((u) => writableKeys(table, u.values, options).map((k) => table.headers.indexOf.get(k)!));
    if (touched.length > 0) {
      const first = Math.min(...touched);
      const last = Math.max(...touched);
      table.sheet.getRange(run[0]!.rowNumber, first + 1, run.length, last - first + 1).setValues(rows.map((r) => r.slice(first, last + 1)));
      run.forEach((u, i) => {
        table.grid[u.rowNumber - 1] = rows[i]!;
      });
      writes++;
    }
    start = end + 1;
  }
  return writes;
}

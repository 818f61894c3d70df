import type { SupportedLanguage } from '../../core/i18n';
import { fromCell, toCell } from '../../core/schema/cells';
import { choiceLabel, choiceValue } from '../../core/schema/labels';
import type { HeaderMap } from '../../core/schema/headerMap';
import { type CellInput, holdsCalendarDays, type RecordValues, type SheetSchema } from '../../core/schema/types';
import { asCellText } from '../../core/sheetText';
import { currentLanguage } from './preferences';
import { columnsOf } from './columnKeys';
import { activeSpreadsheet } from './services';
import { findSheet } from './sheetRegistry';
import { cheaperThanWhole, READ_COST } from './lookup';

/**
 * The only way the add-on reads and writes its structured sheets: one batched read
 * (getDataRange().getValues()), or for a caller that only counts a few columns of a large sheet
 * one read per run of them (readColumns), and batched writes (one per appended block, one per run
 * of columns for updates), columns found by header, or by the key they carry once renamed
 * (columnKeys.ts). Coordinator-owned columns are never written
 * unless the caller says the coordinator asked for it (a decision made in the sidebar), not even
 * with the value they had when read.
 *
 * Date columns hold calendar days. Sheets stores a typed date at midnight in the spreadsheet's
 * time zone and getValues returns that instant (8 September in Europe/Rome is
 * 2026-09-07T22:00:00Z), so a date cell is read as the CalendarDate it is in that zone and a
 * CalendarDate is written as midnight in that zone. Nothing past this module sees such a Date.
 * Datetime columns (a response's timestamp, "recorded at") are instants and stay Date.
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
  /**
   * The spreadsheet's time zone when read: the zone its date cells are days in. ('UTC', and never
   * used, for a sheet without date columns that was read or appended without asking for it.)
   */
  readonly timeZone: string;
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

export interface ReadOptions {
  /**
   * Only these columns become record values; the others are left out of `values` (the grid still
   * holds them, so a write from this table keeps them as they were). The read is the same one
   * call: this saves the conversion of every cell, which dominates reading a wide sheet that a
   * caller only counts (Home reads 3 of the Mentees sheet's 39 columns).
   */
  readonly keys?: readonly string[];
  /**
   * Only rows whose cell in this column passes `keep` (as read: a dropdown's value in the code's
   * words) become records; the others are left out of `rows`, their other cells unconverted.
   * For a caller that wants one kind of row of a long sheet (background checks among all the
   * sensitive details).
   */
  readonly where?: { readonly key: string; readonly keep: (value: CellInput) => boolean };
}

export function readTable(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema, options: ReadOptions = {}): Table {
  const sheet = requireSheet(spreadsheet, schema);
  // Once per read: the zone may change between executions (File > Settings), never within one.
  return readSheet(sheet, schema, spreadsheet.getSpreadsheetTimeZone(), options);
}

const hasCalendarDays = (schema: SheetSchema) => schema.columns.some((c) => holdsCalendarDays(c.type));

/**
 * The zone a sheet's dates are days in. The add-on only ever opens sheets of the active
 * spreadsheet (spreadsheets.currentonly), so a caller that has only the sheet gets its zone there.
 * A schema without date columns needs none, and costs no call (the audit log is written often).
 */
function zoneFor(schema: SheetSchema, given: string | undefined): string {
  if (given) return given;
  return hasCalendarDays(schema) ? activeSpreadsheet().getSpreadsheetTimeZone() : 'UTC';
}

export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: SheetSchema, timeZone?: string, options: ReadOptions = {}): Table {
  const grid = sheet.getDataRange().getValues();
  const zone = zoneFor(schema, timeZone);
  const headers = columnsOf(sheet, schema, grid[0] ?? []);
  const rows = recordsOf(grid, 1, schema, headers.indexOf, zone, options);
  return { schema, sheet, headers, rows, grid, timeZone: zone };
}

/** Some columns of a structured sheet, as records: nothing is written from it, so it holds no grid. */
export interface ColumnsRead {
  readonly headers: HeaderMap;
  readonly rows: readonly TableRow[];
  readonly timeZone: string;
}

/**
 * The `keys` columns of a structured sheet, for a caller that only counts (Home reads 3 of the
 * Mentees sheet's 39 columns): the header, then one read per run of wanted columns, where the
 * cost model (lookup.ts) finds that cheaper than the whole sheet; otherwise the whole sheet in
 * one read, as readTable. A row with nothing in the cells read is left out; which cells those are
 * depends on the sheet's size, so a caller counts only rows with a value it asked for.
 */
export function readColumns(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  schema: SheetSchema,
  options: ReadOptions & { readonly keys: readonly string[] },
): ColumnsRead {
  const sheet = requireSheet(spreadsheet, schema);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const whole = () => readSheet(sheet, schema, timeZone, options);
  // The header and one column: the least a narrow read takes.
  if (lastRow < 2 || !cheaperThanWhole(2, width + lastRow - 1, lastRow, width)) return whole();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const headers = columnsOf(sheet, schema, header);
  const wanted = [...options.keys, ...(options.where ? [options.where.key] : [])];
  const found = [...new Set(wanted.map((key) => headers.indexOf.get(key)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
  if (found.length === 0) return whole();
  const runs = columnRuns(found, lastRow - 1);
  const cells = runs.reduce((sum, run) => sum + run.width * (lastRow - 1), 0);
  if (!cheaperThanWhole(1 + runs.length, width + cells, lastRow, width)) return whole();
  // Each row holds the runs' cells one after the other; `at` is where a sheet column's cell is in it.
  const at = new Map<number, number>();
  let offset = 0;
  for (const run of runs) for (let c = 0; c < run.width; c++) at.set(run.start + c, offset++);
  const blocks = runs.map((run) => sheet.getRange(2, run.start + 1, lastRow - 1, run.width).getValues());
  const raws = blocks.length === 1 ? blocks[0]! : Array.from({ length: lastRow - 1 }, (_, r) => joined(blocks, r, offset));
  const indexOf = new Map([...headers.indexOf].filter(([, i]) => at.has(i)).map(([key, i]) => [key, at.get(i)!]));
  return { headers, rows: recordsOf(raws, 0, schema, indexOf, timeZone, options), timeZone };
}

/** Row `r` of each block, side by side (`width` cells in all): a plain loop, which a fresh execution runs fastest. */
function joined(blocks: readonly unknown[][][], r: number, width: number): unknown[] {
  const row = new Array<unknown>(width);
  let i = 0;
  for (const block of blocks) for (const cell of block[r]!) row[i++] = cell;
  return row;
}

/**
 * The runs of columns that read `columns` (sorted indices) over `rows` rows: two runs become one
 * where the columns between them cost less to read than another call (READ_COST).
 */
export function columnRuns(columns: readonly number[], rows: number): { start: number; width: number }[] {
  const cellsPerCall = READ_COST.msPerDataCall / READ_COST.msPerCell;
  const runs: { start: number; width: number }[] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    const gap = last ? column - (last.start + last.width) : Number.POSITIVE_INFINITY;
    if (last && gap * rows < cellsPerCall) last.width = column - last.start + 1;
    else runs.push({ start: column, width: 1 });
  }
  return runs;
}

/**
 * A structured sheet opened by its header alone: its rows are read one at a time, by number, as
 * a lookup finds them (src/server/workspace/lookup.ts). It is a Table for appendRecords and
 * updateRecords: `grid` is as long as the sheet (so appends go below the last row) and holds the
 * header and the rows read, so an update starts from the row as read, as after readTable.
 */
export interface OpenTable extends Table {
  readonly rows: TableRow[];
  /** The row as a record (one read, then kept); null for an empty row or one past the last. */
  readRow(rowNumber: number): TableRow | null;
  /** Rows as records, in row order, empty ones left out: one read per run of consecutive rows not read yet. */
  readRows(rowNumbers: Iterable<number>): TableRow[];
  /** The sheet's last row with content when opened (1: only the header). */
  readonly lastRow: number;
}

/** Opens a structured sheet without reading its rows: one read of the header. */
export function openTable(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema): OpenTable {
  const sheet = requireSheet(spreadsheet, schema);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const lastRow = Math.max(1, sheet.getLastRow());
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const headers = columnsOf(sheet, schema, header);
  // Sparse: only the header and the rows read take memory, whatever the sheet's length.
  const grid: unknown[][] = new Array(lastRow);
  grid[0] = header;
  const rows: TableRow[] = [];
  const read = new Map<number, TableRow | null>();
  const plan = readPlan(schema, headers.indexOf);
  const keep = (rowNumber: number, raw: unknown[]) => {
    grid[rowNumber - 1] = raw;
    const row = isBlankRow(raw) ? null : { rowNumber, values: recordFrom(plan, raw, timeZone) };
    read.set(rowNumber, row);
    if (row) rows.push(row);
  };
  const readRows = (rowNumbers: Iterable<number>): TableRow[] => {
    const wanted = [...new Set(rowNumbers)].filter((n) => n >= 2 && n <= lastRow).sort((a, b) => a - b);
    const missing = wanted.filter((n) => !read.has(n));
    for (let i = 0; i < missing.length; ) {
      let end = i;
      while (end + 1 < missing.length && missing[end + 1] === missing[end]! + 1) end++;
      const first = missing[i]!;
      const block = sheet.getRange(first, 1, end - i + 1, width).getValues();
      block.forEach((raw, offset) => {
        keep(first + offset, raw);
      });
      i = end + 1;
    }
    return wanted.map((n) => read.get(n) ?? null).filter((r): r is TableRow => r !== null);
  };
  const readRow = (rowNumber: number): TableRow | null => readRows([rowNumber])[0] ?? null;
  return { schema, sheet, headers, rows, grid, timeZone, readRow, readRows, lastRow };
}

/** Where each column converted is in the sheet (undefined: not there), found once per read rather than once per cell. */
type ReadPlan = readonly { readonly column: SheetSchema['columns'][number]; readonly index: number | undefined }[];

/** The plan for the `keys` columns (all of the schema's without), where `indexOf` places them in a raw row. */
function readPlan(schema: SheetSchema, indexOf: ReadonlyMap<string, number>, keys?: readonly string[]): ReadPlan {
  const columns = keys ? schema.columns.filter((c) => keys.includes(c.key)) : schema.columns;
  return columns.map((column) => ({ column, index: indexOf.get(column.key) }));
}

const isBlankRow = (raw: readonly unknown[]) => raw.every((cell) => cell === '' || cell === null);

/**
 * The records of the raw rows from `raws[start]` on (that one is sheet row 2), blank rows and
 * those `options.where` drops left out: what readSheet and readColumns both make of what they read.
 */
function recordsOf(
  raws: readonly unknown[][],
  start: number,
  schema: SheetSchema,
  indexOf: ReadonlyMap<string, number>,
  timeZone: string,
  options: ReadOptions,
): TableRow[] {
  const plan = readPlan(schema, indexOf, options.keys);
  const keep = rowFilter(schema, indexOf, timeZone, options.where);
  const rows: TableRow[] = [];
  for (let r = start; r < raws.length; r++) {
    const raw = raws[r]!;
    if (isBlankRow(raw) || !keep(raw)) continue;
    rows.push({ rowNumber: 2 + r - start, values: recordFrom(plan, raw, timeZone) });
  }
  return rows;
}

/** Whether a raw row passes `where`: its one cell converted as recordFrom converts it. Every row passes without one. */
function rowFilter(schema: SheetSchema, indexOf: ReadonlyMap<string, number>, timeZone: string, where: ReadOptions['where']): (raw: unknown[]) => boolean {
  if (!where) return () => true;
  const column = schema.columns.find((c) => c.key === where.key);
  if (!column) throw new Error(`No column "${where.key}" in the ${schema.name} schema`);
  const entry = { column, index: indexOf.get(column.key) };
  return (raw) => where.keep(cellValue(entry, raw, timeZone));
}

function cellValue({ column, index }: ReadPlan[number], raw: unknown[], timeZone: string): CellInput {
  if (index === undefined) return null;
  const value = fromCell(column, raw[index], timeZone);
  // A dropdown value in whatever language the cell shows it: the code works with one value.
  return column.choiceSet && typeof value === 'string' ? choiceValue(column, value) : value;
}

function recordFrom(plan: ReadPlan, raw: unknown[], timeZone: string): RecordValues {
  const values: RecordValues = {};
  for (const entry of plan) values[entry.column.key] = cellValue(entry, raw, timeZone);
  return values;
}

const languages = new WeakMap<Table, SupportedLanguage>();

/** The language a table's dropdown values are written in: the programme's, asked once per table and only when needed. */
function languageOf(table: Table): SupportedLanguage {
  let language = languages.get(table);
  if (!language) {
    language = currentLanguage(activeSpreadsheet());
    languages.set(table, language);
  }
  return language;
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
    const value = values[key] as CellInput;
    const shown = column.choiceSet && typeof value === 'string' ? choiceLabel(column, value, languageOf(table)) : value;
    row[table.headers.indexOf.get(key)!] = toCell(column, shown, table.timeZone);
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
export function appendWithoutReading(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: SheetSchema,
  records: readonly Partial<RecordValues>[],
  options: WriteOptions = {},
  timeZone?: string,
): void {
  if (records.length === 0) return;
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
  // Only the grid's length matters to appendRecords: the rows below the header are not needed.
  const grid: unknown[][] = Array.from({ length: Math.max(1, sheet.getLastRow()) }, (_, i) => (i === 0 ? header : []));
  appendRecords({ schema, sheet, headers: columnsOf(sheet, schema, header), rows: [], grid, timeZone: zoneFor(schema, timeZone) }, records, options);
}

/** Rows added at a time when a sheet is full. */
const GROWTH_ROWS = 500;

export interface RowUpdate {
  readonly rowNumber: number;
  readonly values: Partial<RecordValues>;
}

/** Columns of a row, 0-based, first to last inclusive: one setValues each. */
interface ColumnRun {
  readonly first: number;
  readonly last: number;
}

/**
 * Columns a write may pass over to join two runs: the add-on's own, whose cells it rewrites as it
 * read them. A coordinator's column (or one the coordinator added) is never in a range unless the
 * caller writes it explicitly: writing it back from an earlier read would turn a formula into its
 * value and undo an edit made since.
 */
function addonColumns(table: Table): Set<number> {
  const indexes = table.schema.columns.filter((c) => c.owner === 'addon').map((c) => table.headers.indexOf.get(c.key));
  return new Set(indexes.filter((i): i is number => i !== undefined));
}

function runsOf(written: readonly number[], bridgeable: ReadonlySet<number>): ColumnRun[] {
  const runs: { first: number; last: number }[] = [];
  for (const index of [...written].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && everyBetween(run.last, index, (i) => bridgeable.has(i))) run.last = index;
    else runs.push({ first: index, last: index });
  }
  return runs;
}

function everyBetween(from: number, to: number, test: (index: number) => boolean): boolean {
  for (let i = from + 1; i < to; i++) if (!test(i)) return false;
  return true;
}

const runsKey = (runs: readonly ColumnRun[]) => runs.map((r) => `${r.first}-${r.last}`).join(',');

interface PlannedRow {
  readonly update: RowUpdate;
  readonly keys: readonly string[];
  readonly runs: readonly ColumnRun[];
}

/** Consecutive rows that write the same runs share one setValues per run. */
function blocksOf(rows: readonly PlannedRow[]): PlannedRow[][] {
  const blocks: PlannedRow[][] = [];
  for (const row of rows) {
    const block = blocks[blocks.length - 1];
    const previous = block?.[block.length - 1];
    if (block && previous && row.update.rowNumber === previous.update.rowNumber + 1 && runsKey(row.runs) === runsKey(previous.runs)) block.push(row);
    else blocks.push([row]);
  }
  return blocks;
}

function writeBlock(table: Table, block: readonly PlannedRow[]): number {
  const cells = block.map((p) => cellRow(table, table.grid[p.update.rowNumber - 1] ?? [], p.update.values, p.keys));
  const firstRow = block[0]!.update.rowNumber;
  for (const run of block[0]!.runs) {
    table.sheet.getRange(firstRow, run.first + 1, block.length, run.last - run.first + 1).setValues(cells.map((row) => row.slice(run.first, run.last + 1)));
  }
  block.forEach((p, i) => {
    table.grid[p.update.rowNumber - 1] = cells[i]!;
  });
  return block[0]!.runs.length;
}

/**
 * Updates existing rows, touching only the cells the add-on may write: one setValues per run of
 * adjacent written columns (joined across the add-on's own columns), per block of consecutive rows
 * that write the same runs. Returns the number of setValues.
 */
export function updateRecords(table: Table, updates: readonly RowUpdate[], options: WriteOptions = {}): number {
  const bridgeable = addonColumns(table);
  const planned = [...updates]
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .map((update) => {
      const keys = writableKeys(table, update.values, options);
      return {
        update,
        keys,
        runs: runsOf(
          keys.map((k) => table.headers.indexOf.get(k)!),
          bridgeable,
        ),
      };
    })
    .filter((p) => p.runs.length > 0);
  let writes = 0;
  for (const block of blocksOf(planned)) writes += writeBlock(table, block);
  return writes;
}

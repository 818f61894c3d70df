import { idNumber } from '../../core/ids';
import { type ExistingRecord, MIN_PHONE_DIGITS, type RecordLookup } from '../../core/intake/ingestPlan';
import type { OpenTable } from './table';

/**
 * Finding rows without reading the sheet: Sheets searches (`Range.createTextFinder`, one data
 * call that moves only the matching cells), then only the rows found are read. Each search is
 * a pre-filter, never the rule: the caller (the ingestion plan, the link resolver) compares the
 * rows read with its own rule, so a search that finds too much costs a read, never a wrong
 * answer. What a search must never do is miss: each one below is at least as wide as its rule.
 *
 * TextFinder matches a cell's displayed value, case-insensitively unless asked
 * (docs/fidelity.md, "Text finder"); patterns use only what RE2 and Java share.
 */

/** The text as a pattern that matches only itself (RE2, Java and JavaScript alike). */
export function escapeForPattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * A pattern for a whole cell whose phone digits (the last nine, as the plan compares them) are
 * `digits`, whatever stands between them: spaces, dashes, brackets, a country code before. With
 * fewer than nine, the cell holds exactly those digits. (`[\s\S]`, not `.`: a cell may hold a line break.)
 */
export function phonePattern(digits: string): string {
  const between = [...digits].map(escapeForPattern).join('\\D*');
  return digits.length >= 9 ? `[\\s\\S]*${between}\\D*` : `\\D*${between}\\D*`;
}

/** A pattern for a whole cell holding an id of this prefix and number, however many zeros pad it ("ME-0042", "ME-42"). */
export function idPattern(prefix: string, n: number): string {
  return `${escapeForPattern(prefix)}(?:[\\s\\S]*\\D)?0*${n}`;
}

export interface FindOptions {
  regex?: boolean;
  matchCase?: boolean;
}

/** Row numbers, ascending, whose cell in the schema column `key` matches `text` whole. One search of that column's rows. */
export function rowsMatching(table: OpenTable, key: string, text: string, options: FindOptions = {}): number[] {
  const index = table.headers.indexOf.get(key);
  if (index === undefined || table.lastRow < 2 || text === '') return [];
  const finder = table.sheet
    .getRange(2, index + 1, table.lastRow - 1, 1)
    // A pattern is grouped whole, so that "a|b" means a whole cell that is a or b, however Sheets anchors it.
    .createTextFinder(options.regex ? `(?:${text})` : text)
    .matchEntireCell(true);
  if (options.regex) finder.useRegularExpression(true);
  if (options.matchCase) finder.matchCase(true);
  return [...new Set(finder.findAll().map((cell) => cell.getRow()))].sort((a, b) => a - b);
}

/** As `rowsMatching`, over the columns from the first to the last of `keys` (one search for several columns). */
export function rowsMatchingAny(table: OpenTable, keys: readonly string[], pattern: string): number[] {
  const indexes = keys.map((k) => table.headers.indexOf.get(k)).filter((i): i is number => i !== undefined);
  if (indexes.length === 0 || table.lastRow < 2) return [];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const finder = table.sheet
    .getRange(2, first + 1, table.lastRow - 1, last - first + 1)
    .createTextFinder(`(?:${pattern})`)
    .matchEntireCell(true)
    .useRegularExpression(true);
  return [...new Set(finder.findAll().map((cell) => cell.getRow()))].sort((a, b) => a - b);
}

/**
 * The ingestion plan's lookup over a sheet opened by its header: the key found with a
 * case-sensitive search (keys are compared exactly), the contact with one search over the email
 * and phone columns (an email case-insensitively, as the plan lowercases both; the phone by its
 * last digits, any separators).
 */
export function findingLookup(table: OpenTable): RecordLookup {
  const byKey = new Map<string, ExistingRecord | undefined>();
  return {
    byKey(key) {
      if (!key) return undefined;
      if (!byKey.has(key)) {
        const rows = table.readRows(rowsMatching(table, 'responseKey', key, { matchCase: true }));
        // As a map built over the whole sheet: the last row with the key wins.
        byKey.set(key, rows.filter((r) => String(r.values.responseKey ?? '') === key).pop());
      }
      return byKey.get(key);
    },
    sharingContact(email, digits) {
      const alternatives = [email ? escapeForPattern(email) : '', digits.length >= MIN_PHONE_DIGITS ? phonePattern(digits) : ''].filter(Boolean);
      if (alternatives.length === 0) return [];
      const keys = [email ? 'email' : '', digits ? 'phone' : ''].filter(Boolean);
      return table.readRows(rowsMatchingAny(table, keys, alternatives.map((a) => `(?:${a})`).join('|')));
    },
  };
}

/** Whether the id column holds an id of this prefix and number, typed however. One search. */
export function idTaken(table: OpenTable, idKey: string, prefix: string, n: number): boolean {
  return rowsMatching(table, idKey, idPattern(prefix, n), { regex: true, matchCase: true }).length > 0;
}

/** The highest id number the id column holds: one read of that column (the fallback when searches keep finding ids taken). */
export function highestIdInColumn(table: OpenTable, idKey: string, prefix: string): number {
  const index = table.headers.indexOf.get(idKey);
  if (index === undefined || table.lastRow < 2) return 0;
  let highest = 0;
  for (const [id] of table.sheet.getRange(2, index + 1, table.lastRow - 1, 1).getValues()) highest = Math.max(highest, idNumber(prefix, id) ?? 0);
  return highest;
}

/**
 * Which way a batch reads a sheet: whole (one read that moves every cell) or by finding (a read
 * of the header, then a few searches and reads per response, each moving a row or so). Chosen by
 * the benchmark's cost model (bench/intake.ts): 80 ms a data call, 0.01 ms a cell moved. Reading
 * whole costs one call and the sheet's cells; finding, the header and `callsPerRow` calls a
 * response. For one response and three calls, finding wins above 24,000 cells (about 600 records
 * of 39 columns); a chunk of 500 responses reads whole below 12 million cells, that is always.
 */
export const READ_COST = { msPerDataCall: 80, msPerCell: 0.01 };

export type ReadWay = 'whole' | 'find';

let forced: ReadWay | null = null;

/** Tests and the benchmark force one way to compare them; null lets the cost model choose. */
export function forceReadWay(way: ReadWay | null): void {
  forced = way;
}

/**
 * Whether `calls` reads moving `cells` cells in all cost less than one read of the whole sheet,
 * by READ_COST (counted in cells, one call being worth 8,000, so that a tie is exact: the whole
 * read wins it). A forced way decides instead, for tests and the benchmark.
 */
export function cheaperThanWhole(calls: number, cells: number, sheetRows: number, sheetColumns: number): boolean {
  if (forced) return forced === 'find';
  const cellsPerCall = Math.round(READ_COST.msPerDataCall / READ_COST.msPerCell);
  return calls * cellsPerCall + cells < cellsPerCall + sheetRows * sheetColumns;
}

/** The way for a batch: finding costs the header and `callsPerRow` calls a response, their few cells left out. */
export function chooseReadWay(batchRows: number, callsPerRow: number, sheetRows: number, sheetColumns: number): ReadWay {
  return cheaperThanWhole(1 + batchRows * callsPerRow, 0, sheetRows, sheetColumns) ? 'find' : 'whole';
}

import { KEY_COLUMN_HEADER } from '../../core/intake/mapping';
import { cheaperThanWhole } from '../workspace/lookup';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A response row has an answer when any cell but the add-on's key holds something. */
const hasAnswer = (row: readonly unknown[], keyIndex: number) => row.some((cell, i) => i !== keyIndex && cell !== '');

/** The count from the whole grid, header first: answered rows without a key (every answered row when the key column is missing). */
function countInGrid(grid: readonly (readonly unknown[])[]): number {
  const keyIndex = (grid[0] ?? []).indexOf(KEY_COLUMN_HEADER);
  return grid.slice(1).filter((row) => hasAnswer(row, keyIndex) && (keyIndex < 0 || row[keyIndex] === '')).length;
}

/** Consecutive row numbers as runs: one read each. */
function runsOf(rowNumbers: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const n of rowNumbers) {
    const last = runs.at(-1);
    if (last && last.first + last.count === n) last.count++;
    else runs.push({ first: n, count: 1 });
  }
  return runs;
}

/**
 * How many responses of a response sheet have no record yet: the rows with an answer and an
 * empty key column (Home and Intake count them). A small sheet is read whole, in one call. In a
 * large one, reading every answer to count a few rows moves most of the cost (2,925 diaries of 12
 * columns: 35,100 cells), so it reads the header, the key column, and then only the runs of rows
 * without a key (new responses arrive at the bottom: usually one run, or none). The cost model
 * (lookup.ts) decides first on those three reads, then, once the runs are known, whether reading
 * them beats reading the sheet whole after all; a sheet whose key column is gone is read whole.
 * The count is the one a whole read gives: a run's rows are checked for their key again, so a
 * response imported between the two reads is not counted.
 */
export function notImportedCount(sheet: Sheet, lastRow: number, lastColumn: number): number {
  if (lastRow < 2 || lastColumn < 1) return 0;
  const whole = () => countInGrid(sheet.getRange(1, 1, lastRow, lastColumn).getValues());
  // The header, the key column and a run of one row: the least that reading by the key column takes.
  if (!cheaperThanWhole(3, lastColumn + (lastRow - 1) + lastColumn, lastRow, lastColumn)) return whole();
  const keyIndex = (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []).indexOf(KEY_COLUMN_HEADER);
  if (keyIndex < 0) return whole();
  const unkeyed: number[] = [];
  sheet
    .getRange(2, keyIndex + 1, lastRow - 1, 1)
    .getValues()
    .forEach(([key], i) => {
      if (key === '') unkeyed.push(i + 2);
    });
  const runs = runsOf(unkeyed);
  if (!cheaperThanWhole(runs.length, unkeyed.length * lastColumn, lastRow, lastColumn)) return whole();
  let count = 0;
  for (const run of runs)
    count += sheet
      .getRange(run.first, 1, run.count, lastColumn)
      .getValues()
      .filter((row) => row[keyIndex] === '' && hasAnswer(row, keyIndex)).length;
  return count;
}

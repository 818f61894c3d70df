import { type FakeContext, gasError, tracked } from './core';
import type { ColumnMetadataState, SheetState } from './state';

/**
 * Developer metadata on columns, the part of Google's model the add-on uses to find its columns
 * whatever their header says (docs/fidelity.md, "Developer metadata"):
 *
 * - Metadata is a key and an optional value attached to a spreadsheet, a sheet, or a whole row or
 *   column ("You can associate metadata with rows, columns, sheets, or a spreadsheet", Sheets API
 *   guide "Read, write, and search metadata"). Only column metadata is modelled; a range that is
 *   not one whole column is refused, as Google refuses ranges that are not whole rows or columns.
 *   One whole column at a time is the stricter reading (Google's locations may span several).
 * - It "will remain associated at those locations as they move around and the spreadsheet is
 *   edited … if developer metadata is associated with row 5 and another row is then subsequently
 *   inserted above row 5, that original metadata is still associated with … what is now row 6. If
 *   the associated object is deleted then its metadata is deleted too" (REST resource
 *   spreadsheets.developerMetadata). Inserting columns moves it; deleting its column deletes it.
 * - Several metadata may share a key ("There may be multiple metadata in a spreadsheet with the
 *   same key", same page); ids are spreadsheet-scoped and positive.
 * - `Sheet.createDeveloperMetadataFinder()` searches "within the scope of this sheet";
 *   `withKey`/`withValue` narrow it and `find()` runs it (DeveloperMetadataFinder reference).
 *   `DeveloperMetadataLocation.getColumn()` returns the column's Range, or null for another type.
 * - Adding metadata is an edit: refused where a protection refuses the column's cells (Google is
 *   silent; the stricter reading).
 */
export function columnMetadataOf(sheet: SheetState): ColumnMetadataState[] {
  if (!sheet.columnMetadata) sheet.columnMetadata = [];
  return sheet.columnMetadata;
}

export const ARBITRARY_RANGE_METADATA_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** Columns inserted after `after` move the metadata of the columns they push right. */
export function shiftColumnMetadata(sheet: SheetState, after: number, howMany: number): void {
  for (const m of sheet.columnMetadata ?? []) if (m.column > after) m.column += howMany;
}

/** Deleted columns take their metadata with them; the columns to their right move left. */
export function deleteColumnMetadata(sheet: SheetState, first: number, howMany: number): void {
  if (!sheet.columnMetadata) return;
  sheet.columnMetadata = sheet.columnMetadata.filter((m) => m.column < first || m.column >= first + howMany);
  for (const m of sheet.columnMetadata) if (m.column >= first + howMany) m.column -= howMany;
}

/** The whole column as a Range, as getLocation().getColumn() returns it. */
export type ColumnRangeFactory = (column: number) => unknown;

export class FakeDeveloperMetadata {
  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: SheetState,
    readonly _state: ColumnMetadataState,
    readonly _columnRange: ColumnRangeFactory,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'DeveloperMetadata', _ctx);
  }

  _alive(): ColumnMetadataState {
    if (!(this._sheet.columnMetadata ?? []).includes(this._state)) throw gasError('The developer metadata no longer exists.');
    return this._state;
  }
  getId() {
    return this._alive().id;
  }
  getKey() {
    return this._alive().key;
  }
  getValue() {
    return this._alive().value;
  }
  getVisibility() {
    return this._alive().visibility;
  }
  setValue(value: string) {
    this._alive().value = String(value);
    return this;
  }
  getLocation() {
    const state = this._alive();
    const columnRange = this._columnRange;
    return tracked(
      {
        getLocationType: () => 'COLUMN',
        getColumn: () => columnRange(state.column),
        getRow: () => null,
        getSheet: () => null,
        getSpreadsheet: () => null,
      },
      'DeveloperMetadataLocation',
      this._ctx,
    );
  }
  remove() {
    const state = this._alive();
    this._sheet.columnMetadata = (this._sheet.columnMetadata ?? []).filter((m) => m !== state);
  }
}

export class FakeDeveloperMetadataFinder {
  _key: string | null = null;
  _value: string | null = null;

  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: SheetState,
    readonly _columnRange: ColumnRangeFactory,
    /** A finder made on a range sees only the metadata of the columns it covers. */
    readonly _columns: readonly [number, number] | null = null,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'DeveloperMetadataFinder', _ctx);
  }

  withKey(key: string) {
    this._key = key;
    return this;
  }
  withValue(value: string) {
    this._value = value;
    return this;
  }
  find() {
    return (this._sheet.columnMetadata ?? [])
      .filter((m) => this._key === null || m.key === this._key)
      .filter((m) => this._value === null || m.value === this._value)
      .filter((m) => !this._columns || (m.column >= this._columns[0] && m.column <= this._columns[1]))
      .map((m) => new FakeDeveloperMetadata(this._ctx, this._sheet, m, this._columnRange));
  }
}

/** Range.addDeveloperMetadata: only on one whole column of the sheet. */
export function addColumnMetadata(
  ctx: FakeContext,
  sheet: SheetState,
  range: { row: number; column: number; numRows: number; numColumns: number },
  key: unknown,
  value: unknown,
): void {
  if (typeof key !== 'string' || key === '') throw gasError('Developer metadata must always have a key specified.');
  if (range.row !== 1 || range.numRows !== sheet.maxRows || range.numColumns !== 1) throw gasError(ARBITRARY_RANGE_METADATA_MESSAGE);
  columnMetadataOf(sheet).push({
    id: ctx.state.nextId++,
    key,
    value: value === undefined || value === null ? null : String(value),
    column: range.column,
    visibility: 'DOCUMENT',
  });
}

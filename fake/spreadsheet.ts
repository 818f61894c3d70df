import { assertFitsInCell, copyValue, displayValue, parseInput } from './cellValues';
import { type FakeContext, gasError, tracked } from './core';
import { addColumnMetadata, deleteColumnMetadata, FakeDeveloperMetadataFinder, shiftColumnMetadata } from './developerMetadata';
import { addPendingResponseSheets } from './forms';
import { FakeTextFinder } from './textFinder';
import type { CellState, ChartRangeState, ChartState, ProtectionState, SheetState, SpreadsheetState, ValidationState } from './state';
import { emailOf, userObject } from './people';
import type { FakeUi } from './ui';

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

export function newSheetState(id: number, name: string): SheetState {
  return { id, name, rows: [], maxRows: DEFAULT_ROWS, maxColumns: DEFAULT_COLUMNS, frozenRows: 0, hidden: false, protections: [] };
}

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export class FakeDataValidation {
  constructor(readonly _state: ValidationState) {}
  getCriteriaType() {
    return this._state.type;
  }
  getCriteriaValues() {
    return [...this._state.values];
  }
  getAllowInvalid() {
    return this._state.allowInvalid;
  }
  getHelpText() {
    return this._state.helpText;
  }
  copy() {
    return new FakeDataValidationBuilder({ ...this._state, values: [...this._state.values] });
  }
}

export class FakeDataValidationBuilder {
  private rule: ValidationState;
  constructor(rule?: ValidationState) {
    this.rule = rule ?? { type: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: '' };
  }
  requireValueInList(values: string[], showDropdown = true) {
    this.rule = { ...this.rule, type: 'VALUE_IN_LIST', values: [values, showDropdown] };
    return this;
  }
  requireCheckbox() {
    this.rule = { ...this.rule, type: 'CHECKBOX', values: [] };
    return this;
  }
  requireDate() {
    this.rule = { ...this.rule, type: 'DATE_IS_VALID_DATE', values: [] };
    return this;
  }
  requireNumberBetween(start: number, end: number) {
    this.rule = { ...this.rule, type: 'NUMBER_BETWEEN', values: [start, end] };
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string) {
    this.rule = { ...this.rule, helpText: text };
    return this;
  }
  build() {
    return new FakeDataValidation({ ...this.rule });
  }
}

function violates(rule: ValidationState, value: unknown): boolean {
  if (rule.allowInvalid || value === '' || value === null || value === undefined) return false;
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return !((rule.values[0] as string[]) ?? []).includes(String(value));
    case 'CHECKBOX':
      return typeof value !== 'boolean';
    case 'NUMBER_BETWEEN':
      return typeof value !== 'number' || value < Number(rule.values[0]) || value > Number(rule.values[1]);
    default:
      return false;
  }
}

const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Protection.getEditors / canDomainEdit / changes by someone who cannot edit the protected range. */
export const PROTECTION_DENIED_MESSAGE = 'You do not have permission to perform that action.';

function spreadsheetOf(ctx: FakeContext, sheet: SheetState): SpreadsheetState | undefined {
  return ctx.state.spreadsheets.find((s) => s.sheets.includes(sheet));
}

/**
 * At most 10,000,000 cells in a spreadsheet, over every sheet's grid (rows × columns, empty cells
 * included): Google's Sheets limits ("Files you can store in Google Drive",
 * https://support.google.com/drive/answer/37603; ten million since 2022,
 * https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html). The grid
 * counts, not the data: the Sheets API refuses a resize by its new rows × columns
 * (https://github.com/robin900/gspread-dataframe/issues/37). The text is what users report from
 * Apps Script and the Sheets API (user-reported, not in Google's reference), e.g.
 * https://github.com/UoaWDCC/uasc-web/pull/833 and https://github.com/nithinmurali/pygsheets/issues/589.
 */
export const WORKBOOK_CELL_LIMIT = 10_000_000;
export const WORKBOOK_TOO_BIG_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`;

export function workbookCells(spreadsheet: SpreadsheetState): number {
  return spreadsheet.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
}

/** Refuses, before anything changes, a change that adds `added` cells beyond the workbook's limit. */
function assertRoomFor(spreadsheet: SpreadsheetState | undefined, added: number): void {
  if (spreadsheet && added > 0 && workbookCells(spreadsheet) + added > WORKBOOK_CELL_LIMIT) throw gasError(WORKBOOK_TOO_BIG_MESSAGE);
}

/**
 * Who may edit under a protection: its editors, and always the spreadsheet's owner. A protection
 * no script has narrowed yet mirrors the spreadsheet, so every editor of the file passes.
 */
function protectionEditors(ctx: FakeContext, sheet: SheetState, p: ProtectionState): string[] {
  const spreadsheet = spreadsheetOf(ctx, sheet);
  const owner = spreadsheet ? [spreadsheet.owner] : [];
  const base = p.mirrorsSpreadsheet ? [...(spreadsheet?.editors ?? []), ...p.editors] : p.editors;
  return [...new Set([...owner, ...base])];
}

function mayEditUnder(ctx: FakeContext, sheet: SheetState, p: ProtectionState, user: string): boolean {
  return p.warningOnly || protectionEditors(ctx, sheet, p).includes(user);
}

/**
 * Sheets refuses a script's edit of a protected sheet or range whose editors do not include the
 * user running it (warning-only protections just warn people, not scripts).
 */
export function assertCanEdit(ctx: FakeContext, sheet: SheetState, row: number, column: number, numRows: number, numColumns: number): void {
  const user = ctx.state.activeUser;
  const blocking = sheet.protections.find((p) => {
    if (mayEditUnder(ctx, sheet, p, user)) return false;
    if (p.kind === 'SHEET' || !p.bounds) return true;
    const [r, c, nr, nc] = p.bounds;
    return row < r + nr && r < row + numRows && column < c + nc && c < column + numColumns;
  });
  if (blocking) throw gasError(PROTECTED_MESSAGE);
}

/**
 * A change to the sheet itself (its name, visibility, frozen rows, charts, clearing it) is
 * refused under a sheet protection, as cell edits are; range protections guard only their cells.
 * Google documents no per-method list: the stricter reading, with H6's text.
 */
export function assertCanEditSheet(ctx: FakeContext, sheet: SheetState): void {
  const user = ctx.state.activeUser;
  if (sheet.protections.some((p) => p.kind === 'SHEET' && !mayEditUnder(ctx, sheet, p, user))) throw gasError(PROTECTED_MESSAGE);
}

/**
 * Inserting rows (or columns) after `after` is refused under a sheet protection, and under a
 * range protection when the new ones would land between two of its rows (columns): the range
 * would grow. Inserting next to a protected range moves it and is allowed. Google is silent on
 * both: assumed, stricter than letting every insertion through.
 */
function assertCanInsert(ctx: FakeContext, sheet: SheetState, dimension: 'rows' | 'columns', after: number): void {
  const user = ctx.state.activeUser;
  const blocking = sheet.protections.find((p) => {
    if (mayEditUnder(ctx, sheet, p, user)) return false;
    if (p.kind === 'SHEET' || !p.bounds) return true;
    const [r, c, nr, nc] = p.bounds;
    const [start, size] = dimension === 'rows' ? [r, nr] : [c, nc];
    return start <= after && after < start + size - 1;
  });
  if (blocking) throw gasError(PROTECTED_MESSAGE);
}

/**
 * Setting whether the domain may edit needs a spreadsheet in a Google Workspace domain: the
 * reference says setDomainEdit throws "if the spreadsheet does not belong to a Google Workspace
 * domain" (https://developers.Google.com/apps-script/reference/spreadsheet/protection); the Sheets
 * API says "Domain protection is only supported on documents within a domain"
 * (https://pub.dev/documentation/googleapis/latest/sheets_v4/Editors/domainUsersCanEdit.html).
 * The message is not documented: ours, assumed. The owner's account type is the Workspace's
 * `accountType` (the fake has one for everyone).
 */
export const DOMAIN_EDIT_CONSUMER_MESSAGE =
  'Domain edit access can only be set on a spreadsheet that belongs to a Google Workspace domain; this one is owned by a consumer (gmail.com) account.';

export class FakeProtection {
  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: SheetState,
    readonly _state: ProtectionState,
  ) {}
  setDescription(text: string) {
    this._assertMine();
    this._state.description = text;
    return this;
  }
  getDescription() {
    return this._state.description;
  }
  setWarningOnly(warningOnly: boolean) {
    this._assertMine();
    this._state.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly() {
    return this._state.warningOnly;
  }
  getProtectionType() {
    return this._state.kind;
  }
  /** Reading or changing who may edit needs edit rights over the protected range itself. */
  _assertMine() {
    if (!protectionEditors(this._ctx, this._sheet, this._state).includes(this._ctx.state.activeUser)) {
      throw gasError(PROTECTION_DENIED_MESSAGE);
    }
  }
  /** The first change of editors ends the mirroring: the list becomes what it effectively was. */
  _narrow() {
    if (!this._state.mirrorsSpreadsheet) return;
    this._state.editors = protectionEditors(this._ctx, this._sheet, this._state);
    this._state.mirrorsSpreadsheet = false;
  }
  addEditor(user: string | { getEmail(): string }) {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emails: string[]) {
    this._assertMine();
    this._narrow();
    for (const email of emails) if (!this._state.editors.includes(email)) this._state.editors.push(email);
    return this;
  }
  removeEditor(user: string | { getEmail(): string }) {
    return this.removeEditors([user]);
  }
  /** Sheets never removes the spreadsheet's owner or the user running the script. */
  removeEditors(users: (string | { getEmail(): string })[]) {
    this._assertMine();
    this._narrow();
    const emails = users.map(emailOf);
    const keep = new Set([this._ctx.state.activeUser, spreadsheetOf(this._ctx, this._sheet)?.owner]);
    this._state.editors = this._state.editors.filter((e) => keep.has(e) || !emails.includes(e));
    return this;
  }
  canDomainEdit() {
    this._assertMine();
    return this._state.domainEdit ?? false;
  }
  setDomainEdit(editable: boolean) {
    this._assertMine();
    if (this._ctx.state.accountType === 'consumer') throw gasError(DOMAIN_EDIT_CONSUMER_MESSAGE);
    this._narrow();
    this._state.domainEdit = editable;
    return this;
  }
  getEditors() {
    this._assertMine();
    return protectionEditors(this._ctx, this._sheet, this._state).map((email) => userObject(this._ctx, email));
  }
  canEdit() {
    return mayEditUnder(this._ctx, this._sheet, this._state, this._ctx.state.activeUser);
  }
  remove() {
    this._assertMine();
    this._sheet.protections = this._sheet.protections.filter((p) => p !== this._state);
  }
  getRange() {
    const b = this._state.bounds;
    return b ? new FakeRange(this._ctx, this._sheet, b[0], b[1], b[2], b[3], () => ({ locale: 'en_US', timeZone: 'UTC' })) : null;
  }
}

type SheetEnv = () => { locale: string; timeZone: string };

export class FakeRange {
  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: SheetState,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
    readonly _env: SheetEnv,
  ) {
    if (_numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
    if (_numColumns < 1) throw gasError('The number of columns in the range must be at least 1.');
    if (_row < 1 || _column < 1 || _row + _numRows - 1 > _sheet.maxRows || _column + _numColumns - 1 > _sheet.maxColumns) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Range', _ctx);
  }

  _cell(r: number, c: number): CellState | undefined {
    return this._sheet.rows[this._row - 1 + r]?.[this._column - 1 + c];
  }

  _setCell(r: number, c: number, cell: CellState | undefined): void {
    const rowIndex = this._row - 1 + r;
    const rows = this._sheet.rows;
    while (rows.length <= rowIndex) rows.push([]);
    const row = rows[rowIndex]!;
    row[this._column - 1 + c] = cell;
  }

  _map<T>(fn: (cell: CellState | undefined) => T): T[][] {
    // Fields read once: `this` is the counting proxy (tracked()), and a property read through it per
    // cell made reading a large sheet in the preview several times slower than the add-on's own work.
    const rows = this._sheet.rows;
    const [top, left, height, width] = [this._row - 1, this._column - 1, this._numRows, this._numColumns];
    const out: T[][] = [];
    for (let r = 0; r < height; r++) {
      const source = rows[top + r];
      const row: T[] = new Array(width);
      for (let c = 0; c < width; c++) row[c] = fn(source?.[left + c]);
      out.push(row);
    }
    return out;
  }

  getRow() {
    return this._row;
  }
  getColumn() {
    return this._column;
  }
  getLastRow() {
    return this._row + this._numRows - 1;
  }
  getLastColumn() {
    return this._column + this._numColumns - 1;
  }
  getNumRows() {
    return this._numRows;
  }
  getNumColumns() {
    return this._numColumns;
  }
  getSheet() {
    return new FakeSheet(this._ctx, this._sheet, this._env);
  }
  getA1Notation() {
    const start = `${columnLetter(this._column)}${this._row}`;
    if (this._numRows === 1 && this._numColumns === 1) return start;
    return `${start}:${columnLetter(this.getLastColumn())}${this.getLastRow()}`;
  }

  getValues() {
    this._ctx.counter.cells += this._numRows * this._numColumns;
    return this._map((cell) => (cell ? copyValue(cell.v) : ''));
  }
  getValue() {
    const cell = this._cell(0, 0);
    return cell ? copyValue(cell.v) : '';
  }
  getDisplayValues() {
    const { locale, timeZone } = this._env();
    return this._map((cell) => displayValue(cell, locale, timeZone));
  }
  getDisplayValue() {
    const { locale, timeZone } = this._env();
    return displayValue(this._cell(0, 0), locale, timeZone);
  }
  getFormulas() {
    return this._map((cell) => cell?.f ?? '');
  }
  getNumberFormats() {
    return this._map((cell) => cell?.fmt ?? 'General');
  }
  getDataValidations() {
    return this._map((cell) => (cell?.dv ? new FakeDataValidation(cell.dv) : null));
  }

  setValues(values: unknown[][]) {
    return this._write(values);
  }
  /** The fake's own writes (appendRow, setValue) go through here so they count once, as the caller's call. */
  _write(values: unknown[][]) {
    if (!Array.isArray(values) || values.length !== this._numRows) {
      throw gasError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this._numRows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this._numColumns) {
        throw gasError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this._numColumns}.`,
        );
      }
    }
    assertCanEdit(this._ctx, this._sheet, this._row, this._column, this._numRows, this._numColumns);
    this._ctx.counter.cells += this._numRows * this._numColumns;
    const { timeZone } = this._env();
    const parsed = values.map((row, r) =>
      row.map((input, c) => {
        assertFitsInCell(input);
        const existing = this._cell(r, c);
        const next = parseInput(input, existing?.fmt, timeZone);
        if (existing?.dv && violates(existing.dv, next.v)) {
          throw gasError(`The data you entered in cell ${columnLetter(this._column + c)}${this._row + r} violates the data validation rules set on this cell.`);
        }
        return next;
      }),
    );
    // All or nothing: the whole write is validated before any cell changes.
    parsed.forEach((row, r) => {
      row.forEach((next, c) => {
        const existing = this._cell(r, c);
        const cell: CellState = { ...next };
        if (existing?.fmt) cell.fmt = existing.fmt;
        if (existing?.dv) cell.dv = existing.dv;
        this._setCell(r, c, cell);
      });
    });
    return this;
  }
  setValue(value: unknown) {
    return this._setAll(() => value);
  }
  _setAll(valueAt: (r: number, c: number) => unknown) {
    const values: unknown[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < this._numColumns; c++) row.push(valueAt(r, c));
      values.push(row);
    }
    return this._write(values);
  }
  clearContent() {
    this._assertCanEdit();
    this._forEachCell((r, c, cell) => this._setCell(r, c, cell ? { ...cell, v: '', f: undefined } : undefined));
    return this;
  }
  /** Every write of a range, whatever it changes (values, formats, rules, order), is an edit of its cells (H6). */
  _assertCanEdit() {
    assertCanEdit(this._ctx, this._sheet, this._row, this._column, this._numRows, this._numColumns);
  }
  clear() {
    this._assertCanEdit();
    this._forEachCell((r, c) => this._setCell(r, c, undefined));
    return this;
  }
  _forEachCell(fn: (r: number, c: number, cell: CellState | undefined) => void) {
    for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numColumns; c++) fn(r, c, this._cell(r, c));
  }
  _updateCells(change: (cell: CellState) => void) {
    this._assertCanEdit();
    this._forEachCell((r, c, cell) => {
      const next: CellState = cell ? { ...cell } : { v: '' };
      change(next);
      this._setCell(r, c, next);
    });
    return this;
  }
  setNumberFormat(format: string) {
    return this._updateCells((cell) => {
      cell.fmt = format;
    });
  }
  /** Clears the formatting (here, the number format); values and rules stay. */
  clearFormat() {
    return this._updateCells((cell) => {
      delete cell.fmt;
    });
  }
  setNumberFormats(formats: string[][]) {
    this._assertCanEdit();
    this._forEachCell((r, c, cell) => this._setCell(r, c, { ...(cell ?? { v: '' }), fmt: formats[r]?.[c] ?? 'General' }));
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null) {
    return this._updateCells((cell) => {
      if (rule) cell.dv = { ...rule._state };
      else delete cell.dv;
    });
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]) {
    this._assertCanEdit();
    this._forEachCell((r, c, cell) => {
      const rule = rules[r]?.[c];
      const next: CellState = { ...(cell ?? { v: '' }) };
      if (rule) next.dv = { ...rule._state };
      else delete next.dv;
      this._setCell(r, c, next);
    });
    return this;
  }
  clearDataValidations() {
    return this.setDataValidation(null);
  }
  // Formatting that has no effect on data: not stored, as the preview renders plain grids, but an edit all the same.
  setFontWeight(_weight: string) {
    this._assertCanEdit();
    return this;
  }
  setBackground(_color: string) {
    this._assertCanEdit();
    return this;
  }
  setWrap(_wrap: boolean) {
    this._assertCanEdit();
    return this;
  }
  setNote(_note: string) {
    this._assertCanEdit();
    return this;
  }
  /** On one whole column only (fake/developerMetadata.ts). */
  addDeveloperMetadata(key: string, value?: string) {
    this._assertCanEdit();
    addColumnMetadata(this._ctx, this._sheet, { row: this._row, column: this._column, numRows: this._numRows, numColumns: this._numColumns }, key, value);
    return this;
  }
  /** Finds text in this range's cells (fake/textFinder.ts). */
  createTextFinder(findText: string) {
    const bounds = { row: this._row, column: this._column, lastRow: this._row + this._numRows - 1, lastColumn: this._column + this._numColumns - 1 };
    return new FakeTextFinder(this._ctx, this._sheet, bounds, findText, this._env, (r, c) => new FakeRange(this._ctx, this._sheet, r, c, 1, 1, this._env));
  }
  /** The metadata of the columns this range covers. */
  createDeveloperMetadataFinder() {
    const sheet = this._sheet;
    const env = this._env;
    return new FakeDeveloperMetadataFinder(this._ctx, sheet, (column) => new FakeRange(this._ctx, sheet, 1, column, sheet.maxRows, 1, env), [
      this._column,
      this._column + this._numColumns - 1,
    ]);
  }
  protect() {
    const state: ProtectionState = {
      id: this._ctx.state.nextId++,
      kind: 'RANGE',
      description: '',
      warningOnly: false,
      mirrorsSpreadsheet: true,
      editors: [],
      bounds: [this._row, this._column, this._numRows, this._numColumns],
    };
    this._sheet.protections.push(state);
    return tracked(new FakeProtection(this._ctx, this._sheet, state), 'Protection', this._ctx);
  }
  /** Sorts the rows of this range by one or more columns, as the Data > Sort range menu does. */
  sort(spec: number | { column: number; ascending?: boolean } | { column: number; ascending?: boolean }[]) {
    this._assertCanEdit();
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) => (typeof s === 'number' ? { column: s, ascending: true } : s));
    const rows: (CellState | undefined)[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const row: (CellState | undefined)[] = [];
      for (let c = 0; c < this._numColumns; c++) row.push(this._cell(r, c));
      rows.push(row);
    }
    rows.sort((a, b) => {
      for (const s of specs) {
        const order = compareForSort(a[s.column - this._column], b[s.column - this._column], s.ascending !== false);
        if (order !== 0) return order;
      }
      return 0;
    });
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        this._setCell(r, c, cell);
      });
    });
    return this;
  }
}

function sortKey(cell: CellState | undefined): string | number | boolean {
  const v = cell?.v ?? '';
  return v instanceof Object && 'getTime' in v ? (v as Date).getTime() : v;
}

/** As the Sort range menu orders: blanks last in either direction. */
function compareForSort(a: CellState | undefined, b: CellState | undefined, ascending: boolean): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka === kb) return 0;
  if (ka === '') return 1;
  if (kb === '') return -1;
  const order = ka < kb ? -1 : 1;
  return ascending ? order : -order;
}

/**
 * Charts.ChartType: the types the Charts service names (reference/charts/chart-type). An
 * EmbeddedChartBuilder takes one of them; anything else is refused, as a wrong enum is in Apps Script.
 */
export const CHART_TYPES = [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const;

/** Options are what Gviz reads (title, width, legend.position, ...): kept as JSON, as the state is saved as JSON. */
function jsonOption(name: string, value: unknown): unknown {
  if (typeof name !== 'string' || !name) throw gasError('Invalid argument: option');
  if (value === undefined || typeof value === 'function') throw gasError(`Invalid argument: ${name}`);
  return JSON.parse(JSON.stringify(value));
}

/** A chart reads and builds ranges of its spreadsheet's sheets: given here by the sheet that made it. */
export type ChartRangeResolver = (range: ChartRangeState) => FakeRange;

/**
 * EmbeddedChart (reference/spreadsheet/embedded-chart): a snapshot of what was inserted. Its
 * ranges, options and container are read back as Google documents them; changing it goes
 * through modify() and Sheet.updateChart, as in Apps Script.
 */
export class FakeChart {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: ChartState,
    readonly _resolve: ChartRangeResolver,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'EmbeddedChart', _ctx);
  }
  getChartId() {
    return this._state.id;
  }
  getRanges() {
    return this._state.ranges.map((r) => this._resolve(r));
  }
  /** ChartOptions.get(option): the value set with setOption, or null. */
  getOptions() {
    const options = this._state.options;
    return { get: (name: string) => (Object.keys(options).includes(name) ? options[name] : null) };
  }
  /** ContainerInfo: anchor row and column (1-indexed) and the offsets in pixels. */
  getContainerInfo() {
    const p = this._state.position;
    return { getAnchorRow: () => p.anchorRow, getAnchorColumn: () => p.anchorColumn, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }
  /** A builder over a copy of this chart, same id: saved only by Sheet.updateChart. */
  modify() {
    return new FakeChartBuilder(this._ctx, this._resolve, copyChart(this._state));
  }
}

function copyChart(chart: ChartState): ChartState {
  return JSON.parse(JSON.stringify(chart)) as ChartState;
}

/** The cells a range covers, by sheet id, as a chart keeps them. */
const chartRangeOf = (range: FakeRange): ChartRangeState => ({
  sheetId: range._sheet.id,
  row: range._row,
  column: range._column,
  numRows: range._numRows,
  numColumns: range._numColumns,
});

const sameRange = (a: ChartRangeState, b: ChartRangeState) =>
  a.sheetId === b.sheetId && a.row === b.row && a.column === b.column && a.numRows === b.numRows && a.numColumns === b.numColumns;

/**
 * Sheet.newChart() and EmbeddedChart.modify() (reference/spreadsheet/embedded-chart-builder):
 * addRange adds a range unless the chart already has it; setChartType takes a Charts.ChartType;
 * setOption sets a Gviz option (dotted names such as 'animation.duration', as Google's example);
 * setPosition(anchorRowPos, anchorColPos, offsetX, offsetY) anchors the top left corner in a
 * 1-indexed row and column, offset in pixels (ContainerInfo). build() draws nothing: the chart
 * appears only through insertChart or updateChart.
 */
export class FakeChartBuilder {
  private readonly chart: ChartState;
  constructor(
    readonly _ctx: FakeContext,
    readonly _resolve: ChartRangeResolver,
    chart?: ChartState,
  ) {
    // No type until one is set: Google documents no default, so the stricter choice is to refuse building without one.
    this.chart = chart ?? { id: _ctx.nextId('chart'), type: '', ranges: [], options: {}, position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 } };
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'EmbeddedChartBuilder', _ctx);
  }
  setChartType(type: string) {
    if (!(CHART_TYPES as readonly string[]).includes(String(type))) throw gasError(`Invalid argument: type (${String(type)} is not a Charts.ChartType)`);
    this.chart.type = String(type);
    return this;
  }
  getChartType() {
    return this.chart.type || null;
  }
  addRange(range: FakeRange) {
    if (!(range instanceof FakeRange)) throw gasError('Invalid argument: range');
    const added = chartRangeOf(range);
    if (!this.chart.ranges.some((r) => sameRange(r, added))) this.chart.ranges.push(added);
    return this;
  }
  removeRange(range: FakeRange) {
    const gone = chartRangeOf(range);
    this.chart.ranges = this.chart.ranges.filter((r) => !sameRange(r, gone));
    return this;
  }
  clearRanges() {
    this.chart.ranges = [];
    return this;
  }
  /** A copy of the ranges that feed the chart. */
  getRanges() {
    return this.chart.ranges.map((r) => this._resolve(r));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    for (const [name, value, least] of [
      ['anchorRowPos', anchorRowPos, 1],
      ['anchorColPos', anchorColPos, 1],
      ['offsetX', offsetX, 0],
      ['offsetY', offsetY, 0],
    ] as const) {
      // Integers per ContainerInfo; a row or column before the first, or a negative offset, is refused (Google is silent: stricter).
      if (!Number.isInteger(value) || value < least) throw gasError(`Invalid argument: ${name}`);
    }
    this.chart.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  getContainer() {
    return new FakeChart(this._ctx, copyChart(this.chart), this._resolve).getContainerInfo();
  }
  setOption(option: string, value: unknown) {
    this.chart.options[option] = jsonOption(option, value);
    return this;
  }
  build() {
    if (!this.chart.type) throw gasError('Invalid argument: the chart has no type (setChartType)');
    return new FakeChart(this._ctx, copyChart(this.chart), this._resolve);
  }
}

export class FakeSheet {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: SheetState,
    readonly _env: SheetEnv,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Sheet', _ctx);
  }

  _lastRow(): number {
    const rows = this._state.rows;
    for (let r = rows.length - 1; r >= 0; r--) {
      if (rows[r]?.some((cell) => cell && cell.v !== '')) return r + 1;
    }
    return 0;
  }
  _lastColumn(): number {
    let last = 0;
    for (const row of this._state.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] && row[c]!.v !== '') {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
  _range(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    return new FakeRange(this._ctx, this._state, row, column, numRows, numColumns, this._env);
  }

  getName() {
    return this._state.name;
  }
  setName(name: string) {
    assertCanEditSheet(this._ctx, this._state);
    this._state.name = name;
    return this;
  }
  getSheetId() {
    return this._state.id;
  }
  getLastRow() {
    return this._lastRow();
  }
  getLastColumn() {
    return this._lastColumn();
  }
  getMaxRows() {
    return this._state.maxRows;
  }
  getMaxColumns() {
    return this._state.maxColumns;
  }
  getFrozenRows() {
    return this._state.frozenRows;
  }
  setFrozenRows(rows: number) {
    assertCanEditSheet(this._ctx, this._state);
    this._state.frozenRows = rows;
  }
  isSheetHidden() {
    return this._state.hidden;
  }
  hideSheet() {
    assertCanEditSheet(this._ctx, this._state);
    this._state.hidden = true;
    return this;
  }
  showSheet() {
    assertCanEditSheet(this._ctx, this._state);
    this._state.hidden = false;
    return this;
  }
  getFormUrl() {
    return this._state.formId ? `https://docs.google.com/forms/d/${this._state.formId}/viewform` : null;
  }
  getDataRange() {
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn()));
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number) {
    if (typeof a === 'string') return this._rangeFromA1(a);
    return this._range(a, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }
  _rangeFromA1(a1: string): FakeRange {
    const match = /^(?:'?[^!]*'?!)?([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/i.exec(a1.trim());
    if (!match) throw gasError('Range not found');
    const [, c1, r1, c2, r2] = match;
    const col1 = columnNumber(c1!);
    const row1 = r1 ? Number(r1) : 1;
    const col2 = c2 ? columnNumber(c2) : col1;
    const row2 = r2 ? Number(r2) : c2 ? this._state.maxRows : row1;
    return this._range(row1, col1, row2 - row1 + 1, col2 - col1 + 1);
  }
  /** Adds a row below the last one, growing the grid as Sheets does (within the workbook's cell limit). */
  appendRow(values: unknown[]) {
    const row = this._lastRow() + 1;
    const { maxRows, maxColumns } = this._state;
    const rows = Math.max(maxRows, row);
    const columns = Math.max(maxColumns, values.length);
    assertRoomFor(spreadsheetOf(this._ctx, this._state), rows * columns - maxRows * maxColumns);
    values.forEach(assertFitsInCell);
    this._state.maxRows = rows;
    this._state.maxColumns = columns;
    try {
      this._range(row, 1, 1, Math.max(1, values.length))._write([values.length ? values : ['']]);
    } catch (error) {
      // A refused write (protection, validation) leaves the grid as it was.
      this._state.maxRows = maxRows;
      this._state.maxColumns = maxColumns;
      throw error;
    }
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    assertCanInsert(this._ctx, this._state, 'rows', afterPosition);
    assertRoomFor(spreadsheetOf(this._ctx, this._state), howMany * this._state.maxColumns);
    const rows = this._state.rows;
    // Rows below the stored ones are empty already; a spread literal, not splice(...), for large counts.
    if (afterPosition < rows.length)
      this._state.rows = [...rows.slice(0, afterPosition), ...Array.from({ length: howMany }, () => []), ...rows.slice(afterPosition)];
    this._state.maxRows += howMany;
    return this;
  }
  insertRowAfter(afterPosition: number) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  insertRowBefore(beforePosition: number) {
    return this.insertRowsAfter(beforePosition - 1, 1);
  }
  deleteRows(rowPosition: number, howMany: number) {
    assertCanEdit(this._ctx, this._state, rowPosition, 1, howMany, this._state.maxColumns);
    this._state.rows.splice(rowPosition - 1, howMany);
    this._state.maxRows = Math.max(1, this._state.maxRows - howMany);
    return this;
  }
  deleteRow(rowPosition: number) {
    return this.deleteRows(rowPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    assertCanInsert(this._ctx, this._state, 'columns', afterPosition);
    assertRoomFor(spreadsheetOf(this._ctx, this._state), howMany * this._state.maxRows);
    for (const row of this._state.rows) if (row && row.length > afterPosition) row.splice(afterPosition, 0, ...new Array(howMany));
    this._state.maxColumns += howMany;
    shiftColumnMetadata(this._state, afterPosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number) {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }
  insertColumnBefore(beforePosition: number) {
    return this.insertColumnsAfter(beforePosition - 1, 1);
  }
  deleteColumns(columnPosition: number, howMany: number) {
    assertCanEdit(this._ctx, this._state, 1, columnPosition, this._state.maxRows, howMany);
    for (const row of this._state.rows) row?.splice(columnPosition - 1, howMany);
    this._state.maxColumns = Math.max(1, this._state.maxColumns - howMany);
    deleteColumnMetadata(this._state, columnPosition, howMany);
    return this;
  }
  deleteColumn(columnPosition: number) {
    return this.deleteColumns(columnPosition, 1);
  }
  sort(column: number, ascending = true) {
    const last = this._lastRow();
    const first = this._state.frozenRows + 1;
    if (last >= first) this._range(first, 1, last - first + 1, Math.max(1, this._lastColumn())).sort({ column, ascending });
    return this;
  }
  /**
   * "If the sheet is already protected, this method returns an object representing its existing
   * protection settings" (Sheet reference; community copy of the page): never a second one.
   */
  protect() {
    const existing = this._state.protections.find((p) => p.kind === 'SHEET');
    if (existing) return tracked(new FakeProtection(this._ctx, this._state, existing), 'Protection', this._ctx);
    const state: ProtectionState = {
      id: this._ctx.state.nextId++,
      kind: 'SHEET',
      description: '',
      warningOnly: false,
      mirrorsSpreadsheet: true,
      editors: [],
    };
    this._state.protections.push(state);
    return tracked(new FakeProtection(this._ctx, this._state, state), 'Protection', this._ctx);
  }
  getProtections(type: string | GoogleAppsScript.Spreadsheet.ProtectionType) {
    return this._state.protections.filter((p) => p.kind === type).map((p) => tracked(new FakeProtection(this._ctx, this._state, p), 'Protection', this._ctx));
  }
  clear() {
    assertCanEdit(this._ctx, this._state, 1, 1, this._state.maxRows, this._state.maxColumns);
    this._state.rows = [];
    return this;
  }
  /** Finds text anywhere in this sheet (fake/textFinder.ts). */
  createTextFinder(findText: string) {
    const bounds = { row: 1, column: 1, lastRow: this._state.maxRows, lastColumn: this._state.maxColumns };
    return new FakeTextFinder(this._ctx, this._state, bounds, findText, this._env, (r, c) => this._range(r, c));
  }
  /** Developer metadata in this sheet's scope (fake/developerMetadata.ts). */
  createDeveloperMetadataFinder() {
    return new FakeDeveloperMetadataFinder(this._ctx, this._state, (column) => this._range(1, column, this._state.maxRows, 1));
  }
  /** Ranges of a chart, resolved in this sheet's spreadsheet (a chart may read another sheet of it). */
  _chartRange = (range: ChartRangeState): FakeRange => {
    const sheets = spreadsheetOf(this._ctx, this._state)?.sheets ?? [this._state];
    const sheet = sheets.find((s) => s.id === range.sheetId);
    if (!sheet) throw gasError('The chart’s range refers to a sheet that no longer exists.');
    return new FakeRange(this._ctx, sheet, range.row, range.column, range.numRows, range.numColumns, this._env);
  };
  newChart() {
    return new FakeChartBuilder(this._ctx, this._chartRange);
  }
  insertChart(chart: FakeChart) {
    assertCanEditSheet(this._ctx, this._state);
    if (!this._state.charts) this._state.charts = [];
    if (this._state.charts.some((c) => c.id === chart._state.id)) throw gasError('The chart is already in the sheet; use updateChart.');
    this._state.charts.push(copyChart(chart._state));
  }
  /** Replaces the chart of the same id; a chart not in this sheet is refused (Google is silent: stricter). */
  updateChart(chart: FakeChart) {
    assertCanEditSheet(this._ctx, this._state);
    const index = (this._state.charts ?? []).findIndex((c) => c.id === chart._state.id);
    if (index < 0) throw gasError('The chart is not in this sheet.');
    this._state.charts![index] = copyChart(chart._state);
  }
  getCharts() {
    return (this._state.charts ?? []).map((c) => new FakeChart(this._ctx, copyChart(c), this._chartRange));
  }
  removeChart(chart: FakeChart) {
    assertCanEditSheet(this._ctx, this._state);
    this._state.charts = (this._state.charts ?? []).filter((c) => c.id !== chart._state.id);
  }
  activate() {
    return this;
  }
}

export class FakeSpreadsheet {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: SpreadsheetState,
    readonly _ui: FakeUi,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Spreadsheet', _ctx);
  }
  _env = () => ({ locale: this._state.locale, timeZone: this._state.timeZone });
  _sheet(state: SheetState) {
    return new FakeSheet(this._ctx, state, this._env);
  }
  getId() {
    return this._state.id;
  }
  getName() {
    return this._state.name;
  }
  rename(name: string) {
    this._state.name = name;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this._state.id}/edit`;
  }
  getSpreadsheetLocale() {
    return this._state.locale;
  }
  setSpreadsheetLocale(locale: string) {
    this._state.locale = locale;
  }
  getSpreadsheetTimeZone() {
    return this._state.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string) {
    this._state.timeZone = timeZone;
  }
  /**
   * When the Workspace itself or a test's hand looks (a response arriving, `ws.sheet`), the
   * script's execution is over from Google's side: response sheets still pending are there by now.
   */
  _googleLooks() {
    if (this._ctx.seamDepth > 0) addPendingResponseSheets(this._ctx, 'executionEnd');
  }
  getSheets() {
    this._googleLooks();
    return this._state.sheets.map((s) => this._sheet(s));
  }
  getNumSheets() {
    return this._state.sheets.length;
  }
  getSheetByName(name: string) {
    this._googleLooks();
    const found = this._state.sheets.find((s) => s.name === name);
    return found ? this._sheet(found) : null;
  }
  getSheetById(id: number) {
    this._googleLooks();
    const found = this._state.sheets.find((s) => s.id === id);
    return found ? this._sheet(found) : null;
  }
  getActiveSheet() {
    const found = this._state.sheets.find((s) => s.id === this._state.activeSheetId) ?? this._state.sheets[0];
    return found ? this._sheet(found) : null;
  }
  setActiveSheet(sheet: FakeSheet) {
    this._state.activeSheetId = sheet._state.id;
    return sheet;
  }
  insertSheet(name?: string, index?: number) {
    const sheetName = name ?? `Sheet${this._state.sheets.length + 1}`;
    if (this._state.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
      throw gasError(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    assertRoomFor(this._state, DEFAULT_ROWS * DEFAULT_COLUMNS);
    const state = newSheetState(this._ctx.state.nextId++, sheetName);
    const at = index === undefined ? this._state.sheets.length : Math.max(0, Math.min(index, this._state.sheets.length));
    this._state.sheets.splice(at, 0, state);
    this._state.activeSheetId = state.id;
    return this._sheet(state);
  }
  deleteSheet(sheet: FakeSheet) {
    if (this._state.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    // Deleting a sheet deletes its protected cells too: refused to whoever may not edit them.
    assertCanEdit(this._ctx, sheet._state, 1, 1, sheet._state.maxRows, sheet._state.maxColumns);
    this._state.sheets = this._state.sheets.filter((s) => s.id !== sheet._state.id);
  }
  toast(message: string, title = '', timeoutSeconds = 5) {
    this._ui._record('toast', title, `${message} (${timeoutSeconds}s)`);
  }
  getFormUrl() {
    return null;
  }
}

export function createSpreadsheetApp(ctx: FakeContext, ui: FakeUi) {
  const active = () => {
    const state = ctx.state.spreadsheets.find((s) => s.id === ctx.state.activeSpreadsheetId);
    return state ? new FakeSpreadsheet(ctx, state, ui) : null;
  };
  const service = {
    getActive: active,
    getActiveSpreadsheet: active,
    getActiveSheet: () => active()?.getActiveSheet() ?? null,
    openById: (id: string) => {
      const state = ctx.state.spreadsheets.find((s) => s.id === id);
      if (!state) throw gasError('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
      return new FakeSpreadsheet(ctx, state, ui);
    },
    getUi: () => ui,
    // Pending changes are made at once (https://developers.google.com/apps-script/reference/spreadsheet): a form's response sheet among them.
    flush: () => addPendingResponseSheets(ctx, 'flush'),
    newDataValidation: () => new FakeDataValidationBuilder(),
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' } as const,
    DataValidationCriteria: {
      VALUE_IN_LIST: 'VALUE_IN_LIST',
      CHECKBOX: 'CHECKBOX',
      DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
      NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    } as const,
  };
  return tracked(service, 'SpreadsheetApp', ctx);
}

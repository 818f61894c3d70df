import { displayValue } from './cellValues';
import { type FakeContext, gasError, tracked } from './core';
import type { CellState, SheetState } from './state';

/**
 * `TextFinder`, as `Range.createTextFinder(findText)` and `Sheet.createTextFinder(findText)` make
 * it (docs/fidelity.md, "Text finder"). Rules and their sources:
 *
 * - "Find or replace text within a range, sheet or spreadsheet" (TextFinder reference,
 *   https://developers.google.com/apps-script/reference/spreadsheet/text-finder). A Range's
 *   finder looks only at the range's cells; a Sheet's at the whole sheet.
 * - `matchCase(true)` "configures the search to match the search text's case exactly, otherwise
 *   the search defaults to case-insensitive matching" (same page).
 * - `matchEntireCell(true)` "configures the search to match the entire contents of a cell;
 *   otherwise, the search defaults to partial matching" (same page).
 * - `matchFormulaText(true)` "configures the search to return matches that appear within formula
 *   text; otherwise cells with formulas are considered based on their displayed value" (same
 *   page). So what is matched is the **displayed** value: a number as its format shows it, a
 *   date as the spreadsheet's locale and zone show it (scripts search a date by its display
 *   string, e.g. `createTextFinder(range.getDisplayValue())`). Cells without a formula are
 *   matched on their displayed value in either mode.
 * - `useRegularExpression(true)` "configures the search to interpret the search string as a
 *   regular expression; otherwise the search interprets the search string as normal text" (same
 *   page). Plain text is literal: `a+b@x.org` and `.*` match only themselves. The flavour is not
 *   named for Apps Script; Sheets' REGEXMATCH uses RE2, and the Sheets API's find-and-replace
 *   ("searchByRegex") says "Java regex rules". The fake accepts only what both accept: it refuses
 *   look-arounds, back-references and named groups (RE2 has none of them), the stricter choice.
 *   With `matchEntireCell(true)` a regular expression must match the whole displayed value.
 * - `ignoreDiacritics(true)` "configures the search to ignore diacritics while matching" (same
 *   page): both sides are compared without combining marks (Unicode NFD).
 * - `findAll()` "Returns all cells matching the search criteria"; `findNext()` "the next cell
 *   matching the search criteria", null when there is none; `getCurrentMatch()` the current
 *   one, null before any; `startFrom(range)` "configures the search to start searching
 *   immediately after the specified cell range" (same page). `findNext` does not wrap round:
 *   scripts loop `while (finder.findNext() !== null)` (the stricter reading; a wrapping finder
 *   would loop for ever). Google does not state an order: the fake goes row by row, left to
 *   right, as the Sheets find bar does, and the add-on never relies on the order (it sorts).
 * - An empty search text is refused (Google does not document it; the stricter choice).
 * - Hidden rows and filtered-out rows are searched like any other (the fake hides no rows).
 *
 * Cost model (stated, not Google's): `findAll`, `findNext` and `findPrevious` are data calls
 * (fake/core.ts REMOTE_METHODS), and the cells each moves are the cells it returns, not the
 * cells Google searched, which never leave Google.
 */
export class FakeTextFinder {
  _matchCase = false;
  _entireCell = false;
  _regex = false;
  _formulaText = false;
  _ignoreDiacritics = false;
  _after: { row: number; column: number } | null = null;
  _current: { row: number; column: number } | null = null;

  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: SheetState,
    /** 1-based bounds searched: first row, first column, last row, last column. */
    readonly _bounds: { row: number; column: number; lastRow: number; lastColumn: number },
    readonly _text: string,
    readonly _env: () => { locale: string; timeZone: string },
    /** Builds the one-cell Range of a match. */
    readonly _cellRange: (row: number, column: number) => unknown,
  ) {
    if (typeof _text !== 'string' || _text === '') throw gasError('The text to find cannot be empty.');
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'TextFinder', _ctx);
  }

  matchCase(matchCase: boolean) {
    this._matchCase = matchCase === true;
    return this;
  }
  matchEntireCell(matchEntireCell: boolean) {
    this._entireCell = matchEntireCell === true;
    return this;
  }
  useRegularExpression(useRegEx: boolean) {
    this._regex = useRegEx === true;
    return this;
  }
  matchFormulaText(matchFormulaText: boolean) {
    this._formulaText = matchFormulaText === true;
    return this;
  }
  ignoreDiacritics(ignoreDiacritics: boolean) {
    this._ignoreDiacritics = ignoreDiacritics === true;
    return this;
  }
  startFrom(startRange: { getLastRow(): number; getLastColumn(): number }) {
    this._after = { row: startRange.getLastRow(), column: startRange.getLastColumn() };
    this._current = null;
    return this;
  }

  findAll() {
    const found = this._matches();
    this._ctx.counter.cells += found.length;
    return found.map((m) => this._cellRange(m.row, m.column));
  }

  findNext() {
    const from = this._current ?? this._after;
    const next = this._matches().find((m) => !from || m.row > from.row || (m.row === from.row && m.column > from.column));
    if (!next) return null;
    this._current = next;
    this._ctx.counter.cells += 1;
    return this._cellRange(next.row, next.column);
  }

  findPrevious() {
    const from = this._current ?? this._after;
    const before = this._matches().filter((m) => !from || m.row < from.row || (m.row === from.row && m.column < from.column));
    const previous = before[before.length - 1];
    if (!previous) return null;
    this._current = previous;
    this._ctx.counter.cells += 1;
    return this._cellRange(previous.row, previous.column);
  }

  getCurrentMatch() {
    return this._current ? this._cellRange(this._current.row, this._current.column) : null;
  }

  _matches(): { row: number; column: number }[] {
    const test = this._tester();
    const { locale, timeZone } = this._env();
    const { row, column, lastRow, lastColumn } = this._bounds;
    const found: { row: number; column: number }[] = [];
    const stored = Math.min(lastRow, this._sheet.rows.length);
    for (let r = row; r <= stored; r++) {
      const cells = this._sheet.rows[r - 1];
      if (!cells) continue;
      const last = Math.min(lastColumn, cells.length);
      for (let c = column; c <= last; c++) {
        const cell = cells[c - 1];
        if (!cell) continue;
        const shown = this._shown(cell, locale, timeZone);
        if (shown !== '' && test(shown)) found.push({ row: r, column: c });
      }
    }
    return found;
  }

  _shown(cell: CellState, locale: string, timeZone: string): string {
    if (this._formulaText && cell.f) return cell.f;
    return displayValue(cell, locale, timeZone);
  }

  _fold(text: string): string {
    const plain = this._ignoreDiacritics ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
    return this._matchCase ? plain : plain.toLowerCase();
  }

  _tester(): (shown: string) => boolean {
    if (this._regex) {
      const pattern = compileCommonRegex(
        this._ignoreDiacritics ? this._text.normalize('NFD').replace(/\p{M}/gu, '') : this._text,
        this._entireCell,
        !this._matchCase,
      );
      return (shown) => pattern.test(this._ignoreDiacritics ? shown.normalize('NFD').replace(/\p{M}/gu, '') : shown);
    }
    const wanted = this._fold(this._text);
    return this._entireCell ? (shown) => this._fold(shown) === wanted : (shown) => this._fold(shown).includes(wanted);
  }
}

/** Constructs RE2 lacks (and Java has): refused, so a pattern the fake accepts works in Google whichever engine it runs. */
const NOT_IN_RE2 = [/\(\?<?[=!]/, /\\[1-9]/, /\(\?<[A-Za-z]/, /\\k</];

export function compileCommonRegex(source: string, entireCell: boolean, ignoreCase: boolean): RegExp {
  if (NOT_IN_RE2.some((construct) => construct.test(source))) {
    throw gasError(`Invalid regular expression: ${source}. Look-arounds, back-references and named groups are not supported.`);
  }
  try {
    return new RegExp(entireCell ? `^(?:${source})$` : source, ignoreCase ? 'iu' : 'u');
  } catch {
    throw gasError(`Invalid regular expression: ${source}`);
  }
}

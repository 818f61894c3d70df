import type { CalendarDate } from '../calendarDate';
import type { SheetTextKey } from '../i18n/en/sheets';

/**
 * A structured sheet is declared once, as data: its columns, their types, and who owns them.
 * Add-on columns are (re)written by the add-on; coordinator columns are never overwritten.
 *
 * 'date' columns hold calendar days (a start, a meeting, a target: what a coordinator types), read
 * and written by the table module as CalendarDate in the spreadsheet's zone. 'datetime' columns
 * hold instants (a response's timestamp, when something was recorded) and stay Date.
 */
export type ColumnType = 'id' | 'text' | 'longText' | 'number' | 'date' | 'datetime' | 'boolean' | 'choice' | 'list' | 'email' | 'phone';

export type ColumnOwner = 'addon' | 'coordinator';

export interface ColumnSpec {
  /** Stable key used by the code; never shown. */
  readonly key: string;
  /**
   * Its header's key in the catalogue (core/i18n/<language>/sheets.ts): setup writes it in the
   * programme's language. Every programme column has one (core/schema/sheets.ts); a column
   * without (a test's own schema) is `header` in every language.
   */
  readonly text?: SheetTextKey;
  /** The English header, from the source catalogue: what developers and tests see. A sheet's header is found in any language. */
  readonly header: string;
  /** Older headers still recognised (a sheet set up by an earlier version). */
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly owner: ColumnOwner;
  /**
   * Allowed values of a choice column: a dropdown in the sheet. These are the values the code
   * works with (English); the cells show them in the programme's language, named
   * `choice.<choiceSet>.<value>` in the catalogue (see core/schema/labels.ts).
   */
  readonly choices?: readonly string[];
  readonly choiceSet?: ChoiceSetName;
  /** Sensitive personal data (special category or safeguarding): kept out of logs and shared documents by default. */
  readonly sensitive?: boolean;
}

export type ChoiceSetName = 'screeningDecision' | 'pairStatus' | 'goalStatus' | 'issueStatus' | 'mentorType' | 'ageCheck' | 'sensitiveKind';

export interface SheetSchema {
  readonly key: string;
  /** The English name, from the source catalogue; setup names the sheet in the programme's language, and it is found by id. */
  readonly name: string;
  readonly text?: SheetTextKey;
  readonly columns: readonly ColumnSpec[];
}

/** A date column's value is a CalendarDate (a string), a datetime column's a Date. */
export type CellInput = string | CalendarDate | number | boolean | Date | null;
export type RecordValues = Record<string, CellInput>;

/** Whether a column holds calendar days (CalendarDate) rather than instants. */
export function holdsCalendarDays(type: ColumnType): boolean {
  return type === 'date';
}

/** Text types land in cells formatted as plain text, so Sheets never reinterprets them. */
export function isTextType(type: ColumnType): boolean {
  return type !== 'number' && type !== 'date' && type !== 'datetime' && type !== 'boolean';
}

export function normaliseHeader(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

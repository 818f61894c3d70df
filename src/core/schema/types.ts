import type { CalendarDate } from '../calendarDate';

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
  /** The header written in the sheet (English); matching also accepts `aliases` and the Italian header. */
  readonly header: string;
  readonly headerIt?: string;
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly owner: ColumnOwner;
  /** Allowed values of a choice column: a dropdown in the sheet. */
  readonly choices?: readonly string[];
  /** Sensitive personal data (special category or safeguarding): kept out of logs and shared documents by default. */
  readonly sensitive?: boolean;
}

export interface SheetSchema {
  readonly key: string;
  readonly name: string;
  readonly nameIt?: string;
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

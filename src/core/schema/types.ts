/**
 * A structured sheet is declared once, as data: its columns, their types, and who owns them.
 * Add-on columns are (re)written by the add-on; coordinator columns are never overwritten.
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

export type CellInput = string | number | boolean | Date | null;
export type RecordValues = Record<string, CellInput>;

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

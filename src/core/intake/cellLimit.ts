import type { CellInput } from '../schema/types';
import { asCellText } from '../sheetText';
import type { Problem } from './normalise';

/**
 * A Sheets cell holds at most 50,000 characters (Google's Sheets limits:
 * https://support.google.com/drive/answer/37603); a longer write is refused, and the whole
 * record with it. A form answer can be longer (a paragraph answer, or "Other answers" joining
 * several), so a value over the limit is written as its first part and a marker, and flagged;
 * the response sheet keeps the whole answer, untouched.
 */
export const CELL_CHARACTER_LIMIT = 50_000;

/** Whether `text` fits one cell as the table module writes it (formula-like text gets a leading apostrophe). */
export function fitsInCell(text: string): boolean {
  return asCellText(text).length <= CELL_CHARACTER_LIMIT;
}

/**
 * The first part of `text` followed by `marker`, as long as one cell can hold, with room for the
 * apostrophe that keeps formula-like text inert. A cut never splits a character in two.
 */
export function cutToCell(text: string, marker: string): string {
  let end = Math.max(0, CELL_CHARACTER_LIMIT - 1 - marker.length);
  const code = text.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + marker;
}

export interface FittedValues {
  values: Record<string, CellInput>;
  problems: Problem[];
}

/**
 * Every text value that would not fit its cell, cut with `marker` (what it says is the caller's:
 * where the whole answer stays), each with a `tooLong` problem naming its length, never its text.
 * Other values are returned as they are.
 */
export function fitToCells(values: Readonly<Record<string, CellInput>>, marker: () => string): FittedValues {
  const fitted: Record<string, CellInput> = { ...values };
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'string' || fitsInCell(value)) continue;
    fitted[field] = cutToCell(value, marker());
    problems.push({ field, code: 'tooLong', answer: '', params: { length: value.length, limit: CELL_CHARACTER_LIMIT } });
  }
  return { values: fitted, problems };
}

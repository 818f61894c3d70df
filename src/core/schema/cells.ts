import { asCalendarDate, calendarDateOf, midnightIn } from '../calendarDate';
import { asCellText } from '../sheetText';
import { isDate as isDateValue } from '../values';
import { type CellInput, type ColumnSpec, isTextType } from './types';

// Also in Greek and Portuguese (ναι/όχι, sim/não), accents typed composed or not.
const TRUE_WORDS = new Set(['true', 'yes', 'y', 'sì', 'si', 'ja', 'oui', 'sí', '1', 'x', '✓', 'ναι', 'ναί', 'sim'].flatMap((w) => [w, w.normalize('NFD')]));
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nein', 'non', 'nee', '0', 'όχι', 'οχι', 'não', 'nao'].flatMap((w) => [w, w.normalize('NFD')]));

/**
 * What the add-on writes into a cell for a record value: text guarded, lists joined, blanks as ''.
 * A date column gets its day at midnight in the spreadsheet's zone, as if the coordinator had typed
 * it; a Date (an instant: "now" when a step is recorded) is first taken as its day in that zone.
 */
export function toCell(column: ColumnSpec, value: CellInput | readonly string[] | undefined, timeZone = 'UTC'): CellInput {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return asCellText(value.join(', '));
  switch (column.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : asCellText(String(value));
    case 'date': {
      const day = isDateValue(value) ? calendarDateOf(value, timeZone) : asCalendarDate(value);
      return day ? midnightIn(day, timeZone) : asCellText(String(value));
    }
    case 'datetime':
      return isDateValue(value) ? value : asCellText(String(value));
    case 'boolean':
      return typeof value === 'boolean' ? value : asCellText(String(value));
    default:
      return asCellText(isDateValue(value) ? value.toISOString() : String(value));
  }
}

/**
 * A typed value from what getValues returned; anything unexpected is kept as text rather than lost.
 * A date cell is its calendar day in the spreadsheet's zone (text that is an ISO day, in a cell
 * formatted as plain text, is that day); a Date in a text column is shown as that day too.
 */
export function fromCell(column: ColumnSpec, raw: unknown, timeZone = 'UTC'): CellInput {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (isTextType(column.type)) return isDateValue(raw) ? calendarDateOf(raw, timeZone) : String(raw);
  switch (column.type) {
    case 'number':
      return numberFrom(raw);
    case 'date':
      return isDateValue(raw) ? calendarDateOf(raw, timeZone) : (asCalendarDate(String(raw).trim()) ?? String(raw));
    case 'datetime':
      return instantFrom(raw);
    case 'boolean':
      return booleanFrom(raw);
    default:
      return String(raw);
  }
}

function numberFrom(raw: unknown): CellInput {
  if (typeof raw === 'number') return raw;
  const n = Number(String(raw).trim().replace(',', '.'));
  return Number.isFinite(n) ? n : String(raw);
}

function instantFrom(raw: unknown): CellInput {
  if (isDateValue(raw)) return raw;
  const parsed = new Date(String(raw));
  return Number.isNaN(parsed.getTime()) ? String(raw) : parsed;
}

function booleanFrom(raw: unknown): CellInput {
  if (typeof raw === 'boolean') return raw;
  const word = String(raw).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return String(raw);
}

export function splitList(value: CellInput): string[] {
  if (value === null || value === '') return [];
  return String(value)
    .split(/\s*[,;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

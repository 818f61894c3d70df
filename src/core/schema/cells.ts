import { asCellText } from '../sheetText';
import { isDate as isDateValue } from '../values';
import { type CellInput, type ColumnSpec, isTextType } from './types';

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'sì', 'si', 'ja', 'oui', 'sí', '1', 'x', '✓']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nein', 'non', 'nee', '0']);

/** What the add-on writes into a cell for a record value: text guarded, lists joined, blanks as ''. */
export function toCell(column: ColumnSpec, value: CellInput | readonly string[] | undefined): CellInput {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return asCellText(value.join(', '));
  switch (column.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : asCellText(String(value));
    case 'date':
    case 'datetime':
      return isDateValue(value) ? value : asCellText(String(value));
    case 'boolean':
      return typeof value === 'boolean' ? value : asCellText(String(value));
    default:
      return asCellText(isDateValue(value) ? value.toISOString() : String(value));
  }
}

/** A typed value from what getValues returned; anything unexpected is kept as text rather than lost. */
export function fromCell(column: ColumnSpec, raw: unknown): CellInput {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (isTextType(column.type)) {
    if (isDateValue(raw)) return raw.toISOString().slice(0, 10);
    return String(raw);
  }
  switch (column.type) {
    case 'number': {
      if (typeof raw === 'number') return raw;
      const n = Number(String(raw).trim().replace(',', '.'));
      return Number.isFinite(n) ? n : String(raw);
    }
    case 'date':
    case 'datetime': {
      if (isDateValue(raw)) return raw;
      const parsed = new Date(String(raw));
      return Number.isNaN(parsed.getTime()) ? String(raw) : parsed;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const word = String(raw).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return String(raw);
    }
    default:
      return String(raw);
  }
}

export function splitList(value: CellInput): string[] {
  if (value === null || value === '') return [];
  return String(value)
    .split(/\s*[,;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

import { classifyConcern, type SensitiveEntry } from '../../core/privacy/sensitive';
import { MEETINGS, MENTEES, MENTORS } from '../../core/schema/sheets';
import { normaliseHeader, type RecordValues, type SheetSchema } from '../../core/schema/types';
import { exclusionsWithLegacyReasons, saveExclusions } from '../matching/store';
import { findSheet } from '../workspace/sheetRegistry';
import { readSheet, updateRecords } from '../workspace/table';
import { addSensitive } from './sensitiveSheet';

/**
 * Programmes set up before sensitive details lived apart kept them in their records' sheets
 * (and exclusion reasons in the document's properties). Setup moves them to the Sensitive
 * details sheet and deletes the old columns, so nothing is lost and nothing stays behind.
 */
const LEGACY: { schema: SheetSchema; kind: string; headers: string[] }[] = [
  { schema: MENTORS, kind: 'origin', headers: ['Country or region of origin', 'Paese o regione di origine'] },
  { schema: MENTEES, kind: 'origin', headers: ['Country or region of origin', 'Paese o regione di origine'] },
  { schema: MENTEES, kind: 'permitInOrder', headers: ['Residence permit in order', 'Permesso di soggiorno in regola'] },
  { schema: MENTEES, kind: 'safeguarding', headers: ['Safeguarding notes', 'Note di tutela'] },
  { schema: MEETINGS, kind: 'concerns', headers: ['Concerns', 'Preoccupazioni'] },
];

type LegacyColumn = (typeof LEGACY)[number] & { index: number };

/** The legacy columns a sheet still has, by their position in its header (English or Italian). */
function legacyColumnsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: SheetSchema): LegacyColumn[] {
  const legacy = LEGACY.filter((l) => l.schema === schema);
  const header = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(normaliseHeader);
  return legacy
    .map((l) => {
      const names = new Set(l.headers.map(normaliseHeader));
      return { ...l, index: header.findIndex((h) => names.has(h)) };
    })
    .filter((l) => l.index >= 0);
}

/** A moved detail is the person's, or for a diary the pair's; its source is the response it came from, when known. */
function movedEntry(values: RecordValues, kind: string, value: string, isDiary: boolean): SensitiveEntry {
  return {
    personId: String(values.id ?? values.mentorId ?? ''),
    relatedId: isDiary ? String(values.pairCode ?? '') : '',
    kind,
    value,
    source: String(values.responseKey ?? '') || 'moved by setup',
  };
}

/**
 * Moves one sheet's legacy columns into `entries` and deletes them. A diary's concern keeps its
 * flag and kind in the diary row, as a new diary's would.
 */
function moveLegacyColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: SheetSchema, columns: readonly LegacyColumn[], entries: SensitiveEntry[]): void {
  const table = readSheet(sheet, schema);
  const isDiary = schema === MEETINGS;
  const concernFlags: { rowNumber: number; values: { concernReported: boolean; concernKind: string | null } }[] = [];
  for (const row of table.rows) {
    const raw = table.grid[row.rowNumber - 1] ?? [];
    for (const column of columns) {
      const value = String(raw[column.index] ?? '').trim();
      if (!value) continue;
      entries.push(movedEntry(row.values, column.kind, value, isDiary));
      if (isDiary) concernFlags.push({ rowNumber: row.rowNumber, values: { concernReported: true, concernKind: classifyConcern(value) } });
    }
  }
  updateRecords(table, concernFlags);
  // Right to left, so that the indexes still to delete stay valid.
  for (const index of columns.map((c) => c.index).sort((a, b) => b - a)) sheet.deleteColumn(index + 1);
}

export function migrateSensitiveDetails(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): number {
  const entries: SensitiveEntry[] = [];
  for (const schema of [MENTORS, MENTEES, MEETINGS]) {
    const sheet = findSheet(spreadsheet, schema);
    if (!sheet || sheet.getLastColumn() < 1) continue;
    const columns = legacyColumnsOf(sheet, schema);
    if (columns.length > 0) moveLegacyColumns(sheet, schema, columns, entries);
  }

  const exclusions = exclusionsWithLegacyReasons();
  for (const e of exclusions.filter((x) => x.reason))
    entries.push({ personId: e.menteeId, relatedId: e.mentorId, kind: 'exclusionReason', value: e.reason!, source: 'moved by setup' });
  addSensitive(spreadsheet, entries, now);
  if (exclusions.some((x) => x.reason !== undefined)) saveExclusions(exclusions.map(({ reason: _reason, ...rest }) => rest));
  return entries.length;
}

import { UserError } from '../../core/errors';
import { type SensitiveEntry, sensitiveKind } from '../../core/privacy/sensitive';
import { SENSITIVE } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import { PROTECTION_TAG } from '../workspace/setupSheets';
import { findSheet } from '../workspace/sheetRegistry';
import { chooseReadWay, escapeForPattern, rowsMatching } from '../workspace/lookup';
import { appendRecords, appendWithoutReading, openTable, readTable, requireSheet, type Table, type TableRow, updateRecords } from '../workspace/table';

/**
 * The "Sensitive details" sheet: one row per detail, protected so that only the coordinators
 * (the protection's editors, with the spreadsheet's owner) can edit it. Sheets cannot stop anyone
 * with access to the spreadsheet from reading it; the README and the sidebar's Settings say so.
 */
const DESCRIPTION = `${PROTECTION_TAG} sensitive details – only coordinators can edit`;

/** The sheet's protection, whether or not setup finished narrowing it (its description is set last). */
function sheetProtection(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Protection | null {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  return protections.find((p) => p.getDescription() === DESCRIPTION) ?? protections[0] ?? null;
}

/** The protection of the programme's Sensitive details sheet, or null before setup. */
function sensitiveProtection(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Protection | null {
  const sheet = findSheet(spreadsheet, SENSITIVE);
  return sheet && sheetProtection(sheet);
}

/**
 * Protects the sheet so that only coordinators can edit it, and repairs a protection that does
 * not restrict. Ordered so that no failure leaves the sheet looking protected while it is not:
 * a new protection "mirrors" the spreadsheet's editors until its editors change (Sheet.protect
 * reference), so the description that marks it as done is written only after the narrowing.
 */
export function protectSensitiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const existing = sheetProtection(sheet);
  if (existing && existing.getDescription() === DESCRIPTION) {
    if (existing.isWarningOnly()) existing.setWarningOnly(false);
    if (existing.canDomainEdit()) existing.setDomainEdit(false);
    return;
  }
  // Read before protecting: if the email cannot be read, nothing half-made is left behind.
  const me = Session.getEffectiveUser();
  const protection = existing ?? sheet.protect();
  protection.setWarningOnly(false);
  // As Google's own sample does: add the current user first (removing a group they edit through
  // would otherwise lock them out), then remove everyone; Sheets keeps the owner and the current user.
  protection.addEditor(me);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  protection.setDescription(DESCRIPTION);
}

/** Whether setup has narrowed the protection (false before setup, or after an interrupted one). */
export function sensitiveSheetRestricted(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const protection = sensitiveProtection(spreadsheet);
  return !!protection && protection.getDescription() === DESCRIPTION && !protection.isWarningOnly();
}

/** Whether the person running the add-on may write to the sensitive sheet (true before setup: nothing to protect yet). */
export function canEditSensitive(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const protection = sensitiveProtection(spreadsheet);
  return !protection || protection.canEdit();
}

/** Stops an action that writes sensitive details when the user is not one of the coordinators. */
export function assertCoordinator(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  if (!canEditSensitive(spreadsheet)) throw new UserError('privacy.notCoordinator');
}

/**
 * The coordinators' emails, as the protection lists them. Only a coordinator may read the list:
 * Protection.getEditors throws for anyone who cannot edit the protected sheet.
 */
export function coordinators(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const protection = sensitiveProtection(spreadsheet);
  if (!protection?.canEdit()) return [];
  return protection
    .getEditors()
    .map((u) => u.getEmail())
    .filter(Boolean);
}

export function changeCoordinator(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string, add: boolean): string[] {
  const protection = sensitiveProtection(spreadsheet);
  if (!protection) throw new UserError('privacy.notSetUp');
  if (!protection.canEdit()) throw new UserError('privacy.notCoordinator');
  if (add) protection.addEditor(email);
  else protection.removeEditors([email]);
  return coordinators(spreadsheet);
}

export function readSensitive(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Table {
  return readTable(spreadsheet, SENSITIVE);
}

/** The entries of a read sheet, with the detail turned back into its key (rows typed by hand included). */
export function sensitiveEntries(table: Table): (SensitiveEntry & { rowNumber: number })[] {
  return entriesOf(table.rows);
}

function entriesOf(rows: readonly TableRow[]): (SensitiveEntry & { rowNumber: number })[] {
  return rows.map((r) => ({
    rowNumber: r.rowNumber,
    personId: String(r.values.personId ?? ''),
    relatedId: String(r.values.relatedId ?? ''),
    kind: sensitiveKind(r.values.detail)?.key ?? String(r.values.detail ?? ''),
    value: String(r.values.value ?? ''),
    source: String(r.values.source ?? ''),
  }));
}

/** The latest value of one kind of detail about a person, or ''. */
export function latestDetail(entries: readonly SensitiveEntry[], personId: string, kind: string): string {
  const found = entries.filter((e) => e.personId === personId && e.kind === kind && e.value.trim() !== '');
  return found.length ? found[found.length - 1]!.value : '';
}

function rowValues(entry: SensitiveEntry, now: Date): RecordValues {
  return {
    personId: entry.personId,
    relatedId: entry.relatedId,
    detail: sensitiveKind(entry.kind)?.detail ?? entry.kind,
    value: entry.value,
    source: entry.source,
    recordedAt: now,
  };
}

/** Searches and reads a response seen before costs when the sheet is not read whole: its Source search, its rows. */
const CALLS_PER_SOURCE = 2;

/**
 * The rows whose Source is one of `sources`, and a table to write them back through. For a few
 * responses in a large sheet, one search of the Source column (the keys as one case-sensitive
 * pattern) and a read of each run of rows found; otherwise the sheet read whole (lookup.ts chooses).
 */
function rowsOfSources(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sources: readonly string[]): { table: Table; rows: readonly TableRow[] } {
  const sheet = requireSheet(spreadsheet, SENSITIVE);
  if (chooseReadWay(sources.length, CALLS_PER_SOURCE, sheet.getLastRow(), sheet.getLastColumn()) === 'whole') {
    const table = readSensitive(spreadsheet);
    return { table, rows: table.rows };
  }
  const table = openTable(spreadsheet, SENSITIVE);
  const wanted = sources.filter(Boolean);
  if (wanted.length === 0) return { table, rows: [] };
  const pattern = wanted.map(escapeForPattern).join('|');
  return { table, rows: table.readRows(rowsMatching(table, 'source', pattern, { regex: true, matchCase: true })) };
}

/**
 * Records sensitive details from form responses. New responses only add rows: one read of the
 * header and one write, at any size. A response seen before updates its own rows (an answer taken
 * back is emptied), found by their Source without reading the rest of the sheet: rows whose Source
 * is a response key mirror that response, as the add-on's columns of a record do, so a correction
 * belongs in the response.
 */
export function recordSensitive(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  bySource: ReadonlyMap<string, SensitiveEntry[]>,
  now: Date,
  seenBefore: boolean,
): void {
  if (!seenBefore) {
    addSensitive(spreadsheet, [...bySource.values()].flat(), now);
    return;
  }
  const { table, rows } = rowsOfSources(spreadsheet, [...bySource.keys()]);
  const existing = new Map<string, ReturnType<typeof sensitiveEntries>>();
  for (const entry of entriesOf(rows)) {
    const list = existing.get(entry.source);
    if (list) list.push(entry);
    else existing.set(entry.source, [entry]);
  }
  const appends: RecordValues[] = [];
  const updates: { rowNumber: number; values: RecordValues }[] = [];
  for (const [source, entries] of bySource) {
    const previous = existing.get(source) ?? [];
    for (const entry of entries) {
      const same = previous.find((p) => p.kind === entry.kind);
      if (!same) appends.push(rowValues(entry, now));
      else if (same.value !== entry.value || same.personId !== entry.personId || same.relatedId !== entry.relatedId)
        updates.push({ rowNumber: same.rowNumber, values: rowValues(entry, now) });
    }
    for (const gone of previous.filter((p) => p.value !== '' && !entries.some((e) => e.kind === p.kind))) {
      updates.push({ rowNumber: gone.rowNumber, values: { value: '', recordedAt: now } });
    }
  }
  updateRecords(table, updates, { byCoordinator: true });
  appendRecords(table, appends);
}

/** Adds details (a private reason, the answers of a new response): nothing existing is read. */
export function addSensitive(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, entries: readonly SensitiveEntry[], now: Date): void {
  if (entries.length === 0) return;
  appendWithoutReading(
    requireSheet(spreadsheet, SENSITIVE),
    SENSITIVE,
    entries.map((e) => rowValues(e, now)),
  );
}

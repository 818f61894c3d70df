import type { SupportedLanguage } from '../../core/i18n';
import { choiceLabels, headerIn, sheetNameIn } from '../../core/schema/labels';
import { type ColumnSpec, isTextType, type SheetSchema } from '../../core/schema/types';
import { columnsOf, tagColumns, taggedColumns } from './columnKeys';
import { findSheet, rememberSheet } from './sheetRegistry';

export const PROTECTION_TAG = 'Peer Mentoring Desk:';

export interface SheetRepair {
  readonly sheet: string;
  readonly created: boolean;
  readonly columnsAdded: readonly string[];
}

function numberFormatFor(column: ColumnSpec): string {
  if (column.type === 'date') return 'yyyy-mm-dd';
  if (column.type === 'datetime') return 'yyyy-mm-dd hh:mm';
  if (column.type === 'number') return '0.##';
  return isTextType(column.type) ? '@' : 'General';
}

/**
 * Creates a structured sheet or repairs it: missing columns are added at the end (never moved,
 * never removed), so data and the coordinator's own columns stay where they are. Safe to run again.
 */
export function ensureSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema, language: SupportedLanguage): SheetRepair {
  let sheet = findSheet(spreadsheet, schema);
  const created = !sheet;
  if (!sheet) sheet = spreadsheet.insertSheet(sheetNameIn(schema, language));
  rememberSheet(schema, sheet);

  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
  const tagged = taggedColumns(sheet);
  // A column whose header a coordinator renamed is found by its key, not added a second time.
  const missing = columnsOf(sheet, schema, headerRow, tagged).missing;
  const missingColumns = schema.columns.filter((c) => missing.includes(c.key));
  if (missingColumns.length > 0) {
    const needed = lastColumn + missingColumns.length - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    sheet.getRange(1, lastColumn + 1, 1, missingColumns.length).setValues([missingColumns.map((c) => headerIn(c, language))]);
  }
  const fullHeader = [...headerRow, ...missingColumns.map((c) => headerIn(c, language))];
  const headers = columnsOf(sheet, schema, fullHeader, tagged);
  tagColumns(sheet, schema, headers, tagged);
  const bodyRows = sheet.getMaxRows() - 1;

  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, fullHeader.length).setFontWeight('bold');
  if (bodyRows > 0) {
    applyFormats(sheet, schema, headers.indexOf, bodyRows, fullHeader.length);
    applyDropdowns(sheet, schema, headers.indexOf, bodyRows, language);
  }
  protectAddonColumns(sheet, schema, headers.indexOf);
  return { sheet: sheet.getName(), created, columnsAdded: missingColumns.map((c) => headerIn(c, language)) };
}

/** One read and one write of the formats: the coordinator's own columns keep theirs. */
function applyFormats(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: SheetSchema, indexOf: ReadonlyMap<string, number>, bodyRows: number, width: number) {
  const range = sheet.getRange(2, 1, bodyRows, width);
  const formats = range.getNumberFormats();
  for (const column of schema.columns) {
    const index = indexOf.get(column.key);
    if (index === undefined) continue;
    const format = numberFormatFor(column);
    for (const row of formats) row[index] = format;
  }
  range.setNumberFormats(formats);
}

/** Dropdowns in the programme's language; a value shown in another language is still read right (core/schema/labels.ts). */
function applyDropdowns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: SheetSchema,
  indexOf: ReadonlyMap<string, number>,
  bodyRows: number,
  language: SupportedLanguage,
) {
  for (const column of schema.columns) {
    const index = indexOf.get(column.key);
    if (!column.choices || index === undefined) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(choiceLabels(column, language).filter(Boolean), true)
      // Coordinators sometimes need a value the list lacks; Sheets then flags it instead of refusing it.
      .setAllowInvalid(true)
      .build();
    sheet.getRange(2, index + 1, bodyRows, 1).setDataValidation(rule);
  }
}

/**
 * Add-on columns get a warning-only protection: the coordinator may still edit in an emergency,
 * but Sheets asks first. Old protections of ours are replaced, so re-running setup adds no duplicates.
 */
function protectAddonColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: SheetSchema, indexOf: ReadonlyMap<string, number>) {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription().startsWith(PROTECTION_TAG)) protection.remove();
  }
  const addonIndexes = schema.columns
    .filter((c) => c.owner === 'addon')
    .map((c) => indexOf.get(c.key))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  let start = 0;
  while (start < addonIndexes.length) {
    let end = start;
    while (end + 1 < addonIndexes.length && addonIndexes[end + 1] === addonIndexes[end]! + 1) end++;
    const first = addonIndexes[start]!;
    sheet
      .getRange(1, first + 1, sheet.getMaxRows(), addonIndexes[end]! - first + 1)
      .protect()
      .setDescription(`${PROTECTION_TAG} filled in from form responses; edit the response or use the sidebar instead.`)
      .setWarningOnly(true);
    start = end + 1;
  }
}

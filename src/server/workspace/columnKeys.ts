import { type HeaderMap, mapHeaders } from '../../core/schema/headerMap';
import type { SheetSchema } from '../../core/schema/types';

/**
 * Each structured column carries its schema key as developer metadata, so the add-on still finds
 * it after a coordinator renames its header to words of their own. Sheets keeps metadata on its
 * column when columns are inserted, deleted or moved around it, and deletes it with the column
 * (docs/fidelity.md, "Developer metadata").
 *
 * Headers stay the fast path: a sheet whose headers all match (in any supported language) costs
 * no metadata call. Only a sheet with a column missing by header is searched for keys.
 */
export const COLUMN_KEY = 'pmd.column';

/** Schema key → zero-based column index, from the sheet's column metadata: one search. */
export function taggedColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<string, number> {
  const tagged = new Map<string, number>();
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const value = metadata.getValue();
    const column = metadata.getLocation().getColumn();
    // The first tag of a key wins: a copied column (copy-paste keeps no metadata, but a
    // duplicated sheet does) never moves the add-on off the column it already used.
    if (value && column && !tagged.has(value)) tagged.set(value, column.getColumn() - 1);
  }
  return tagged;
}

/** The sheet's columns: by header, then by key for those a coordinator renamed. `tagged` if the caller has it already. */
export function columnsOf(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: SheetSchema,
  headerRow: readonly unknown[],
  tagged?: ReadonlyMap<string, number>,
): HeaderMap {
  const byHeader = mapHeaders(schema, headerRow);
  if (byHeader.missing.length === 0) return byHeader;
  return mapHeaders(schema, headerRow, tagged ?? taggedColumns(sheet));
}

/**
 * Tags every schema column found whose key no column carries yet (setup runs this, so a sheet made
 * before tags existed gets them too). A key already on a column is left there: one column per key.
 * `tagged` is what the sheet already has.
 */
export function tagColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: SheetSchema,
  headers: HeaderMap,
  tagged: ReadonlyMap<string, number> = taggedColumns(sheet),
): void {
  for (const column of schema.columns) {
    const index = headers.indexOf.get(column.key);
    if (index === undefined || tagged.has(column.key)) continue;
    sheet.getRange(1, index + 1, sheet.getMaxRows(), 1).addDeveloperMetadata(COLUMN_KEY, column.key);
  }
}

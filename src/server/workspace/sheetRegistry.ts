import { sheetNames } from '../../core/schema/labels';
import type { SheetSchema } from '../../core/schema/types';

/**
 * Structured sheets are found by the id setup recorded, then by their name in any language:
 * a coordinator who renames "Mentees" to "Mentees 2026" keeps working, and setup does not
 * create a second one.
 */
const KEY = 'pmd.sheetIds';

function ids(): Record<string, number> {
  try {
    return JSON.parse(PropertiesService.getDocumentProperties().getProperty(KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

export function rememberSheet(schema: SheetSchema, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const known = ids();
  if (known[schema.key] === sheet.getSheetId()) return;
  known[schema.key] = sheet.getSheetId();
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(known));
}

export function findSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  schema: SheetSchema,
  known: Record<string, number> = ids(),
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const id = known[schema.key];
  if (id !== undefined) {
    const byId = spreadsheet.getSheetById(id);
    if (byId) return byId;
  }
  for (const name of sheetNames(schema)) {
    const byName = spreadsheet.getSheetByName(name);
    if (byName) return byName;
  }
  return null;
}

/** Several sheets at once, reading the recorded ids once. */
export function findSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  schemas: readonly SheetSchema[],
): (GoogleAppsScript.Spreadsheet.Sheet | null)[] {
  const known = ids();
  return schemas.map((schema) => findSheet(spreadsheet, schema, known));
}

import { type SupportedLanguage, sheetTexts } from '../../core/i18n';
import { SETTINGS } from '../../core/schema/sheets';
import { SETTINGS_SPEC, type Settings, withDefaults } from '../../core/settings';
import { appendRecords, readTable } from './table';

/** Adds the settings the sheet lacks, with their defaults; the coordinator's values stay. */
export function seedSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, language: SupportedLanguage): number {
  const table = readTable(spreadsheet, SETTINGS);
  const present = new Set(table.rows.map((r) => String(r.values.key ?? '')));
  const context = { spreadsheetName: spreadsheet.getName(), locale: spreadsheet.getSpreadsheetLocale() };
  const missing = SETTINGS_SPEC.filter((s) => !present.has(s.key));
  appendRecords(
    table,
    missing.map((s) => ({ key: s.key, value: s.defaultValue(context), description: sheetTexts(language)[s.description] })),
  );
  return missing.length;
}

export function readSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const values: Settings = {};
  try {
    for (const row of readTable(spreadsheet, SETTINGS).rows) if (row.values.key) values[String(row.values.key)] = String(row.values.value ?? '');
  } catch {
    // No Settings sheet yet: the defaults apply.
  }
  return withDefaults(values, { spreadsheetName: spreadsheet.getName(), locale: spreadsheet.getSpreadsheetLocale() });
}
